// The first screen comes prerendered in index.html (src/prerender.rs): real
// cards before any wasm runs, taken over by the app without a flash, a
// layout shift or lost input, and never the wrong cards under a deep link.
import type { Page, Route } from '@playwright/test';
import { test, expect, appReady, cards, cardLinks, DESKTOP, PHONE, TOTAL } from './helpers';

const DATA_GLOB = '**/data/guong-sang.json';

/** Holds every request matching `glob` until `release()` is called. */
async function hold(page: Page, glob: string) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let seen = 0;
  await page.route(glob, async (route: Route) => {
    seen += 1;
    await released;
    await route.continue();
  });
  return { release, seen: () => seen };
}

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  test('the page shows the commune summary, the toolbar and the first cards', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Xã Hạnh Sơn, thị xã Nghĩa Lộ, tỉnh Yên Bái');
    await expect(page.locator('.completeness li')).toHaveText([
      '8 trong 53 cá nhân điển hình tiên tiến được nêu tên trong nguồn',
      '5 trong 13 mô hình đang duy trì được nêu tên trong nguồn',
    ]);
    await expect(page.locator('#search')).toBeVisible();
    await expect(cards(page)).toHaveCount(TOTAL);
    await expect(cards(page).first()).toBeVisible();
    await expect(page.getByRole('article', { name: 'Hoàng Văn Vạn' })).toBeVisible();
    await expect(page.locator('#result-count')).toHaveText('Hiển thị tất cả 13 mục');
    // A plain link still opens the entry's URL.
    await expect(cardLinks(page).first()).toHaveAttribute('href', /^\?muc=/);
    await expect(page.locator('.noscript')).toContainText('bật JavaScript');
    await expect(page.locator('.pre-loading')).toBeHidden();
  });
});

for (const size of [PHONE, DESKTOP]) {
  test(`the app takes the screen over with no layout shift (${size.width}×${size.height})`, async ({ page }) => {
    await page.setViewportSize(size);
    await page.addInitScript(() => {
      (window as any).__shifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as any[]) (window as any).__shifts.push(e.value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const wasm = await hold(page, '**/*.wasm');
    await page.goto('/');
    // The prerendered screen is up while the wasm is held back.
    await expect(cards(page)).toHaveCount(TOTAL);
    await expect(page.locator('#app')).toHaveAttribute('data-prerendered', '');
    await page.evaluate(() => ((document.querySelector('article.card') as any).__prerendered = true));
    const filtersOpen = await page.locator('details.filters').evaluate((d) => (d as HTMLDetailsElement).open);
    expect(filtersOpen, 'filters open beside the cards on wide screens only').toBe(size.width >= 960);

    wasm.release();
    await appReady(page);
    // Replaced, not left in place: the first card is a new element now.
    expect(await page.evaluate(() => (document.querySelector('article.card') as any).__prerendered)).toBeUndefined();
    await expect(cards(page)).toHaveCount(TOTAL);
    expect(await page.locator('details.filters').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(filtersOpen);
    // Let two frames paint, then sum every layout shift since navigation.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const shifts: number[] = await page.evaluate(() => (window as any).__shifts);
    expect(shifts.reduce((a, b) => a + b, 0), `layout shifts: ${JSON.stringify(shifts)}`).toBe(0);
  });
}

test('text typed before the app is ready is kept and applied', async ({ page }) => {
  const data = await hold(page, DATA_GLOB);
  await page.goto('/');
  const box = page.locator('#search');
  await box.click();
  await box.pressSequentially('hoang');
  await expect(page.locator('#app')).toHaveAttribute('data-prerendered', '');
  data.release();
  await appReady(page);
  await expect(box).toHaveValue('hoang');
  await expect(box).toBeFocused();
  await expect(cardLinks(page)).toHaveText(['Hoàng Anh Tuấn', 'Hoàng Văn Vạn', 'Hoàng Văn Xuân']);
  await expect(page).toHaveURL(/[?&]q=hoang(&|$)/);
  // And typing goes on in the app's own box.
  await page.keyboard.type(' van v');
  await expect(cardLinks(page)).toHaveText(['Hoàng Văn Vạn']);
});

test('the data starts downloading beside the wasm, not after it', async ({ page }) => {
  const wasm = await hold(page, '**/*.wasm');
  const dataRequested = page.waitForRequest(DATA_GLOB);
  await page.goto('/');
  await dataRequested; // while the wasm has not even arrived
  expect(wasm.seen()).toBeGreaterThan(0);
  wasm.release();
  await appReady(page);
  await expect(cards(page)).toHaveCount(TOTAL);
});

test('a deep link never shows cards that do not belong to its view, not even for a moment', async ({ page }) => {
  // Every animation frame from the very start, note the names of visible cards.
  await page.addInitScript(() => {
    const seen = new Set<string>();
    (window as any).__seen = seen;
    const sample = () => {
      for (const a of document.querySelectorAll('article.card h2 a')) {
        if ((a as HTMLElement).checkVisibility()) seen.add((a.textContent || '').trim());
      }
      requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  });
  const data = await hold(page, DATA_GLOB);
  await page.goto('/?q=hoang&loai=ca-nhan');
  // While the data is held, a loading state stands in for the cards.
  await expect(page.locator('.pre-loading')).toBeVisible();
  await expect(page.locator('.pre-loading').getByRole('status')).toHaveText('Đang tải danh sách…');
  await page.waitForTimeout(300); // let a few frames be sampled in this state
  data.release();
  await appReady(page);
  await expect(cardLinks(page)).toHaveText(['Hoàng Anh Tuấn', 'Hoàng Văn Vạn', 'Hoàng Văn Xuân']);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const seen: string[] = await page.evaluate(() => [...(window as any).__seen]);
  expect(seen.sort()).toEqual(['Hoàng Anh Tuấn', 'Hoàng Văn Vạn', 'Hoàng Văn Xuân']);
});

test('an unrelated parameter (a share tracker) keeps the prerendered cards', async ({ page }) => {
  const data = await hold(page, DATA_GLOB);
  await page.goto('/?fbclid=abc123');
  await expect(cards(page).first()).toBeVisible();
  await expect(page.locator('.pre-loading')).toBeHidden();
  data.release();
  await appReady(page);
  await expect(cards(page)).toHaveCount(TOTAL);
});
