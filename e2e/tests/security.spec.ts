// Hostile text in the data file, and the pages' Content-Security-Policy
// (scripts/csp.mjs): markup in an entry is shown as the letters it is, on
// every screen, and no screen breaks the policy.
import type { Page } from '@playwright/test';
import { test, expect, appReady, openList } from './helpers';

const IMG = '<img src=x onerror=alert(1)>';
const SCRIPT = '<script>alert(2)</script>';

/** The bundled data with one entry's text made hostile (for these tests only). */
async function hostileData(page: Page): Promise<void> {
  await page.route('**/data/guong-sang.json', async (route) => {
    const response = await route.fetch();
    const json = await response.json();
    const entry = json.communes[0].entries.find((e: { id: string }) => e.id === 'hoang-van-van');
    entry.name = `Hoàng Văn Vạn ${IMG}`;
    entry.description = `${SCRIPT} thành tích`;
    entry.role = '<b onmouseover=alert(3)>Bí thư</b>';
    json.sources.push({ id: 'nguon-doc', title: `Nguồn ${IMG}`, url: 'javascript:alert(4)' });
    json.sources.push({ id: 'nguon-data', title: 'Nguồn data', url: 'data:text/html,<script>alert(5)</script>' });
    await route.fulfill({ response, json });
  });
}

/** Collects Content-Security-Policy violations and dialogs from here on. */
async function watch(page: Page): Promise<{ violations: string[]; dialogs: string[] }> {
  const seen = { violations: [] as string[], dialogs: [] as string[] };
  page.on('dialog', async (d) => {
    seen.dialogs.push(d.message());
    await d.dismiss();
  });
  page.on('console', (m) => {
    if (/Content.Security.Policy/i.test(m.text())) seen.violations.push(m.text());
  });
  await page.exposeFunction('reportViolation', (v: string) => seen.violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { reportViolation: (v: string) => void }).reportViolation(
        `${e.violatedDirective} ${e.blockedURI}`,
      ),
    );
  });
  return seen;
}

test('markup in the data is shown as text in the list, the detail, the slides and the posters', async ({ page }) => {
  const seen = await watch(page);
  await hostileData(page);
  await openList(page, '/?q=hoang+van+van');
  const card = page.locator('article.card').first();
  await expect(card.locator('h2')).toHaveText(`Hoàng Văn Vạn ${IMG}`);
  await expect(card).toContainText('<b onmouseover=alert(3)>Bí thư</b>');
  await expect(page.locator('img[src="x"], b[onmouseover]')).toHaveCount(0);

  await card.locator('h2 a').click();
  const detail = page.getByRole('dialog');
  await expect(detail.getByRole('heading', { level: 1 })).toHaveText(`Hoàng Văn Vạn ${IMG}`);
  await expect(detail).toContainText(`${SCRIPT} thành tích`);

  await page.goto('/trinh-chieu/?q=hoang+van+van&trinh-chieu=1');
  await expect(page.locator('.slide .sheet-name')).toHaveText(`Hoàng Văn Vạn ${IMG}`);
  await expect(page.locator('.slide')).toContainText(SCRIPT);
  await page.goto('/trinh-chieu/?muc=hoang-van-van&ap-phich=1');
  await expect(page.locator('.poster .sheet-name')).toHaveText(`Hoàng Văn Vạn ${IMG}`);
  await expect(page.locator('img[src="x"], b[onmouseover], .slide script, .poster script')).toHaveCount(0);
  expect(seen.dialogs).toEqual([]);
});

test('javascript: and data: source links are refused and named', async ({ page }) => {
  const seen = await watch(page);
  await page.route('**/data/guong-sang.json', async (route) => {
    const response = await route.fetch();
    const json = await response.json();
    json.sources[0].url = 'javascript:alert(4)';
    await route.fulfill({ response, json });
  });
  await openList(page, '/?muc=hoang-van-van');
  const detail = page.getByRole('dialog');
  await expect(detail.getByRole('heading', { level: 1 })).toHaveText('Hoàng Văn Vạn');
  await expect(page.locator('a[href^="javascript:"], a[href^="data:"]')).toHaveCount(0);
  // The officer is told which field was refused.
  await expect(page.locator('.notice')).toContainText('sources[0].url');
  expect(seen.dialogs).toEqual([]);
});

test('the pages carry a Content-Security-Policy, and no screen breaks it', async ({ page }) => {
  const seen = await watch(page);
  for (const path of ['/', '/trinh-chieu/']) {
    const html = await (await page.request.get(path)).text();
    const policy = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1] ?? '';
    expect(policy, path).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
    expect(policy, path).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
  }
  // Every screen: the list, a search, a filter, an entry, the slideshow with
  // its help and blank screen, the posters.
  await openList(page, '/');
  await page.locator('#search').fill('hoang');
  await page.goto('/?loai=mo-hinh');
  await appReady(page);
  await page.goto('/?muc=hoang-van-van');
  await appReady(page);
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.goto('/trinh-chieu/?trinh-chieu=0');
  await expect(page.locator('.slide svg.qr')).toBeVisible();
  for (const key of ['ArrowRight', '?', 'Escape', 'b', 'b', 't']) await page.keyboard.press(key);
  await page.goto('/trinh-chieu/?loai=ca-nhan&ap-phich=1');
  await expect(page.locator('.poster')).toHaveCount(8);
  expect(seen.violations).toEqual([]);
});
