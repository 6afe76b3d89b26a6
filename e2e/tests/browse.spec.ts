// Browsing the list: first load and the sort orders.
import { test, expect, openList, cards, cardLinks, cardNames, TOTAL } from './helpers';

const ALL_NAMES = [
  'Đinh Văn Hương',
  'Đoàn Thị Thúy',
  'Đường hoa',
  'Hoàng Anh Tuấn',
  'Hoàng Văn Vạn',
  'Hoàng Văn Xuân',
  'Lại Văn Khoen',
  'Lò Thị Nhiên',
  'Lò Văn Luấn',
  'Nuôi trâu bán công nghiệp',
  'Thắp sáng đường quê',
  'Tổ tự quản',
  'Trồng rau sạch',
];

test('first load shows all 13 entries in Vietnamese alphabetical order', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle('Gương sáng – Điển hình tiên tiến xã Hạnh Sơn');
  await expect(cards(page)).toHaveCount(TOTAL);
  await expect(page.getByRole('status').filter({ hasText: 'mục' })).toHaveText('Hiển thị tất cả 13 mục');
  await expect(page.locator('#result-count')).toHaveText('Hiển thị tất cả 13 mục');

  // Every entry appears once, people and models together, Đ sorted after D and before H.
  expect(await cardNames(page)).toEqual(ALL_NAMES);

  // Each card says what it is.
  await expect(cards(page).locator('.badge').filter({ hasText: /^Cá nhân$/ })).toHaveCount(8);
  await expect(cards(page).locator('.badge').filter({ hasText: /^Mô hình tập thể$/ })).toHaveCount(5);

  // A card shows where the person is from, the domain and the recognition.
  const huong = page.getByRole('article', { name: 'Đinh Văn Hương' });
  await expect(huong.locator('.card-place')).toContainText('Thôn Bản Mớ');
  await expect(huong.locator('.tags')).toContainText('Kinh tế');
  await expect(huong.locator('.card-award')).toContainText('Bằng khen, giấy khen');

  // The heading is a link to the entry's own URL.
  await expect(page.getByRole('link', { name: 'Hoàng Văn Vạn' })).toHaveAttribute('href', /[?&]muc=hoang-van-van(&|$)/);
});

test('default sort by full name matches Intl.Collator("vi")', async ({ page }) => {
  await openList(page);
  await expect(page.getByLabel('Sắp xếp')).toHaveValue('ho-ten');
  await expect(cards(page)).toHaveCount(TOTAL);
  const names = await cardNames(page);
  const collated = await page.evaluate((list) => [...list].sort(new Intl.Collator('vi').compare), names);
  expect(names).toEqual(collated);

  // Still true after switching to another order and back.
  await page.getByLabel('Sắp xếp').selectOption('thon');
  await expect(page.getByLabel('Sắp xếp')).toHaveValue('thon');
  await page.getByLabel('Sắp xếp').selectOption('ho-ten');
  await expect(cardLinks(page).first()).toHaveText('Đinh Văn Hương');
  expect(await cardNames(page)).toEqual(collated);
});

test('sort by given name puts Hương first and Xuân last among people', async ({ page }) => {
  await openList(page);
  await expect(cards(page)).toHaveCount(TOTAL);
  await page.getByLabel('Sắp xếp').selectOption('ten');
  await expect(page).toHaveURL(/[?&]sap-xep=ten(&|$)/);

  const people = cards(page).filter({ has: page.locator('.badge', { hasText: /^Cá nhân$/ }) });
  await expect(people).toHaveCount(8);
  await expect(people.first().locator('h2 a')).toHaveText('Đinh Văn Hương');
  await expect(people.last().locator('h2 a')).toHaveText('Hoàng Văn Xuân');

  // The people's given names (last word) are in Vietnamese order.
  const peopleNames = (await people.locator('h2 a').allTextContents()).map((s) => s.trim());
  const givenNames = peopleNames.map((n) => n.split(/\s+/).pop()!);
  const sortedGiven = await page.evaluate((list) => [...list].sort(new Intl.Collator('vi').compare), givenNames);
  expect(givenNames).toEqual(sortedGiven);
  expect(givenNames).toEqual(['Hương', 'Khoen', 'Luấn', 'Nhiên', 'Thúy', 'Tuấn', 'Vạn', 'Xuân']);
});

test('sort by village and by organisation groups entries by that field', async ({ page }) => {
  await openList(page);
  await expect(cards(page)).toHaveCount(TOTAL);

  // Entries with a village first, by village (Bản Lốm < Bản Mớ < Bản Tào < Đình Cại),
  // then the rest by name.
  await page.getByLabel('Sắp xếp').selectOption('thon');
  await expect(page).toHaveURL(/[?&]sap-xep=thon(&|$)/);
  await expect(cardLinks(page).first()).toHaveText('Lại Văn Khoen');
  expect(await cardNames(page)).toEqual([
    'Lại Văn Khoen', // Bản Lốm
    'Đinh Văn Hương', // Bản Mớ
    'Hoàng Văn Vạn', // Bản Tào
    'Hoàng Văn Xuân', // Đình Cại
    'Đoàn Thị Thúy',
    'Đường hoa',
    'Hoàng Anh Tuấn',
    'Lò Thị Nhiên',
    'Lò Văn Luấn',
    'Nuôi trâu bán công nghiệp',
    'Thắp sáng đường quê',
    'Tổ tự quản',
    'Trồng rau sạch',
  ]);

  // By organisation: Đoàn Thanh niên < Hội Nông dân < Hội Phụ nữ < Mặt trận Tổ quốc
  // < Trạm Y tế xã < Trường THCS Hạnh Sơn, then entries without one.
  await page.getByLabel('Sắp xếp').selectOption('don-vi');
  await expect(page).toHaveURL(/[?&]sap-xep=don-vi(&|$)/);
  await expect(cardLinks(page).first()).toHaveText('Thắp sáng đường quê');
  expect(await cardNames(page)).toEqual([
    'Thắp sáng đường quê', // Đoàn Thanh niên
    'Nuôi trâu bán công nghiệp', // Hội Nông dân
    'Đường hoa', // Hội Phụ nữ
    'Lò Thị Nhiên',
    'Trồng rau sạch',
    'Lò Văn Luấn', // Mặt trận Tổ quốc
    'Tổ tự quản',
    'Hoàng Anh Tuấn', // Trạm Y tế xã
    'Đoàn Thị Thúy', // Trường THCS Hạnh Sơn
    'Đinh Văn Hương',
    'Hoàng Văn Vạn',
    'Hoàng Văn Xuân',
    'Lại Văn Khoen',
  ]);
});
