// Broken and hostile data files, as a hand-edited file or a bad host can give
// them: each one gives a Vietnamese message or the entries that are valid,
// never a blank page, a frozen tab or a panic.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, cards, TOTAL } from './helpers';

const DATA_GLOB = '**/data/guong-sang.json';
const real = () => JSON.parse(readFileSync(path.resolve(__dirname, '..', '..', 'dist', 'data', 'guong-sang.json'), 'utf8'));
const ROOT = path.resolve(__dirname, '..', '..');

/** The page is alive: it shows the header, and answers script. */
async function alive(page: Page): Promise<void> {
  await expect(page.locator('.site-header')).toBeVisible();
  expect(await page.evaluate(() => 1 + 1)).toBe(2);
}

async function serve(page: Page, body: string | Buffer, status = 200): Promise<void> {
  await page.route(DATA_GLOB, (route) => route.fulfill({ status, contentType: 'application/json', body }));
}

const unreadable: [string, () => string | Buffer, RegExp][] = [
  ['a truncated file', () => JSON.stringify(real(), null, 2).slice(0, 1500), /không phải JSON hợp lệ \(lỗi ở dòng \d+, cột \d+\)/],
  ['an empty file', () => '', /không phải JSON hợp lệ/],
  ['an array where the object belongs', () => '[1, 2, 3]', /Tệp dữ liệu/],
  ['200 levels of nesting', () => `{"schema":1,"communes":${'['.repeat(200)}${']'.repeat(200)}}`, /Tệp dữ liệu/],
];

for (const [what, body, message] of unreadable) {
  test(`${what}: a Vietnamese message, no cards, a way to try again`, async ({ page }) => {
    await serve(page, body());
    await page.goto('/');
    const warning = page.getByRole('alert');
    await expect(warning).toContainText('Không đọc được tệp dữ liệu');
    await expect(warning.getByRole('listitem').first()).toContainText(message);
    await expect(cards(page)).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Thử lại' })).toBeVisible();
    await alive(page);
  });
}

for (const status of [404, 500]) {
  test(`HTTP ${status}: the load error, with "Thử lại"`, async ({ page }) => {
    await serve(page, 'Not here', status);
    await page.goto('/');
    await expect(page.getByRole('alert')).toContainText('Không tải được dữ liệu');
    await expect(page.getByRole('button', { name: 'Thử lại' })).toBeVisible();
    await alive(page);
  });
}

test('a byte-order mark and invalid UTF-8 still give every entry', async ({ page }) => {
  const text = JSON.stringify(real());
  // A byte that is not UTF-8 inside one name: shown as "�", not a failure.
  expect(text).toContain('"name":"Hoàng Văn Vạn"');
  const bytes = Buffer.from(text.replace('"name":"Hoàng Văn Vạn"', '"name":"\u0001MARK Hoàng Văn Vạn"'), 'utf8');
  const at = bytes.indexOf('\u0001MARK');
  bytes[at] = 0xff;
  await serve(page, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]));
  await page.goto('/');
  await expect(cards(page)).toHaveCount(TOTAL);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.locator('article.card').filter({ hasText: '\uFFFDMARK' })).toHaveCount(1);
  await alive(page);
});

test('numbers where text belongs cost only their entry', async ({ page }) => {
  const data = real();
  data.communes[0].entries[0].role = 7;
  data.communes[0].entries[1].name = 12;
  await serve(page, JSON.stringify(data));
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('Một số mục trong dữ liệu bị lỗi');
  await expect(cards(page)).toHaveCount(TOTAL - 2);
  await alive(page);
});

test('a 10,000-character name and direction or zero-width characters stay inside their card', async ({ page }) => {
  const data = real();
  const entries = data.communes[0].entries;
  entries[0].name = `Nguyễn ${'Văn'.repeat(3333)}`;
  entries[1].name = '\u202EHoàng\u200B Văn\u200D Thử \u2066giả lập\u2069';
  await serve(page, JSON.stringify(data));
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await expect(cards(page)).toHaveCount(TOTAL);
  // Nothing wider than the screen.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const long = page.locator('article.card').filter({ hasText: 'VănVănVăn' });
  const box = await long.boundingBox();
  expect(box!.width).toBeLessThanOrEqual(390);
  await alive(page);
});

test('a 5 MB file (synthetic entries) loads, and shows one page of cards', async ({ page }) => {
  const big = execFileSync('node', [path.join(ROOT, 'scripts', 'synthetic-data.mjs'), '12500'], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  expect(Buffer.byteLength(big)).toBeGreaterThan(5_000_000);
  await serve(page, big);
  await page.goto('/');
  await expect(page.locator('#result-count')).toHaveText('Hiển thị tất cả 12.500 mục', { timeout: 30_000 });
  await expect(cards(page)).toHaveCount(30);
  await alive(page);
});

test('a panic in the wasm shows the error screen with a reload action', async ({ page }) => {
  await page.addInitScript(() =>
    addEventListener('TrunkApplicationStarted', (e) => {
      (window as unknown as { wasm: unknown }).wasm = (e as CustomEvent).detail.wasm;
    }),
  );
  await page.goto('/');
  await expect(cards(page)).toHaveCount(TOTAL);
  // A real abort inside the Rust code: an allocation no allocator can give.
  await page.evaluate(() => {
    const wasm = (window as unknown as { wasm: { __wbindgen_malloc: (n: number, a: number) => number } }).wasm;
    setTimeout(() => wasm.__wbindgen_malloc(0xfffffff0, 8));
  });
  const crash = page.getByRole('alert');
  await expect(crash).toContainText('Ứng dụng gặp lỗi');
  const reload = crash.getByRole('button', { name: 'Tải lại trang' });
  await expect(reload).toBeFocused();
  await reload.click();
  await expect(cards(page)).toHaveCount(TOTAL);
  await expect(page.locator('.crash')).toHaveCount(0);
});
