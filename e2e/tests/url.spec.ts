// The view lives in the query string: deep links, reloads, no history spam.
import {
  test,
  expect,
  openList,
  cards,
  cardLinks,
  facetBox,
  searchBox,
  params,
  TOTAL,
} from './helpers';

test('a deep link restores search, filter and sort, and survives a reload', async ({ page }) => {
  const check = async () => {
    await expect(searchBox(page)).toHaveValue('hoang');
    await expect(facetBox(page, 'Cá nhân')).toBeChecked();
    await expect(facetBox(page, 'Mô hình tập thể')).not.toBeChecked();
    await expect(page.getByLabel('Sắp xếp')).toHaveValue('ten');
    // Three Hoàngs, by given name: Tuấn, Vạn, Xuân.
    await expect(cardLinks(page)).toHaveText(['Hoàng Anh Tuấn', 'Hoàng Văn Vạn', 'Hoàng Văn Xuân']);
    await expect(page.locator('#result-count')).toHaveText('Tìm thấy 3 trong 13 mục');
    await expect(page.getByRole('button', { name: 'Bỏ lọc loại: Cá nhân' })).toBeVisible();
  };
  const response = await page.goto('/?q=hoang&loai=ca-nhan&sap-xep=ten');
  expect(response?.status()).toBe(200);
  await check();

  await page.reload();
  await check();
  const p = params(page);
  expect(p.get('q')).toBe('hoang');
  expect(p.get('loai')).toBe('ca-nhan');
  expect(p.get('sap-xep')).toBe('ten');
});

test('multiple values of a facet in one parameter, accented search text, reload keeps them', async ({ page }) => {
  await openList(page, '/?thon=ban-mo,ban-tao&khen-thuong=bang-khen');
  await expect(facetBox(page, 'Bản Mớ')).toBeChecked();
  await expect(facetBox(page, 'Bản Tào')).toBeChecked();
  await expect(facetBox(page, 'Bằng khen')).toBeChecked();
  await expect(cardLinks(page)).toHaveText(['Đinh Văn Hương']);

  // Percent-encoded Vietnamese in q.
  await openList(page, `/?q=${encodeURIComponent('Bản Tào')}`);
  await expect(searchBox(page)).toHaveValue('Bản Tào');
  await expect(cardLinks(page)).toHaveText(['Hoàng Văn Vạn']);
  await page.reload();
  await expect(searchBox(page)).toHaveValue('Bản Tào');
  await expect(cardLinks(page)).toHaveText(['Hoàng Văn Vạn']);
});

test('typing updates the URL without adding history entries', async ({ page }) => {
  await openList(page);
  await expect(cards(page)).toHaveCount(TOTAL);
  const before = await page.evaluate(() => history.length);

  await searchBox(page).pressSequentially('hoang van');
  await expect(page).toHaveURL(/[?&]q=hoang(\+|%20)van(&|$)/);
  await expect(cards(page)).toHaveCount(2);
  expect(await page.evaluate(() => history.length)).toBe(before);

  // Ticking a filter and changing the sort replace the entry too.
  await facetBox(page, 'Cá nhân').check();
  await page.getByLabel('Sắp xếp').selectOption('ten');
  await expect(page).toHaveURL(/[?&]loai=ca-nhan(&|$)/);
  await expect(page).toHaveURL(/[?&]sap-xep=ten(&|$)/);
  expect(await page.evaluate(() => history.length)).toBe(before);
});

test('the URL follows every change and a reload shows the same view', async ({ page }) => {
  await openList(page);
  await searchBox(page).fill('van');
  await facetBox(page, 'Kinh tế').check();
  await page.getByLabel('Sắp xếp').selectOption('thon');
  await expect(page).toHaveURL(/[?&]linh-vuc=kinh-te(&|$)/);
  const names = ['Lại Văn Khoen', 'Đinh Văn Hương', 'Hoàng Văn Xuân', 'Lò Văn Luấn'];
  await expect(cardLinks(page)).toHaveText(names);

  const url = page.url();
  await page.reload();
  expect(page.url()).toBe(url);
  await expect(searchBox(page)).toHaveValue('van');
  await expect(facetBox(page, 'Kinh tế')).toBeChecked();
  await expect(page.getByLabel('Sắp xếp')).toHaveValue('thon');
  await expect(cardLinks(page)).toHaveText(names);
});

test('an old link naming a value the data no longer has shows everything, with no phantom filter', async ({ page }) => {
  await page.goto('/?thon=khong-con-nua&loai=ca-nhan');
  await expect(cards(page)).toHaveCount(8);
  // Only the known value is a chip, and only it is counted on the filters button.
  await expect(page.locator('button.chip')).toHaveCount(1);
  await expect(page.locator('details.filters > summary')).toHaveText('Bộ lọc (1)');
  await page.locator('button.chip').click();
  await expect(cards(page)).toHaveCount(TOTAL);
  await expect(page.locator('.active-filters')).toHaveCount(0);
  await expect(page.locator('details.filters > summary')).toHaveText('Bộ lọc');
});
