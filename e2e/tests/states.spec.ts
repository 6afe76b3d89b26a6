// Loading, failure and broken-data states: never a blank screen.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Route } from '@playwright/test';
import { test, expect, appReady, cards, cardNames, emptyState, TOTAL } from './helpers';

const DATA_GLOB = '**/data/guong-sang.json';
const realData = () => readFileSync(path.resolve(__dirname, '..', '..', 'dist', 'data', 'guong-sang.json'), 'utf8');

test('while the data loads, the prerendered cards show and the app takes over after', async ({ page }) => {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let held = false;
  await page.route(DATA_GLOB, async (route) => {
    held = true;
    await released;
    await route.continue();
  });
  await page.goto('/');
  await expect(cards(page)).toHaveCount(TOTAL);
  await expect(cards(page).first()).toBeVisible();
  await expect(page.locator('#app')).toHaveAttribute('data-prerendered', '');
  expect(held, 'the data request is being held').toBe(true);

  release();
  await appReady(page);
  await expect(cards(page)).toHaveCount(TOTAL);
  await expect(page.locator('.skeleton')).toHaveCount(0);
});

test('HTTP 500 or a network error shows the error, and "Thử lại" refetches', async ({ page }) => {
  let calls = 0;
  let release!: () => void;
  const secondTry = new Promise<void>((resolve) => (release = resolve));
  await page.route(DATA_GLOB, async (route: Route) => {
    // The app's check for a newer file, once the data is in, is not a load.
    if (route.request().headers()['x-guong-sang']) return route.continue();
    calls += 1;
    if (calls === 1) {
      await route.fulfill({ status: 500, contentType: 'text/plain', body: 'Internal Server Error' });
    } else if (calls === 2) {
      await secondTry;
      await route.abort('internetdisconnected');
    } else {
      await route.continue();
    }
  });
  await page.goto('/');
  const alert = page.locator('.notice-error');
  await expect(alert).toBeVisible();
  await expect(alert).toHaveAttribute('role', 'alert');
  await expect(alert.getByRole('heading')).toHaveText('Không tải được dữ liệu');
  await expect(cards(page)).toHaveCount(0);

  // Second try: the network is down. Still the same message, still a way out.
  await alert.getByRole('button', { name: 'Thử lại' }).click();
  // While retrying, the loading state replaces the old message.
  await expect(page.locator('.skeleton').getByRole('status')).toHaveText('Đang tải danh sách…');
  await expect(alert).toHaveCount(0);
  await expect.poll(() => calls).toBe(2);
  release();
  await expect(page.getByRole('alert')).toContainText('Không tải được dữ liệu');
  await expect(cards(page)).toHaveCount(0);

  // Third try: the real file.
  await page.getByRole('button', { name: 'Thử lại' }).click();
  await expect(cards(page)).toHaveCount(TOTAL);
  await expect(page.locator('#result-count')).toHaveText('Hiển thị tất cả 13 mục');
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(calls).toBe(3);
});

test('malformed JSON says where the file is broken and shows no cards', async ({ page }) => {
  let calls = 0;
  // Line 3, column 3: a bare word where a key must be.
  const broken = '{\n  "schema": 1,\n  oops\n}\n';
  await page.route(DATA_GLOB, async (route: Route) => {
    calls += 1;
    if (calls === 1) await route.fulfill({ status: 200, contentType: 'application/json', body: broken });
    else await route.continue();
  });
  await page.goto('/');
  const warning = page.locator('.notice-warning');
  await expect(warning).toBeVisible();
  await expect(warning).toHaveAttribute('role', 'alert');
  // Nothing could be read, so the message must not claim other entries are shown.
  await expect(warning.getByRole('heading')).toHaveText('Không đọc được tệp dữ liệu');
  await expect(warning).toContainText('Chưa có mục nào hiển thị được.');
  await expect(warning.getByRole('listitem')).toHaveText([
    'Tệp dữ liệu: không phải JSON hợp lệ (lỗi ở dòng 3, cột 3).',
  ]);
  await expect(cards(page)).toHaveCount(0);

  // Once the file is fixed, "Thử lại" shows the list.
  await page.getByRole('button', { name: 'Thử lại' }).click();
  await expect(cards(page)).toHaveCount(TOTAL);
  await expect(warning).toHaveCount(0);
});

test('one invalid entry is named, and the other 12 are still shown', async ({ page }) => {
  const data = JSON.parse(realData());
  const entries = data.communes[0].entries;
  expect(entries[2].id).toBe('hoang-anh-tuan');
  entries[2].name = 5;
  await page.route(DATA_GLOB, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(data, null, 2) }),
  );
  await page.goto('/');
  const warning = page.getByRole('alert');
  await expect(warning).toContainText('Một số mục trong dữ liệu bị lỗi');
  await expect(warning.getByRole('listitem')).toHaveText([
    'Xã "hanh-son", mục "hoang-anh-tuan" (thứ 3), trường "name": phải là một chuỗi chữ.',
  ]);
  await expect(cards(page)).toHaveCount(TOTAL - 1);
  await expect(page.getByRole('article', { name: 'Hoàng Văn Vạn' })).toBeVisible();
  expect(await cardNames(page)).not.toContain('Hoàng Anh Tuấn');
  // Searching still works on what is left.
  await page.getByLabel('Tìm theo tên, chức vụ, đơn vị, thôn').fill('tram y te');
  await expect(emptyState(page)).toBeVisible();
});
