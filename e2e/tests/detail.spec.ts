// The entry detail over the list: opening, closing (Back, button, Escape),
// deep links, unknown ids, the source citation and sharing.
import {
  test,
  expect,
  openList,
  cards,
  cardLinks,
  detail,
  facetBox,
  openFilters,
  params,
  PHONE,
  TOTAL,
} from './helpers';

const TITLE = 'Gương sáng – Điển hình tiên tiến xã Hạnh Sơn';
const PEOPLE_BY_NAME = [
  'Đinh Văn Hương',
  'Đoàn Thị Thúy',
  'Hoàng Anh Tuấn',
  'Hoàng Văn Vạn',
  'Hoàng Văn Xuân',
  'Lại Văn Khoen',
  'Lò Thị Nhiên',
  'Lò Văn Luấn',
];

test.describe('at phone size', () => {
  test.use({ viewport: PHONE });

  test('a card opens over the filtered list and Back restores list, filter and scroll', async ({ page }) => {
    await openList(page);
    await openFilters(page);
    await facetBox(page, 'Cá nhân').check();
    await expect(cardLinks(page)).toHaveText(PEOPLE_BY_NAME);
    const listUrl = page.url();
    expect(params(page).get('loai')).toBe('ca-nhan');

    // Scroll down to a card far down the list.
    const target = page.getByRole('link', { name: 'Lò Thị Nhiên' });
    await target.scrollIntoViewIfNeeded();
    await expect(target).toBeInViewport();
    const scrollBefore = await page.evaluate(() => window.scrollY);
    expect(scrollBefore, 'the list was scrolled down').toBeGreaterThan(0);

    await target.click();
    const dialog = detail(page);
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('heading', { level: 1 })).toHaveText('Lò Thị Nhiên');
    await expect(page).toHaveURL(/[?&]muc=lo-thi-nhien(&|$)/);
    expect(params(page).get('loai')).toBe('ca-nhan');
    await expect(page).toHaveTitle(`Lò Thị Nhiên – ${TITLE}`);
    // The list is still there underneath, but out of reach.
    await expect(page.locator('main.browse')).toHaveAttribute('inert', /.*/);
    await expect(dialog).toHaveAttribute('aria-modal', 'true');

    await page.goBack();
    await expect(dialog).toHaveCount(0);
    expect(page.url()).toBe(listUrl);
    await expect(page).toHaveTitle(TITLE);
    await expect(page.locator('main.browse')).not.toHaveAttribute('inert', /.*/);
    await expect(cardLinks(page)).toHaveText(PEOPLE_BY_NAME);
    await expect(facetBox(page, 'Cá nhân')).toBeChecked();
    await expect(page.getByRole('button', { name: 'Bỏ lọc loại: Cá nhân' })).toBeVisible();
    await expect.poll(() => page.evaluate(() => window.scrollY), { message: 'scroll position after Back' }).toBe(scrollBefore);
  });

  test('"Quay lại danh sách" and Escape close the detail', async ({ page }) => {
    await openList(page, '/?q=hoang');
    await expect(cards(page)).toHaveCount(3);
    const dialog = detail(page);

    await page.getByRole('link', { name: 'Hoàng Văn Xuân' }).click();
    await expect(dialog.getByRole('heading', { level: 1 })).toHaveText('Hoàng Văn Xuân');
    await dialog.getByRole('button', { name: 'Quay lại danh sách' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(page).not.toHaveURL(/[?&]muc=/);
    await expect(page).toHaveURL(/[?&]q=hoang(&|$)/);
    await expect(cards(page)).toHaveCount(3);

    await page.getByRole('link', { name: 'Hoàng Anh Tuấn' }).click();
    await expect(dialog.getByRole('heading', { level: 1 })).toHaveText('Hoàng Anh Tuấn');
    await expect(dialog.getByRole('heading', { level: 1 })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    // Keyboard users land back on the card they opened.
    await expect(page.getByRole('link', { name: 'Hoàng Anh Tuấn' })).toBeFocused();
    await expect(page).not.toHaveURL(/[?&]muc=/);
    await expect(page.locator('#search')).toHaveValue('hoang');
    await expect(cards(page)).toHaveCount(3);
  });

  test('a deep link opens the detail directly; its back button shows the list', async ({ page }) => {
    const response = await page.goto('/?muc=hoang-van-van');
    expect(response?.status()).toBe(200);
    const dialog = detail(page);
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('heading', { level: 1 })).toHaveText('Hoàng Văn Vạn');
    await expect(page).toHaveTitle(`Hoàng Văn Vạn – ${TITLE}`);

    // Reloading keeps it open.
    await page.reload();
    await expect(dialog.getByRole('heading', { level: 1 })).toHaveText('Hoàng Văn Vạn');

    await dialog.getByRole('button', { name: 'Quay lại danh sách' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(page).not.toHaveURL(/[?&]muc=/);
    await expect(cards(page)).toHaveCount(TOTAL);
    await expect(page.locator('#result-count')).toHaveText('Hiển thị tất cả 13 mục');
  });
});

test('the detail shows the facts, the quoted source and a link to the article', async ({ page }) => {
  await openList(page, '/?muc=dinh-van-huong');
  const dialog = detail(page);
  await expect(dialog.getByRole('heading', { level: 1, name: 'Đinh Văn Hương' })).toBeVisible();
  await expect(dialog).toHaveAccessibleName('Đinh Văn Hương');

  const facts = dialog.locator('dl.facts');
  await expect(facts).toContainText('Bản Mớ');
  await expect(facts).toContainText('xã Hạnh Sơn, thị xã Nghĩa Lộ, tỉnh Yên Bái');
  await expect(facts).toContainText('Kinh tế');
  await expect(dialog.locator('ul.awards')).toContainText('Bằng khen, giấy khen');

  await expect(dialog.getByRole('heading', { name: 'Nguồn' })).toBeVisible();
  await expect(dialog.locator('blockquote.quote')).toContainText('Đinh Văn Hương, thôn Bản Mớ');
  await expect(dialog.locator('cite')).toHaveText('Tạo phong trào thi đua thiết thực, hiệu quả');
  const source = dialog.locator('a.source-link');
  await expect(source).toHaveAttribute('href', 'http://baoyenbai.com.vn');
  await expect(source).toHaveAttribute('target', '_blank');
  await expect(source).toHaveAttribute('rel', /noopener/);
});

test('an unknown id says the entry was not found, and the list is one click away', async ({ page }) => {
  await openList(page, '/?muc=khong-co-ai');
  const dialog = detail(page);
  await expect(dialog.getByRole('heading', { level: 1 })).toHaveText('Không tìm thấy mục này');
  await dialog.getByRole('button', { name: 'Quay lại danh sách' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(cards(page)).toHaveCount(TOTAL);
});

test('"Chia sẻ" copies the link when Web Share is missing', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  // Desktop Chromium may have navigator.share; take it away so the copy path runs.
  await page.addInitScript(() => {
    const proto = Object.getPrototypeOf(navigator);
    delete proto.share;
    delete proto.canShare;
  });
  await openList(page, '/?loai=mo-hinh');
  expect(await page.evaluate(() => 'share' in navigator)).toBe(false);

  await page.getByRole('link', { name: 'Trồng rau sạch' }).click();
  const dialog = detail(page);
  await expect(dialog.getByRole('heading', { level: 1 })).toHaveText('Trồng rau sạch');
  await dialog.getByRole('button', { name: 'Chia sẻ' }).click();
  await expect(dialog.locator('.share-status')).toHaveText(/^Đã sao chép đường dẫn/);
  await expect(dialog.getByRole('status')).toHaveText(/^Đã sao chép đường dẫn/);
  // The link to copy by hand appears only when copying fails.
  await expect(dialog.locator('input.share-url')).toBeHidden();

  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(page.url());
  const url = new URL(copied);
  expect(url.searchParams.get('muc')).toBe('mo-hinh-trong-rau-sach');
  expect(url.searchParams.get('loai')).toBe('mo-hinh');
});

test('if copying fails the link is shown to copy by hand', async ({ page }) => {
  await page.addInitScript(() => {
    const proto = Object.getPrototypeOf(navigator);
    delete proto.share;
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
    });
  });
  await openList(page, '/?muc=lo-van-luan');
  const dialog = detail(page);
  await expect(dialog.getByRole('heading', { level: 1 })).toHaveText('Lò Văn Luấn');
  await dialog.getByRole('button', { name: 'Chia sẻ' }).click();
  const manual = dialog.locator('input.share-url');
  await expect(manual).toBeVisible();
  await expect(manual).toHaveValue(/[?&]muc=lo-van-luan(&|$)/);
  await expect(dialog.locator('.share-status')).not.toHaveText(/^Đã sao chép/);
  await expect(dialog.locator('.share-status')).not.toBeEmpty();
});
