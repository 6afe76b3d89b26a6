// 10,000 entries: a page of cards in the DOM at a time, "Xem thêm" for the
// next, counts over the whole result set, and Back keeping the place.
// The entries are SYNTHETIC (scripts/synthetic-data.mjs), served in place of
// the data file; they never ship in dist/.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, appReady, cards, cardLinks, detail, facetCount, openFilters, PHONE } from './helpers';

const N = 10_000;
const PAGE = 30;
// The generator is an ES module; run it as the command it also is.
const generator = path.resolve(__dirname, '..', '..', 'scripts', 'synthetic-data.mjs');
const body = execFileSync('node', [generator, String(N)], { encoding: 'utf8', maxBuffer: 64 << 20 });
const data = JSON.parse(body);
const entries: any[] = data.communes.flatMap((c: any) => c.entries);
const people = entries.filter((e) => e.kind === 'person').length;

async function openSynthetic(page: Page, url = '/') {
  await page.route('**/data/guong-sang.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body }),
  );
  await page.goto(url);
  await appReady(page);
}

test('while 10,000 entries are prepared, the browser keeps drawing the prerendered screen', async ({ page }) => {
  // Frames drawn while the app prepares the data (it marks the screen
  // aria-busy meanwhile). Prepared in one task, as it once was, there are none.
  await page.addInitScript(() => {
    const w = window as any;
    w.__framesWhilePreparing = 0;
    const tick = () => {
      const app = document.getElementById('app');
      if (app?.getAttribute('aria-busy') === 'true' && app.hasAttribute('data-prerendered')) {
        w.__framesWhilePreparing++;
      }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await openSynthetic(page);
  await expect(page.locator('#result-count')).toHaveText('Hiển thị tất cả 10.000 mục');
  expect(await page.evaluate(() => (window as any).__framesWhilePreparing)).toBeGreaterThan(2);
});

/**
 * The scroll position once it has held for three frames. Cards coming into
 * view get their real height a frame later (they skip layout off screen) and
 * the browser's scroll anchoring then moves the page: a position read, or a
 * click aimed, before that is off by the difference.
 */
function scrollWhenStill(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let last = NaN;
        let still = 0;
        const frame = () => {
          still = window.scrollY === last ? still + 1 : 0;
          last = window.scrollY;
          if (still >= 3) resolve(last);
          else requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }),
  );
}

/** "Xem thêm", clicked where it is once the page has stopped moving. */
async function clickMore(page: Page): Promise<void> {
  const more = page.getByRole('button', { name: 'Xem thêm' });
  await more.scrollIntoViewIfNeeded();
  await scrollWhenStill(page);
  await more.click();
}

test('only a page of cards is in the DOM; the counts cover every match', async ({ page }) => {
  await openSynthetic(page);
  await expect(page.locator('#result-count')).toHaveText('Hiển thị tất cả 10.000 mục');
  await expect(cards(page)).toHaveCount(PAGE);
  await expect(page.locator('.more-status')).toHaveText('Đang xem 30 trong 10.000 kết quả');
  await openFilters(page);
  await expect(facetCount(page, 'Cá nhân')).toHaveText(String(people));
  await expect(facetCount(page, 'Mô hình tập thể')).toHaveText(String(N - people));

  await clickMore(page);
  await expect(cards(page)).toHaveCount(2 * PAGE);
  await expect(page.locator('.more-status')).toHaveText('Đang xem 60 trong 10.000 kết quả');
  // Cards already on the page stay the same elements (keyed, not rebuilt).
  const first = cards(page).first();
  await first.evaluate((el) => ((el as any).__kept = true));
  await clickMore(page);
  await expect(cards(page)).toHaveCount(3 * PAGE);
  expect(await first.evaluate((el) => (el as any).__kept)).toBe(true);

  // A new search starts again at the first page, still counting everything.
  await page.locator('#search').fill('thi');
  await expect(page.locator('#result-count')).toHaveText(/^Tìm thấy [\d.]+ trong 10\.000 mục$/);
  const found = Number((await page.locator('#result-count').innerText()).match(/Tìm thấy ([\d.]+)/)![1].replace(/\./g, ''));
  expect(found).toBeGreaterThan(PAGE);
  await expect(cards(page)).toHaveCount(PAGE);
});

test('Back from a card restores the list, its extra pages and its scroll position', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await openSynthetic(page);
  await clickMore(page);
  await expect(cards(page)).toHaveCount(2 * PAGE);
  const link = cardLinks(page).nth(45);
  await link.scrollIntoViewIfNeeded();
  const name = ((await link.textContent()) ?? '').trim();
  expect(name).not.toBe('');
  const before = await scrollWhenStill(page);
  expect(before).toBeGreaterThan(1000);
  await link.click();
  await expect(detail(page).getByRole('heading', { level: 1 })).toHaveText(name);
  await page.goBack();
  await expect(detail(page)).toHaveCount(0);
  await expect(cards(page)).toHaveCount(2 * PAGE);
  expect(Math.abs((await page.evaluate(() => window.scrollY)) - before)).toBeLessThanOrEqual(2);
  await expect(link).toBeFocused();
});

test('a reload of a deep link restores the view and the open entry', async ({ page }) => {
  const target = entries.find((e) => e.kind === 'model')!;
  await openSynthetic(page, `/?loai=mo-hinh&muc=${target.id}`);
  await expect(detail(page)).toBeVisible();
  await page.reload();
  await appReady(page);
  await expect(detail(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(detail(page)).toHaveCount(0);
  await expect(page.locator('#result-count')).toHaveText(`Tìm thấy ${(N - people).toLocaleString('vi-VN')} trong 10.000 mục`);
  await expect(cards(page)).toHaveCount(PAGE);
});
