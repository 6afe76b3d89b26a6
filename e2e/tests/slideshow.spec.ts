// The presentation page (trinh-chieu/): the slideshow a trainer drives with
// keys or a clicker, its QR codes, and the A4 posters.
import type { Page } from '@playwright/test';
import { test, expect, openList, cardLinks, cardNames, decodeQr, TOTAL } from './helpers';

/** The projectors of village halls: 4:3 and 16:9. */
const PROJECTOR = { width: 1024, height: 768 };
const WIDE_PROJECTOR = { width: 1920, height: 1080 };

const progress = (page: Page) => page.locator('.slide-progress');
const slideName = (page: Page) => page.locator('.slide .sheet-name');
const at = (page: Page, n: number, of = TOTAL) => expect(progress(page)).toHaveText(`${n} / ${of}`);

async function present(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.locator('.slide')).toBeVisible();
}

/** The entry ids of the list's cards, in order (card links are `card-<id>`). */
async function cardIds(page: Page): Promise<string[]> {
  const ids = await cardLinks(page).evaluateAll((links) => links.map((a) => a.id));
  return ids.map((id) => id.replace(/^card-/, ''));
}

test.use({ viewport: PROJECTOR });

test('"Trình chiếu" presents exactly the filtered list, in its order', async ({ page }) => {
  await openList(page, '/?loai=mo-hinh&sap-xep=ten');
  const names = await cardNames(page);
  expect(names.length).toBe(5);
  await page.getByRole('link', { name: 'Trình chiếu' }).click();
  await expect(page).toHaveURL(/\/trinh-chieu\/\?loai=mo-hinh&sap-xep=ten&trinh-chieu=0$/);
  // The introduction names the commune, the filter and the count.
  await expect(progress(page)).toHaveText('Giới thiệu');
  const intro = page.locator('.slide');
  await expect(intro).toContainText('Xã Hạnh Sơn');
  await expect(intro).toContainText('Đang lọc: Loại: Mô hình tập thể');
  await expect(intro).toContainText('5 gương điển hình: 0 cá nhân, 5 mô hình tập thể');
  const shown: string[] = [];
  for (let i = 1; i <= names.length; i++) {
    await page.keyboard.press('ArrowRight');
    await at(page, i, names.length);
    shown.push((await slideName(page).innerText()).trim());
  }
  expect(shown).toEqual(names);
  // The last slide stays the last.
  await page.keyboard.press('ArrowRight');
  await at(page, names.length, names.length);
});

test('each key does what it says', async ({ page }) => {
  await present(page, '/trinh-chieu/?trinh-chieu=1');
  await at(page, 1);
  let n = 1;
  for (const key of ['ArrowRight', 'ArrowDown', 'Space', 'PageDown', 'n', 'N']) {
    await page.keyboard.press(key);
    await at(page, ++n);
  }
  for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp', 'p', 'P']) {
    await page.keyboard.press(key);
    await at(page, --n);
  }
  await page.keyboard.press('End');
  await at(page, TOTAL);
  await page.keyboard.press('Home');
  await expect(progress(page)).toHaveText('Giới thiệu');

  // A number and Enter, or G, a number and Enter; past the end is the end.
  await page.keyboard.press('5');
  await expect(page.locator('.slide-jump')).toContainText('Đến trang: 5');
  await page.keyboard.press('Enter');
  await at(page, 5);
  await expect(page.locator('.slide-jump')).toHaveCount(0);
  for (const key of ['g', '1', '2', 'Enter']) await page.keyboard.press(key);
  await at(page, 12);
  for (const key of ['9', '9', 'Enter']) await page.keyboard.press(key);
  await at(page, TOTAL);

  // B or "." blanks the screen to black and back.
  const blank = page.locator('.slide-blank');
  for (const key of ['b', '.']) {
    await expect(blank).toBeHidden();
    await page.keyboard.press(key);
    await expect(blank).toBeVisible();
    expect(await blank.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(0, 0, 0)');
    await page.keyboard.press(key);
    await expect(blank).toBeHidden();
  }

  // ? shows the keys; Esc closes that first.
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Phím tắt khi trình chiếu' });
  await expect(help).toBeVisible();
  await expect(help).toContainText('PageDown');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await expect(page).toHaveURL(/\/trinh-chieu\//);

  // T switches between dark on light and light on dark.
  const show = page.locator('.slideshow');
  const colours = () => show.evaluate((el) => [getComputedStyle(el).color, getComputedStyle(el).backgroundColor]);
  expect(await colours()).toEqual(['rgb(17, 17, 17)', 'rgb(255, 255, 255)']);
  await page.keyboard.press('t');
  expect(await colours()).toEqual(['rgb(255, 255, 255)', 'rgb(0, 0, 0)']);
  await page.keyboard.press('t');
  expect(await colours()).toEqual(['rgb(17, 17, 17)', 'rgb(255, 255, 255)']);

  // Esc leaves for the list (a link opened directly: the list replaces it).
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator('#result-count')).toBeVisible();
});

test('A advances by itself at its interval; any key pauses it', async ({ page }) => {
  await page.clock.install();
  await present(page, '/trinh-chieu/?trinh-chieu=1');
  await page.keyboard.press('a');
  const auto = page.locator('.slide-bar button[aria-keyshortcuts="A"]');
  await expect(auto).toHaveText('Tự chạy: 10 giây mỗi trang');
  await expect(page.locator('.auto-timer')).toBeVisible();
  await page.clock.runFor(10_000);
  await at(page, 2);
  await page.clock.runFor(10_000);
  await at(page, 3);
  // Any key pauses, and still does what it says.
  await page.keyboard.press('ArrowLeft');
  await at(page, 2);
  await expect(auto).toHaveText('Tạm dừng tự chạy (nhấn A để chạy tiếp)');
  await page.clock.runFor(30_000);
  await at(page, 2);
  await page.keyboard.press('a');
  await page.clock.runFor(10_000);
  await at(page, 3);
  await page.keyboard.press('a');
  await expect(auto).toHaveText('Tự chạy');
  await page.clock.runFor(30_000);
  await at(page, 3);
});

test('F and the button go fullscreen; Esc leaves fullscreen, then the slideshow', async ({ page }) => {
  await openList(page, '/?loai=ca-nhan');
  await page.getByRole('link', { name: 'Trình chiếu' }).click();
  await expect(page.locator('.slide')).toBeVisible();
  const isFullscreen = () => page.evaluate(() => document.fullscreenElement !== null);
  await page.keyboard.press('f');
  await expect.poll(isFullscreen).toBe(true);
  await expect(page.getByRole('button', { name: 'Thu nhỏ' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect.poll(isFullscreen).toBe(false);
  await expect(page).toHaveURL(/\/trinh-chieu\//);
  await page.getByRole('button', { name: 'Toàn màn hình' }).click();
  await expect.poll(isFullscreen).toBe(true);
  await page.getByRole('button', { name: 'Thu nhỏ' }).click();
  await expect.poll(isFullscreen).toBe(false);
  // Back to the list it came from, filters and all.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/\/\?loai=ca-nhan$/);
  await expect(page.locator('#result-count')).toHaveText('Tìm thấy 8 trong 13 mục');
});

test('swipes move between slides on a touch screen', async ({ page }) => {
  await present(page, '/trinh-chieu/?trinh-chieu=3');
  const swipe = (dx: number) =>
    page.locator('.slideshow').evaluate((el, dx) => {
      const at = (x: number) => ({ pointerType: 'touch', pointerId: 1, isPrimary: true, clientX: x, clientY: 300, bubbles: true });
      el.dispatchEvent(new PointerEvent('pointerdown', at(500)));
      el.dispatchEvent(new PointerEvent('pointerup', at(500 + dx)));
    }, dx);
  await swipe(-200);
  await at(page, 4);
  await swipe(200);
  await at(page, 3);
  await swipe(20); // a tap, not a swipe
  await at(page, 3);
});

test('the URL follows the slide beside the filters, and a reload resumes there', async ({ page }) => {
  await present(page, '/trinh-chieu/?loai=ca-nhan&trinh-chieu=0');
  await page.keyboard.press('End');
  await at(page, 8, 8);
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(/\/trinh-chieu\/\?loai=ca-nhan&trinh-chieu=7$/);
  const name = (await slideName(page).innerText()).trim();
  await page.reload();
  await at(page, 7, 8);
  await expect(slideName(page)).toHaveText(name);
  // An old link past the end shows the last slide.
  await present(page, '/trinh-chieu/?loai=ca-nhan&trinh-chieu=40');
  await at(page, 8, 8);
});

test('each QR code decodes to its entry\'s address, and says when phones cannot reach it', async ({ page }) => {
  await openList(page, '/?loai=mo-hinh');
  const ids = await cardIds(page);
  const origin = new URL(page.url()).origin;
  await page.getByRole('link', { name: 'Trình chiếu' }).click();
  const qr = page.locator('.slide svg.qr');
  await expect(qr).toBeVisible();
  expect(await decodeQr(qr)).toBe(`${origin}/?loai=mo-hinh`);
  for (const id of ids.slice(0, 3)) {
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('.slide')).toContainText(`?muc=${id}`);
    expect(await decodeQr(qr)).toBe(`${origin}/?muc=${id}`);
  }
  // Served from 127.0.0.1: the slide says phones will not reach it, and how to fix it.
  await expect(page.locator('.slide .scan-warning')).toContainText('site_url');
});

test('with site_url in the data file, the codes point at the public site', async ({ page }) => {
  await page.route('**/data/guong-sang.json', async (route) => {
    const response = await route.fetch();
    const json = await response.json();
    json.site_url = 'https://guongsang.example.vn/hanh-son/';
    await route.fulfill({ response, json });
  });
  await present(page, '/trinh-chieu/?trinh-chieu=1');
  await expect(slideName(page)).toHaveText('Đinh Văn Hương');
  expect(await decodeQr(page.locator('.slide svg.qr'))).toBe(
    'https://guongsang.example.vn/hanh-son/?muc=dinh-van-huong',
  );
  await expect(page.locator('.scan-warning')).toHaveCount(0);
});

test('slides announce themselves and respect reduced motion', async ({ page }) => {
  await present(page, '/trinh-chieu/?trinh-chieu=0');
  const live = page.locator('.slideshow [aria-live="polite"]');
  await page.keyboard.press('ArrowRight');
  await expect(live).toHaveText(`1 / ${TOTAL}: Đinh Văn Hương`);
  const animation = () => page.locator('.slide').evaluate((el) => getComputedStyle(el).animationName);
  expect(await animation()).toBe('slide-in');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await animation()).toBe('none');
});

for (const viewport of [PROJECTOR, WIDE_PROJECTOR]) {
  test(`at ${viewport.width}x${viewport.height} every slide fits the screen with a large name`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await present(page, '/trinh-chieu/?trinh-chieu=0');
    for (let n = 0; n <= TOTAL; n++) {
      const box = await page.locator('.slideshow').boundingBox();
      expect(box).toEqual({ x: 0, y: 0, width: viewport.width, height: viewport.height });
      const slide = page.locator('.slide');
      const fits = await slide.evaluate((el) => el.scrollHeight <= el.clientHeight + 1);
      expect(fits, `slide ${n} is cut off`).toBe(true);
      const size = await slideName(page).evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      expect(size).toBeGreaterThanOrEqual(0.06 * viewport.height);
      await page.keyboard.press('ArrowRight');
    }
  });
}

test.describe('posters', () => {
  test('one A4 page per entry of the list, with its code, and nothing else in print', async ({ page }) => {
    await openList(page, '/?loai=mo-hinh');
    const names = await cardNames(page);
    await page.getByRole('link', { name: 'In áp phích' }).click();
    await expect(page).toHaveURL(/\/trinh-chieu\/\?loai=mo-hinh&ap-phich=1$/);
    await expect(page.getByRole('heading', { name: 'Áp phích A4: 5 trang' })).toBeVisible();
    const posters = page.locator('.poster');
    await expect(posters).toHaveCount(names.length);
    expect((await posters.locator('.sheet-name').allInnerTexts()).map((s) => s.trim())).toEqual(names);
    await expect(posters.locator('svg.qr')).toHaveCount(names.length);
    await expect(posters.first()).toContainText('Nguồn');

    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.tool-bar')).toBeHidden();
    for (const button of await page.getByRole('button').all()) await expect(button).toBeHidden();
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? [];
    expect(pages.length).toBe(names.length);
  });

  test('one entry prints as one poster, from its detail', async ({ page }) => {
    await openList(page, '/?muc=hoang-van-van');
    await page.getByRole('dialog').getByRole('link', { name: 'In áp phích' }).click();
    await expect(page).toHaveURL(/\/trinh-chieu\/\?muc=hoang-van-van&ap-phich=1$/);
    await expect(page.locator('.poster')).toHaveCount(1);
    await expect(page.locator('.poster .sheet-name')).toHaveText('Hoàng Văn Vạn');
    const origin = new URL(page.url()).origin;
    expect(await decodeQr(page.locator('.poster svg.qr'))).toBe(`${origin}/?muc=hoang-van-van`);
    // "Quay lại danh sách" returns to the list the poster came from.
    await page.getByRole('button', { name: 'Quay lại danh sách' }).click();
    await expect(page).toHaveURL(/\/\?muc=hoang-van-van$/);
  });

  test('from the slideshow, the posters lead back to the list', async ({ page }) => {
    await openList(page, '/?loai=mo-hinh');
    await page.getByRole('link', { name: 'Trình chiếu' }).click();
    await expect(page.locator('.slide')).toBeVisible();
    await page.locator('.slide-bar').getByRole('button', { name: 'In áp phích' }).click();
    await expect(page).toHaveURL(/\/trinh-chieu\/\?loai=mo-hinh&ap-phich=1$/);
    await expect(page.locator('.poster')).toHaveCount(5);
    await page.getByRole('button', { name: 'Quay lại danh sách' }).click();
    await expect(page).toHaveURL(/\/\?loai=mo-hinh$/);
    await expect(page.locator('#result-count')).toHaveText('Tìm thấy 5 trong 13 mục');
  });

  test('printing the list or a slide leaves out every control', async ({ page }) => {
    await openList(page, '/');
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.toolbar', '.filters', '.list-actions']) {
      await expect(page.locator(selector)).toBeHidden();
    }
    await expect(page.locator('.card').first()).toBeVisible();
    await present(page, '/trinh-chieu/?trinh-chieu=2');
    await expect(page.locator('.slide-bar')).toBeHidden();
    await expect(slideName(page)).toBeVisible();
  });
});
