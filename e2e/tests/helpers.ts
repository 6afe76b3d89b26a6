// Shared helpers for Gương sáng's Playwright tests.
//
// Import `test` and `expect` from here instead of '@playwright/test':
//
//   import { test, expect } from './helpers';
//
//   test('something', async ({ page, requests }) => {
//     await page.goto('/');
//     ...
//     requests.expectAllLocal();          // optional: also checked after every test
//   });
//
// The `requests` fixture records every request the browser context makes
// (pages, frames, workers, fetch/XHR, images, fonts, ...). The app must load
// nothing from the internet, so:
//   * any request to a host other than localhost / 127.0.0.1 / [::1] is aborted
//     before it leaves the machine (it is still recorded), and
//   * after each test the fixture fails the test if such a request was made.
// A test that deliberately makes external requests can opt out of the
// end-of-test check with `test.use({ allowExternalRequests: true })`.
import { test as base, expect, type BrowserContext, type Locator, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

export { expect };

const LOCAL_HOSTNAMES = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);
// Schemes that never touch the network.
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:', 'file:']);

/** True if loading `url` does not leave this machine. */
export function isLocalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (LOCAL_SCHEMES.has(parsed.protocol)) return true;
  return LOCAL_HOSTNAMES.has(parsed.hostname);
}

export interface RecordedRequest {
  url: string;
  method: string;
  resourceType: string;
}

/** Every request made by the pages it is attached to, in order. */
export class RequestLog {
  readonly all: RecordedRequest[] = [];

  /** Start recording the requests of a browser context (or a single page). */
  attach(target: BrowserContext | Page): void {
    target.on('request', (request) => {
      this.all.push({
        url: request.url(),
        method: request.method(),
        resourceType: request.resourceType(),
      });
    });
  }

  /** URLs of all recorded requests. */
  urls(): string[] {
    return this.all.map((r) => r.url);
  }

  /** Recorded requests that went (or tried to go) off this machine. */
  external(): RecordedRequest[] {
    return this.all.filter((r) => !isLocalUrl(r.url));
  }

  /** Assert that no recorded request left localhost / 127.0.0.1. */
  expectAllLocal(): void {
    expect(
      this.external().map((r) => `${r.method} ${r.url} (${r.resourceType})`),
      'requests that left localhost/127.0.0.1',
    ).toEqual([]);
  }
}

/**
 * Record every request of a page's context and abort the ones that would
 * leave this machine. For use outside the `requests` fixture (e.g. with a
 * context a test creates itself).
 */
export async function recordRequests(target: BrowserContext | Page): Promise<RequestLog> {
  const log = new RequestLog();
  log.attach(target);
  await target.route((url) => !isLocalUrl(url.href), (route) => route.abort('blockedbyclient'));
  return log;
}

type Fixtures = {
  /** Set to true to skip the end-of-test "no external requests" check. */
  allowExternalRequests: boolean;
  /** Requests made by the test's browser context. */
  requests: RequestLog;
};

export const test = base.extend<Fixtures>({
  allowExternalRequests: [false, { option: true }],
  requests: [
    async ({ context, allowExternalRequests }, use) => {
      const log = await recordRequests(context);
      await use(log);
      if (!allowExternalRequests) log.expectAllLocal();
    },
    // auto: every test that imports `test` from here is recorded and checked,
    // whether or not it names the fixture.
    { auto: true },
  ],
});

// ---------------------------------------------------------------------------
// Page helpers for the feature specs.

/** The viewport of a common phone (iPhone 12–15 class). */
export const PHONE = { width: 390, height: 844 };
/** The narrowest phone the layout supports. */
export const SMALL_PHONE = { width: 320, height: 640 };
/** A laptop screen. */
export const DESKTOP = { width: 1280, height: 800 };

/** Everything in the data file, in the default (Vietnamese A–Z) order. */
export const TOTAL = 13;

/**
 * Wait until the app has taken over the first screen that index.html brings
 * prerendered (the root loses its data-prerendered mark then). Before that,
 * the page shows real cards but does not react to filters.
 */
export async function appReady(page: Page): Promise<void> {
  await page.locator('#app:not([data-prerendered])').waitFor({ state: 'attached' });
}

/**
 * Open `path` and wait until the app has mounted and shows its result count
 * (i.e. the data loaded and the list rendered).
 */
export async function openList(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await appReady(page);
  await expect(page.locator('#result-count')).toBeVisible();
}

/** The card grid's cards. */
export function cards(page: Page) {
  return page.locator('ul.cards > li > article.card');
}

/** The card heading links (their text is the entry's name as shown). */
export function cardLinks(page: Page) {
  return page.locator('ul.cards > li > article.card h2 > a');
}

/**
 * The names on the cards, top to bottom. Wait for the expected count first.
 * Read as textContent: innerText follows the rendering, and Chromium may give
 * "" for a card whose rendering content-visibility skips at that moment.
 */
export async function cardNames(page: Page): Promise<string[]> {
  return (await cardLinks(page).allTextContents()).map((s) => s.trim());
}

/** The search box. */
export function searchBox(page: Page) {
  return page.getByLabel('Tìm theo tên, chức vụ, đơn vị, thôn');
}

/** The filter panel (`<details>`). */
export function filters(page: Page) {
  return page.locator('details.filters');
}

/** Open the filter panel if it is closed (it is closed on phones). */
export async function openFilters(page: Page): Promise<void> {
  const panel = filters(page);
  if (!(await panel.evaluate((d) => (d as HTMLDetailsElement).open))) {
    await panel.locator('summary').click();
  }
  await expect(panel).toHaveAttribute('open', '');
}

/** A facet value's checkbox, by its label ("Bản Tào", "Mô hình tập thể"...). */
export function facetBox(page: Page, label: string) {
  return page.getByRole('checkbox', { name: new RegExp(`^${escapeRegExp(label)}(\\s|$)`) });
}

/** The count shown next to a facet value. */
export function facetCount(page: Page, label: string) {
  const exact = new RegExp(`^${escapeRegExp(label)}$`);
  return page
    .locator('label.option', { has: page.locator('span.option-label', { hasText: exact }) })
    .locator('span.count');
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The detail layer's dialog. */
export function detail(page: Page) {
  return page.getByRole('dialog');
}

/** The URL's query parameters. */
export function params(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}

/** The document's scroll width: more than the viewport's width means sideways scrolling. */
export async function documentScrollWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

/** The "no results" panel. */
export function emptyState(page: Page) {
  return page.locator('.empty');
}

/** Reads the QR code in `svg` from its pixels, as a phone camera would. */
export async function decodeQr(svg: Locator): Promise<string | null> {
  const png = PNG.sync.read(await svg.screenshot());
  const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  return code ? code.data : null;
}
