// Offline: the service worker (public/sw.js, stamped by
// scripts/service-worker.mjs), the manifest, a new version offered rather
// than forced, and data updates that never replace good data with bad.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { test, expect, appReady, cards, decodeQr, openList, searchBox, TOTAL } from './helpers';

test.use({ serviceWorkers: 'allow' });

const DIST = path.resolve(__dirname, '..', '..', 'dist');

/** Waits until the worker has cached both pages and controls `page`. */
async function workerReady(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** A copy of dist/ served on its own port, so a test can change what it serves. */
class Site {
  readonly dir = mkdtempSync(path.join(tmpdir(), 'gs-offline-'));
  private server?: ChildProcess;
  url = '';

  async start(): Promise<void> {
    cpSync(DIST, this.dir, { recursive: true });
    const port = Number(
      execFileSync('python3', ['-c', 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'], { encoding: 'utf8' }).trim(),
    );
    this.server = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', this.dir], { stdio: 'ignore' });
    this.url = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 100; i++) {
      try {
        const r = await fetch(`${this.url}/index.html`);
        if (r.ok) return;
      } catch {
        // not up yet
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('the test server did not start');
  }

  file(name: string): string {
    return path.join(this.dir, name);
  }

  /** Replaces a file as a deploy would, dated later than anything served
   * so far: the server's Last-Modified has one-second steps, and a browser
   * revalidating within the same second would be told "not modified". */
  write(name: string, text: string): void {
    writeFileSync(this.file(name), text);
    const later = new Date(Date.now() + 60_000);
    utimesSync(this.file(name), later, later);
  }

  stop(): void {
    this.server?.kill();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

test('after one visit, the app works with the network off: search, filter, an entry, the slideshow', async ({ page, context }) => {
  await openList(page, '/');
  await workerReady(page);
  await context.setOffline(true);

  await page.reload();
  await appReady(page);
  await expect(cards(page)).toHaveCount(TOTAL);
  await searchBox(page).fill('hoang');
  await expect(cards(page)).toHaveCount(3);

  await page.goto('/?loai=mo-hinh');
  await appReady(page);
  await expect(page.locator('#result-count')).toHaveText('Tìm thấy 5 trong 13 mục');

  await page.goto('/?muc=hoang-van-van');
  await appReady(page);
  await expect(page.getByRole('dialog').getByRole('heading', { level: 1 })).toHaveText('Hoàng Văn Vạn');

  await page.goto('/trinh-chieu/?loai=mo-hinh&trinh-chieu=1');
  await expect(page.locator('.slide-progress')).toHaveText('1 / 5');
  const origin = new URL(page.url()).origin;
  expect(await decodeQr(page.locator('.slide svg.qr'))).toMatch(new RegExp(`^${origin}/\\?muc=mo-hinh-`));
});

test('the manifest and worker meet Chromium\'s install criteria; the icons have the sizes it names', async ({ baseURL }) => {
  // A profile on disk: Chromium never offers to install from an incognito
  // profile, which is what test contexts are.
  const profile = mkdtempSync(path.join(tmpdir(), 'gs-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox'],
    serviceWorkers: 'allow',
  });
  try {
    const page = await context.newPage();
    await page.goto(`${baseURL}/`);
    await appReady(page);
    await workerReady(page);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    const manifest = await (await page.request.get(`${baseURL}/manifest.webmanifest`)).json();
    expect(manifest).toMatchObject({
      lang: 'vi',
      short_name: 'Gương sáng',
      start_url: './',
      scope: './',
      display: 'standalone',
    });
    const purposes = new Set<string>();
    for (const icon of manifest.icons) {
      const response = await page.request.get(`${baseURL}/${icon.src}`);
      expect(response.ok(), icon.src).toBe(true);
      const png = PNG.sync.read(await response.body());
      expect(`${png.width}x${png.height}`).toBe(icon.sizes);
      purposes.add(icon.purpose);
    }
    expect([...purposes].sort()).toEqual(['any', 'maskable']);
    expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

test.describe('on a site that changes', () => {
  let site: Site;
  test.beforeEach(async () => {
    site = new Site();
    await site.start();
  });
  test.afterEach(() => site.stop());

  test('a new build is offered, then loaded, and the old cache is gone', async ({ page }) => {
    await page.goto(`${site.url}/`);
    await appReady(page);
    await workerReady(page);
    const before = await page.evaluate(() => caches.keys());
    expect(before).toHaveLength(1);

    // "Deploy" a new build: new content, so a new worker version.
    const sw = readFileSync(site.file('sw.js'), 'utf8');
    site.write('sw.js', sw.replace(/"version":"([0-9a-f]+)"/, '"version":"0000$1"'));
    const html = readFileSync(site.file('index.html'), 'utf8');
    site.write('index.html', html.replace('<title>', '<title>Bản mới – '));

    await page.reload();
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    const notice = page.locator('.update-notice');
    await expect(notice).toContainText('Đã có phiên bản mới.');
    // Nothing changed under the visitor until they choose.
    expect(await page.title()).not.toContain('Bản mới');
    await notice.getByRole('button', { name: 'Tải lại' }).click();
    await expect(page).toHaveTitle(/^Bản mới – /);
    await appReady(page);
    await expect.poll(() => page.evaluate(() => caches.keys())).toEqual([before[0].replace(/^gs-/, 'gs-0000')]);
  });

  test('newer data is offered, shown when chosen, and kept for the next visits', async ({ page }) => {
    await page.goto(`${site.url}/`);
    await appReady(page);
    await workerReady(page);
    // A valid update: one more entry (synthetic, for this test only).
    const data = JSON.parse(readFileSync(site.file('data/guong-sang.json'), 'utf8'));
    const extra = { ...data.communes[0].entries[0], id: 'synthetic-nguoi-moi', name: 'Người Mới Giả Lập' };
    data.communes[0].entries.push(extra);
    site.write('data/guong-sang.json', JSON.stringify(data));

    await page.reload();
    await appReady(page);
    const notice = page.locator('.update-notice');
    await expect(notice).toContainText('Đã có dữ liệu mới.');
    await expect(page.locator('#result-count')).toHaveText(`Hiển thị tất cả ${TOTAL} mục`);
    await notice.getByRole('button', { name: 'Xem dữ liệu mới' }).click();
    await expect(page.locator('#result-count')).toHaveText(`Hiển thị tất cả ${TOTAL + 1} mục`);
    await expect(notice).toHaveCount(0);

    // The chosen data is what the next visit opens with, offline too.
    await page.context().setOffline(true);
    await page.reload();
    await appReady(page);
    await expect(page.locator('#result-count')).toHaveText(`Hiển thị tất cả ${TOTAL + 1} mục`);
  });

  for (const [what, breakIt] of [
    ['broken JSON', (file: string) => writeFileSync(file, '{ "schema": 1, "communes": [')],
    ['a file with no valid entries', (file: string) => writeFileSync(file, '{"schema": 1, "communes": []}')],
    ['a missing file (HTTP 404)', (file: string) => unlinkSync(file)],
  ] as const) {
    test(`${what} on the server never replaces the good data`, async ({ page }) => {
      await page.goto(`${site.url}/`);
      await appReady(page);
      await workerReady(page);
      const file = site.file('data/guong-sang.json');
      breakIt(file);
      if (existsSync(file)) site.write('data/guong-sang.json', readFileSync(file, 'utf8'));
      const checked = page.waitForResponse((r) => r.request().headers()['x-guong-sang'] === 'kiem-tra');
      await page.reload();
      await appReady(page);
      await checked.catch(() => undefined);
      await expect(page.locator('#result-count')).toHaveText(`Hiển thị tất cả ${TOTAL} mục`);
      await expect(page.locator('.update-notice')).toHaveCount(0);
      await expect(page.locator('.notice-error')).toHaveCount(0);
      // And offline, the good data is still there.
      await page.context().setOffline(true);
      await page.reload();
      await appReady(page);
      await expect(cards(page)).toHaveCount(TOTAL);
    });
  }

  test('without a service worker (an old browser, a private window) the app works as before', async ({ browser }) => {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(`${site.url}/`);
    await appReady(page);
    await expect(cards(page)).toHaveCount(TOTAL);
    expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
    await context.close();
  });
});

test('on a secure origin (here 127.0.0.1) the worker registers for the whole site', async ({ page }) => {
  await openList(page, '/');
  expect(await page.evaluate(() => window.isSecureContext)).toBe(true);
  await workerReady(page);
  const scope = await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.scope));
  expect(scope).toBe(new URL('/', page.url()).href);
});
