// "Kiểm tra dữ liệu": an officer checks a data file in the browser before
// publishing it (src/pages/checker.rs).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect, openList } from './helpers';

const BUNDLED = path.resolve(__dirname, '..', '..', 'public', 'data', 'guong-sang.json');
const FAULTY = JSON.stringify({
  schema: 1,
  sources: [{ id: 's', title: 'Bài báo' }],
  communes: [
    {
      id: 'xa-thu',
      name: 'xã Thử',
      entries: [
        { id: 'a', kind: 'robot', name: 'A', source: 's' },
        { id: 'b', kind: 'person', name: 'Nguyễn Văn Thử <img src=x onerror=alert(1)>', role: 'Trưởng thôn', source: 's', nmae: 'x' },
      ],
    },
  ],
});

test('an officer opens a file and sees every problem in both languages, and the cards as published', async ({ page, requests }) => {
  page.on('dialog', () => {
    throw new Error('a dialog opened');
  });
  await openList(page, '/');
  await page.getByRole('link', { name: 'Kiểm tra tệp dữ liệu (cho cán bộ)' }).click();
  await expect(page).toHaveURL(/\/trinh-chieu\/\?kiem-tra=1$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kiểm tra dữ liệu');

  // What the page itself loads (icons, the manifest) is done first.
  await page.waitForLoadState('networkidle');
  const before = requests.all.length;
  await page.locator('input[type=file]').setInputFiles({ name: 'xa-thu.json', mimeType: 'application/json', buffer: Buffer.from(FAULTY) });
  await expect(page.getByRole('heading', { name: 'xa-thu.json' })).toBeVisible();
  await expect(page.locator('.checker-summary')).toHaveText('1 lỗi, 1 cảnh báo trong 2 mục / 1 error, 1 warning in 2 entries');
  const problems = page.locator('.problems > li');
  await expect(problems).toHaveCount(2);
  // Errors first; each with its place, in Vietnamese and in English.
  await expect(problems.nth(0)).toContainText('Xã "xa-thu", mục "a" (thứ 1), trường "kind": "robot" không hợp lệ');
  await expect(problems.nth(0)).toContainText('only "person" or "model"');
  await expect(problems.nth(1)).toContainText('có lẽ là "name" gõ nhầm');
  await expect(problems.nth(1)).toContainText('probably a mistyped "name"');
  // The valid entry as a card, its text as text.
  const cards = page.locator('.checker-preview article.card');
  await expect(cards).toHaveCount(1);
  await expect(cards.locator('h2')).toHaveText('Nguyễn Văn Thử <img src=x onerror=alert(1)>');
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  // The file was read in the browser: nothing went over the network.
  expect(requests.all.slice(before)).toEqual([]);

  await page.locator('input[type=file]').setInputFiles(BUNDLED);
  await expect(page.locator('.checker-summary')).toHaveText('0 lỗi, 0 cảnh báo trong 13 mục / 0 errors, 0 warnings in 13 entries');
  await expect(page.locator('.problems > li')).toHaveCount(0);
  await expect(page.locator('.checker-preview article.card')).toHaveCount(13);

  await page.getByRole('button', { name: 'Quay lại danh sách' }).click();
  await expect(page).toHaveURL(/\/$/);
});

test('a file that is not JSON says where it breaks', async ({ page }) => {
  await page.goto('/trinh-chieu/?kiem-tra=1');
  const broken = readFileSync(BUNDLED, 'utf8').slice(0, 400);
  await page.locator('input[type=file]').setInputFiles({ name: 'hong.json', mimeType: 'application/json', buffer: Buffer.from(broken) });
  await expect(page.locator('.problems > li')).toHaveCount(1);
  await expect(page.locator('.problems > li')).toContainText(/không phải JSON hợp lệ \(lỗi ở dòng \d+, cột \d+\)/);
  await expect(page.locator('.problems > li')).toContainText(/is not valid JSON \(error at line \d+, column \d+\)/);
  await expect(page.locator('.checker-preview article.card')).toHaveCount(0);
  await expect(page.locator('.checker-preview')).toContainText('Chưa có mục hợp lệ nào để xem trước');
});

test('a file with one of each problem gives, on the page, the report the command gives', async ({ page }) => {
  // tests/kiem_tra.rs checks the command's output against the same file.
  const fixtures = path.resolve(__dirname, '..', '..', 'tests', 'fixtures');
  const lines = readFileSync(path.join(fixtures, 'one-of-each.expected.txt'), 'utf8').trimEnd().split('\n');
  const summary = lines.pop()!;
  const expected: [string, string][] = [];
  for (let i = 0; i < lines.length; i += 2) {
    expected.push([lines[i].replace(/^(LỖI \/ ERROR|CẢNH BÁO \/ WARNING): /, ''), lines[i + 1].trim()]);
  }
  expect(expected.length).toBeGreaterThan(10);
  await page.goto('/trinh-chieu/?kiem-tra=1');
  await page.locator('input[type=file]').setInputFiles(path.join(fixtures, 'one-of-each.json'));
  await expect(page.locator('.checker-summary')).toHaveText(summary);
  const shown = await page
    .locator('.problems > li')
    .evaluateAll((items) => items.map((li) => [li.children[0].textContent, li.children[1].textContent]));
  expect(shown).toEqual(expected);
});

test('a file saved with a byte-order mark and a byte that is not UTF-8 is read as the app reads it', async ({ page }) => {
  await page.goto('/trinh-chieu/?kiem-tra=1');
  const text = readFileSync(BUNDLED, 'utf8');
  expect(text).toContain('"name": "Hoàng Văn Vạn"');
  const bytes = Buffer.from(text.replace('"name": "Hoàng Văn Vạn"', '"name": "\u0001MARK Hoàng Văn Vạn"'), 'utf8');
  bytes[bytes.indexOf('\u0001MARK')] = 0xff;
  const file = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]);
  await page.locator('input[type=file]').setInputFiles({ name: 'windows.json', mimeType: 'application/json', buffer: file });
  await expect(page.locator('.checker-summary')).toHaveText('0 lỗi, 0 cảnh báo trong 13 mục / 0 errors, 0 warnings in 13 entries');
  await expect(page.locator('.checker-preview article.card').filter({ hasText: '\uFFFDMARK' })).toHaveCount(1);
});
