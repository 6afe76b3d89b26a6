// Gương sáng's service worker: after one visit the app opens and works with
// the network off (README, "Offline"). Release builds stamp BUILD below
// (scripts/service-worker.mjs): a version made from every file's content,
// and the files of both pages, which are cached on install.
const BUILD = { version: "unstamped", files: [] };

const CACHE = `gs-${BUILD.version}`;
const SCOPE = new URL(self.registration.scope);
const DATA = "data/guong-sang.json";
// The app checks for newer data, and takes it, with requests for DATA that
// carry this header (src/data_update.rs); the newer copy waits under PENDING.
const INTENT = "x-guong-sang";
const CHECK = "kiem-tra";
const ACCEPT = "nhan";
const PENDING = "?moi";

const at = (path) => new URL(path, SCOPE).href;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(BUILD.files.map((f) => new Request(at(f), { cache: "reload" })))),
  );
});

// The new version takes over only when the page asks (the visitor chose
// "Tải lại"), then removes every older version's cache.
self.addEventListener("message", (event) => {
  if (event.data === "skip-waiting") self.skipWaiting();
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("gs-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || !request.url.startsWith(SCOPE.href)) return;
  const url = new URL(request.url);
  const path = url.pathname.slice(SCOPE.pathname.length);
  if (request.mode === "navigate") {
    // Any query string (a search, a filter, an entry, a slide) is the same page.
    const page = path.startsWith("trinh-chieu/") ? "trinh-chieu/index.html" : "index.html";
    if (path === "" || path === "index.html" || path === "trinh-chieu/" || path === "trinh-chieu/index.html") {
      event.respondWith(cached(at(page)).then((r) => r || fetch(request)));
    }
    return;
  }
  const intent = request.headers.get(INTENT);
  if (path === DATA && intent === CHECK) return event.respondWith(check());
  if (path === DATA && intent === ACCEPT) return event.respondWith(accept());
  event.respondWith(
    cached(path === DATA ? at(DATA) : request, path !== DATA).then((r) => r || fetch(request)),
  );
});

function cached(request, ignoreSearch = false) {
  return caches.open(CACHE).then((cache) => cache.match(request, { ignoreSearch }));
}

// The data as the server has it now. A copy that is JSON waits under PENDING
// until the app, having checked its entries, takes it; anything else (offline,
// an HTTP error, a broken file) leaves the data in use as it is.
async function check() {
  // Revalidated through the HTTP cache: a 304 costs no download.
  const response = await fetch(at(DATA), { cache: "no-cache" });
  if (response.ok) {
    try {
      JSON.parse(await response.clone().text());
      const cache = await caches.open(CACHE);
      await cache.put(at(DATA + PENDING), response.clone());
    } catch {
      // Not JSON: never kept.
    }
  }
  return response;
}

async function accept() {
  const cache = await caches.open(CACHE);
  const pending = await cache.match(at(DATA + PENDING));
  if (pending) {
    await cache.put(at(DATA), pending);
    await cache.delete(at(DATA + PENDING));
  }
  return new Response(null, { status: 204 });
}
