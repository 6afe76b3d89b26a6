// Facet filters: OR within a facet, AND across facets, live counts, chips.
import {
  test,
  expect,
  openList,
  cards,
  cardLinks,
  facetBox,
  facetCount,
  filters,
  searchBox,
  emptyState,
  TOTAL,
  PHONE,
} from './helpers';

test.beforeEach(async ({ page }) => {
  await openList(page); // desktop size: the filter panel is open
  await expect(cards(page)).toHaveCount(TOTAL);
});

test('ticking facets narrows the list, counts update, chips remove filters', async ({ page }) => {
  const panel = filters(page);
  await expect(panel.locator('fieldset.facet > legend')).toHaveText(['Loại', 'Lĩnh vực', 'Đơn vị', 'Thôn', 'Khen thưởng']);
  await expect(facetCount(page, 'Mô hình tập thể')).toHaveText('5');
  await expect(facetCount(page, 'Hội Phụ nữ')).toHaveText('3');
  // A screen reader hears the count with its unit.
  await expect(facetBox(page, 'Hội Phụ nữ')).toHaveAccessibleName('Hội Phụ nữ 3 mục');
  await expect(panel.locator('summary')).toHaveText('Bộ lọc');

  await facetBox(page, 'Mô hình tập thể').check();
  await expect(cards(page)).toHaveCount(5);
  await expect(page.locator('#result-count')).toHaveText('Tìm thấy 5 trong 13 mục');
  await expect(cards(page).locator('.badge')).toHaveText(Array(5).fill('Mô hình tập thể'));
  // Hội Phụ nữ now counts only its two models (not Lò Thị Nhiên); Cá nhân still says what it would add.
  await expect(facetCount(page, 'Hội Phụ nữ')).toHaveText('2');
  await expect(facetBox(page, 'Hội Phụ nữ')).toHaveAccessibleName('Hội Phụ nữ 2 mục');
  await expect(facetCount(page, 'Bản Tào')).toHaveText('0');
  // A value that would give nothing is greyed, the others are not.
  const colour = (label: string) =>
    facetCount(page, label).evaluate((count) => getComputedStyle(count.closest('label')!).color);
  expect(await colour('Bản Tào')).not.toBe(await colour('Hội Phụ nữ'));
  await expect(panel.locator('summary')).toHaveText('Bộ lọc (1)');

  await facetBox(page, 'Hội Phụ nữ').check();
  await expect(cards(page)).toHaveCount(2);
  await expect(cardLinks(page)).toHaveText(['Đường hoa', 'Trồng rau sạch']);
  await expect(panel.locator('summary')).toHaveText('Bộ lọc (2)');

  // One chip per ticked value.
  const chips = page.locator('.active-filters button.chip');
  await expect(chips).toHaveCount(2);
  await expect(page.getByRole('button', { name: 'Bỏ lọc loại: Mô hình tập thể' })).toBeVisible();
  const hpnChip = page.getByRole('button', { name: 'Bỏ lọc đơn vị: Hội Phụ nữ' });
  await expect(hpnChip).toBeVisible();

  // Removing a chip unticks its value.
  await hpnChip.click();
  await expect(cards(page)).toHaveCount(5);
  await expect(facetBox(page, 'Hội Phụ nữ')).not.toBeChecked();
  await expect(facetBox(page, 'Mô hình tập thể')).toBeChecked();
  await expect(chips).toHaveCount(1);

  // "Xóa tất cả" clears filters and the search text.
  await searchBox(page).fill('trau');
  await expect(cards(page)).toHaveCount(1);
  await page.getByRole('button', { name: 'Xóa tất cả' }).click();
  await expect(cards(page)).toHaveCount(TOTAL);
  await expect(searchBox(page)).toHaveValue('');
  await expect(facetBox(page, 'Mô hình tập thể')).not.toBeChecked();
  await expect(chips).toHaveCount(0);
  await expect(page.locator('.active-filters')).toHaveCount(0);
  await expect(panel.locator('summary')).toHaveText('Bộ lọc');
  await expect(page).toHaveURL((url) => url.search === '');
});

test('on a phone the folded panel counts the search typed while it was folded', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await openList(page);
  const panel = filters(page);
  const summary = panel.locator('summary');
  await expect(panel).not.toHaveAttribute('open', /.*/);
  // Every entry is of one kind, so the kind counts add up to the list.
  const kindsAddUpTo = async (n: number) => {
    const people = facetCount(page, 'Cá nhân');
    const models = facetCount(page, 'Mô hình tập thể');
    await expect(async () => {
      expect(Number(await people.textContent()) + Number(await models.textContent())).toBe(n);
    }).toPass();
  };

  await searchBox(page).fill('trau');
  await expect(cards(page)).toHaveCount(1);
  await summary.click();
  await kindsAddUpTo(1);

  await summary.click();
  await expect(panel).not.toHaveAttribute('open', /.*/);
  await searchBox(page).fill('');
  await expect(cards(page)).toHaveCount(TOTAL);
  await summary.click();
  await kindsAddUpTo(TOTAL);
});

test('values of one facet combine with OR', async ({ page }) => {
  await facetBox(page, 'Bản Tào').check();
  await expect(cardLinks(page)).toHaveText(['Hoàng Văn Vạn']);
  // The other villages still offer their own entry (OR within the facet).
  await expect(facetCount(page, 'Bản Mớ')).toHaveText('1');
  await facetBox(page, 'Bản Mớ').check();
  await expect(cardLinks(page)).toHaveText(['Đinh Văn Hương', 'Hoàng Văn Vạn']);
  await expect(page.locator('#result-count')).toHaveText('Tìm thấy 2 trong 13 mục');
  await expect(page).toHaveURL(/[?&]thon=ban-mo,ban-tao(&|$)/);
});

test('different facets combine with AND', async ({ page }) => {
  await facetBox(page, 'Kinh tế').check();
  await expect(cards(page)).toHaveCount(6);
  await expect(facetCount(page, 'Hội Phụ nữ')).toHaveText('1');
  await expect(facetCount(page, 'Bằng khen')).toHaveText('4');

  await facetBox(page, 'Hội Phụ nữ').check();
  await expect(cardLinks(page)).toHaveText(['Trồng rau sạch']);
  // Within Kinh tế ∧ Hội Phụ nữ nobody has a bằng khen.
  await expect(facetCount(page, 'Bằng khen')).toHaveText('0');

  await facetBox(page, 'Hội Phụ nữ').uncheck();
  await facetBox(page, 'Bằng khen').check();
  await expect(cardLinks(page)).toHaveText(['Đinh Văn Hương', 'Hoàng Văn Xuân', 'Lại Văn Khoen', 'Lò Văn Luấn']);
  await expect(cards(page).locator('.card-award')).toHaveCount(4);
});

test('filters that exclude everything show the empty state; "Xóa bộ lọc" restores 13', async ({ page }) => {
  await facetBox(page, 'Mô hình tập thể').check();
  await facetBox(page, 'Bản Tào').check();
  await expect(cards(page)).toHaveCount(0);
  const empty = emptyState(page);
  await expect(empty.getByRole('heading', { name: 'Không có kết quả phù hợp' })).toBeVisible();

  await empty.getByRole('button', { name: 'Xóa bộ lọc' }).click();
  await expect(cards(page)).toHaveCount(TOTAL);
  await expect(page.locator('#result-count')).toHaveText('Hiển thị tất cả 13 mục');
  await expect(facetBox(page, 'Mô hình tập thể')).not.toBeChecked();
  await expect(facetBox(page, 'Bản Tào')).not.toBeChecked();
  await expect(empty).toHaveCount(0);
});

test('Back and Forward bring back the filters of each history entry: boxes, chips and the list', async ({ page }) => {
  const chips = page.locator('.active-filters .chip');
  await facetBox(page, 'Mô hình tập thể').check();
  await expect(cards(page)).toHaveCount(5);
  // The address follows after the paint; the next entry must not get it.
  await expect(page).toHaveURL(/loai=mo-hinh/);
  // A second entry with other filters, as a link to a filtered view makes it.
  await page.evaluate(() => {
    history.pushState(null, '', '?loai=ca-nhan');
    dispatchEvent(new PopStateEvent('popstate'));
  });
  await expect(cards(page)).toHaveCount(TOTAL - 5);
  await expect(facetBox(page, 'Cá nhân')).toBeChecked();
  await expect(facetBox(page, 'Mô hình tập thể')).not.toBeChecked();
  await expect(chips).toHaveCount(1);
  await expect(chips).toContainText('Cá nhân');

  await page.goBack();
  await expect(cards(page)).toHaveCount(5);
  await expect(facetBox(page, 'Mô hình tập thể')).toBeChecked();
  await expect(facetBox(page, 'Cá nhân')).not.toBeChecked();
  await expect(chips).toContainText('Mô hình tập thể');

  await page.goForward();
  await expect(cards(page)).toHaveCount(TOTAL - 5);
  await expect(facetBox(page, 'Cá nhân')).toBeChecked();
});
