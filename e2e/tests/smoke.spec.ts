// Smoke test: the release build in dist/ loads, the WebAssembly app mounts,
// the document head is complete, and nothing is fetched from the internet.
import { test, expect, appReady } from './helpers';

test('page loads, head is complete, nothing leaves localhost', async ({ page, requests }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (err) => pageErrors.push(err.message));

  const response = await page.goto('/');
  expect(response?.status(), 'status of GET /').toBe(200);

  // The first screen comes prerendered; the app then takes it over.
  await expect(page.locator('main')).toBeVisible();
  await appReady(page);
  await page.waitForLoadState('networkidle');

  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');

  const title = await page.title();
  expect(title.trim(), '<title>').not.toBe('');

  const description = page.locator('head meta[name="description"]');
  await expect(description).toHaveCount(1);
  expect((await description.getAttribute('content'))?.trim(), 'meta description').toBeTruthy();

  const favicon = page.locator('head link[rel~="icon"]');
  await expect(favicon.first()).toBeAttached();
  const faviconHref = await favicon.first().getAttribute('href');
  expect(faviconHref, 'favicon href').toBeTruthy();
  const faviconResponse = await page.request.get(new URL(faviconHref!, page.url()).href);
  expect(faviconResponse.status(), `GET ${faviconHref}`).toBe(200);

  // The page fetched its wasm module from the local server.
  expect(requests.urls().some((u) => u.endsWith('.wasm')), 'a .wasm request').toBe(true);

  expect(pageErrors, 'uncaught errors in the page').toEqual([]);
  requests.expectAllLocal();
});
