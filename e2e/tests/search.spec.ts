// Search as you type: case- and diacritic-insensitive, matches highlighted.
import { test, expect, openList, cards, cardLinks, cardNames, searchBox, emptyState, TOTAL } from './helpers';

test.beforeEach(async ({ page }) => {
  await openList(page);
  await expect(cards(page)).toHaveCount(TOTAL);
});

test('"hoang van van" without accents finds exactly Hoàng Văn Vạn, highlighted', async ({ page }) => {
  await searchBox(page).pressSequentially('hoang van van');
  await expect(cards(page)).toHaveCount(1);
  await expect(cardLinks(page)).toHaveText(['Hoàng Văn Vạn']);
  await expect(page.locator('#result-count')).toHaveText('Tìm thấy 1 trong 13 mục');
  // Not Hoàng Văn Xuân, whose description says "vận động".
  await expect(page.getByRole('article', { name: 'Hoàng Văn Xuân' })).toHaveCount(0);
  // The matched name is marked, accents as written in the data.
  await expect(cardLinks(page).locator('mark')).toHaveText(['Hoàng Văn Vạn']);
});

test('a partial highlight keeps the spaces around it as displayed', async ({ page }) => {
  await searchBox(page).fill('hoang van');
  const link = page.locator('#card-hoang-van-van');
  await expect(link.locator('mark')).toHaveText(['Hoàng Văn']);
  // innerText follows the rendering, so a collapsed space would show here.
  expect(await link.evaluate((e) => (e as HTMLElement).innerText)).toBe('Hoàng Văn Vạn');
});

test('upper case with accents, and decomposed (NFD) input, find the same single card', async ({ page }) => {
  await searchBox(page).fill('HOÀNG VĂN VẠN');
  await expect(cards(page)).toHaveCount(1);
  await expect(cardLinks(page)).toHaveText(['Hoàng Văn Vạn']);
  await expect(cardLinks(page).locator('mark')).toHaveText(['Hoàng Văn Vạn']);

  // What some phone keyboards send: base letters plus combining marks.
  await searchBox(page).fill('');
  await expect(cards(page)).toHaveCount(TOTAL);
  const nfd = 'Hoàng Văn Vạn'.normalize('NFD');
  expect(nfd).not.toBe('Hoàng Văn Vạn'.normalize('NFC')); // really decomposed
  await searchBox(page).fill(nfd);
  await expect(searchBox(page)).toHaveValue(nfd);
  await expect(cards(page)).toHaveCount(1);
  await expect(cardLinks(page)).toHaveText(['Hoàng Văn Vạn']);
  await expect(page.locator('#result-count')).toHaveText('Tìm thấy 1 trong 13 mục');
  await expect(cardLinks(page).locator('mark')).toHaveCount(1);
});

test('"dinh" finds Đinh (đ matches d) and lists Đinh Văn Hương first', async ({ page }) => {
  await searchBox(page).fill('dinh');
  await expect(page.locator('#result-count')).toHaveText(/^Tìm thấy \d+ trong 13 mục$/);
  await expect(cardLinks(page).first()).toHaveText('Đinh Văn Hương');
  await expect(cardLinks(page).first().locator('mark')).toHaveText(['Đinh']);
  // Hoàng Văn Xuân of thôn Đình Cại also matches, with the village marked.
  const xuan = page.getByRole('article', { name: 'Hoàng Văn Xuân' });
  await expect(xuan).toBeVisible();
  await expect(xuan.locator('.card-place mark')).toHaveText(['Đình']);
  // Nothing unrelated is left in the list.
  expect((await cardNames(page)).length).toBeLessThan(TOTAL);
  await expect(page.getByRole('article', { name: 'Hoàng Văn Vạn' })).toHaveCount(0);
});

test('search covers role, organisation and village, and clearing the box restores the list', async ({ page }) => {
  await searchBox(page).fill('ban tao');
  await expect(cardLinks(page)).toHaveText(['Hoàng Văn Vạn']);
  await expect(cards(page).first().locator('mark').first()).toHaveText('Bản Tào');

  await searchBox(page).fill('hoi phu nu');
  await expect(cardLinks(page)).toHaveText(['Đường hoa', 'Lò Thị Nhiên', 'Trồng rau sạch']);

  await searchBox(page).fill('');
  await expect(cards(page)).toHaveCount(TOTAL);
  await expect(page.locator('#result-count')).toHaveText('Hiển thị tất cả 13 mục');
  await expect(page.locator('mark')).toHaveCount(0);
});

test('no match shows the empty state, and "Xóa bộ lọc" brings back all 13', async ({ page }) => {
  await searchBox(page).fill('khong ai co ten nay');
  await expect(cards(page)).toHaveCount(0);
  const empty = emptyState(page);
  await expect(empty.getByRole('heading', { name: 'Không có kết quả phù hợp' })).toBeVisible();
  await expect(page.locator('#result-count')).toHaveText('Tìm thấy 0 trong 13 mục');

  await empty.getByRole('button', { name: 'Xóa bộ lọc' }).click();
  await expect(cards(page)).toHaveCount(TOTAL);
  await expect(empty).toHaveCount(0);
  await expect(searchBox(page)).toHaveValue('');
  await expect(page).not.toHaveURL(/[?&]q=/);
});
