// Phone-first layout: no sideways scrolling, one column on phones, more on
// laptops, filters folded away on narrow screens, 44 px touch targets.
import type { Page } from '@playwright/test';
import {
  test,
  expect,
  openList,
  cards,
  cardLinks,
  detail,
  documentScrollWidth,
  facetBox,
  filters,
  openFilters,
  DESKTOP,
  PHONE,
  SMALL_PHONE,
  TOTAL,
} from './helpers';

// Many chips at once: the widest the toolbar gets.
const BUSY = '/?q=van&loai=ca-nhan&linh-vuc=kinh-te&khen-thuong=bang-khen,giay-khen&sap-xep=thon';

async function expectNoSidewaysScroll(page: Page, width: number, where: string) {
  expect(await documentScrollWidth(page), `document scrollWidth ${where}`).toBeLessThanOrEqual(width);
}

for (const size of [PHONE, SMALL_PHONE]) {
  test(`nothing overflows sideways at ${size.width}×${size.height}: list, filters, detail`, async ({ page }) => {
    await page.setViewportSize(size);
    await openList(page);
    await expect(cards(page)).toHaveCount(TOTAL);
    await expectNoSidewaysScroll(page, size.width, 'on the list');

    await openList(page, BUSY);
    await expect(page.locator('.active-filters button.chip')).toHaveCount(4);
    await expectNoSidewaysScroll(page, size.width, 'with filter chips');

    await openFilters(page);
    await expect(facetBox(page, 'Trường THCS Hạnh Sơn')).toBeVisible();
    await expectNoSidewaysScroll(page, size.width, 'with the filter panel open');

    await cardLinks(page).first().click();
    const dialog = detail(page);
    await expect(dialog).toBeVisible();
    await expectNoSidewaysScroll(page, size.width, 'with the detail open');
    // The detail scrolls inside its own layer: that must not scroll sideways either.
    const layer = await page.locator('.detail-layer').evaluate((el) => ({
      scroll: el.scrollWidth,
      client: el.clientWidth,
    }));
    expect(layer.scroll, 'detail layer scrollWidth').toBeLessThanOrEqual(layer.client);
    const box = await dialog.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(size.width);
  });
}

test('cards are one column on a phone and several on a laptop', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await openList(page);
  await expect(cards(page)).toHaveCount(TOTAL);
  const phoneXs = await cards(page).evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().x)));
  expect(new Set(phoneXs).size, `card x positions at 390: ${phoneXs}`).toBe(1);

  await page.setViewportSize(DESKTOP);
  await openList(page);
  await expect(cards(page)).toHaveCount(TOTAL);
  const wideXs = await cards(page).evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().x)));
  expect(new Set(wideXs).size, `card x positions at 1280: ${wideXs}`).toBeGreaterThan(1);
  // Side by side means some cards share a row.
  const ys = await cards(page).evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().y)));
  expect(new Set(ys).size).toBeLessThan(TOTAL);
});

test('filters are folded away on a phone and open beside the list on a laptop', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await openList(page);
  const panel = filters(page);
  const summary = panel.locator('summary');
  await expect(summary).toHaveText('Bộ lọc');
  await expect(panel).not.toHaveAttribute('open', /.*/);
  await expect(facetBox(page, 'Cá nhân')).toBeHidden();
  // The list is visible without scrolling past the filters.
  await expect(cards(page).first()).toBeInViewport();

  await summary.click();
  await expect(facetBox(page, 'Cá nhân')).toBeVisible();
  await facetBox(page, 'Cá nhân').check();
  await expect(cards(page)).toHaveCount(8);
  await expect(summary).toHaveText('Bộ lọc (1)');

  await page.setViewportSize(DESKTOP);
  await openList(page);
  await expect(panel).toHaveAttribute('open', '');
  await expect(facetBox(page, 'Cá nhân')).toBeVisible();
  const panelBox = (await panel.boundingBox())!;
  const listBox = (await page.locator('ul.cards').boundingBox())!;
  expect(panelBox.x + panelBox.width, 'filters sit left of the cards').toBeLessThanOrEqual(listBox.x);
});

test.describe('touch targets at 390 px', () => {
  test.use({ viewport: PHONE });

  test('options, chips, buttons, fields and card links are at least 44 px tall', async ({ page }) => {
    await openList(page, BUSY);
    await openFilters(page);
    await expect(page.locator('.active-filters button.chip')).toHaveCount(4);

    const tooSmall = async (selector: string) =>
      page.locator(selector).evaluateAll((els) =>
        els
          .filter((e) => (e as HTMLElement).offsetParent !== null || getComputedStyle(e).position === 'fixed')
          .map((e) => ({ text: (e.textContent || e.getAttribute('aria-label') || '').trim().slice(0, 40), h: e.getBoundingClientRect().height }))
          .filter((r) => r.h < 44),
      );
    const counted = async (selector: string) => page.locator(selector).count();

    for (const selector of [
      'details.filters > summary',
      'label.option',
      '.active-filters button',
      'ul.cards article.card h2 > a',
      '#search',
      '#sort',
    ]) {
      expect(await counted(selector), `elements matching ${selector}`).toBeGreaterThan(0);
      expect(await tooSmall(selector), `${selector} shorter than 44 px`).toEqual([]);
    }

    // Buttons in the detail and in the empty state.
    await cardLinks(page).first().click();
    await expect(detail(page)).toBeVisible();
    for (const selector of ['.detail button', 'a.source-link']) {
      expect(await counted(selector), `elements matching ${selector}`).toBeGreaterThan(0);
      expect(await tooSmall(selector), `${selector} shorter than 44 px`).toEqual([]);
    }
    await page.keyboard.press('Escape');
    await expect(detail(page)).toHaveCount(0);

    await page.getByLabel('Tìm theo tên, chức vụ, đơn vị, thôn').fill('khong ai co ten nay');
    await expect(page.getByRole('button', { name: 'Xóa bộ lọc' })).toBeVisible();
    expect(await tooSmall('.results button'), 'buttons in the empty state shorter than 44 px').toEqual([]);
  });
});
