// The app must work offline from the commune's own server: nothing it loads
// may come from the internet, through a whole session.
import { test, expect, openList, cards, cardLinks, detail, facetBox, openFilters, searchBox, PHONE, TOTAL } from './helpers';

test.use({ viewport: PHONE });

test('no request leaves localhost during a full session', async ({ page, requests, baseURL }) => {
  await openList(page);
  await expect(cards(page)).toHaveCount(TOTAL);
  await page.waitForLoadState('networkidle');

  await searchBox(page).pressSequentially('van');
  await expect(page.locator('#result-count')).toHaveText(/^Tìm thấy \d+ trong 13 mục$/);
  await openFilters(page);
  await facetBox(page, 'Kinh tế').check();
  await expect(page.locator('#result-count')).toHaveText('Tìm thấy 4 trong 13 mục');
  await page.getByLabel('Sắp xếp').selectOption('ten');

  await cardLinks(page).first().click();
  await expect(detail(page)).toBeVisible();
  await expect(detail(page).locator('a.source-link')).toBeVisible();
  await page.goBack();
  await expect(detail(page)).toHaveCount(0);

  await page.reload();
  await expect(cards(page)).toHaveCount(4);
  await page.waitForLoadState('networkidle');

  // The recorder saw the app's own files...
  const urls = requests.urls();
  expect(urls.some((u) => u.endsWith('.wasm')), 'the wasm module was requested').toBe(true);
  expect(urls.some((u) => u.endsWith('/data/guong-sang.json')), 'the data file was requested').toBe(true);
  // ...all from the test server, and nothing else.
  const origin = new URL(baseURL!).origin;
  expect(urls.filter((u) => !u.startsWith(origin + '/') && !/^(data|blob|about):/.test(u))).toEqual([]);
  requests.expectAllLocal();
});
