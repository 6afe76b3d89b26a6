// The speed benchmark of the built app: measures dist/ in headless Chromium
// and prints ONE markdown table. It never passes or fails on a number: it
// exits non-zero only when it cannot measure at all (no dist/, no browser).
//
//   node scripts/bench.mjs [--runs N] [--quick] [--dist DIR] [--max-minutes M]
//
//   --runs N         cold loads per load measure, and times the phrase is typed
//                    and the filter ticked per size (default 5)
//   --quick          1 run, sizes 13 and 10,000 only: for trying it out
//   --dist DIR       the built site to measure (default: dist/)
//   --max-minutes M  stop measuring after M minutes (default 40); what was not
//                    measured by then shows as n/a
//
// Usually run through scripts/bench.sh, which builds dist/ first.
//
// What it measures, and how (Chrome DevTools Protocol via Playwright):
// - Bytes of every file of a first load, raw, gzip -9 and brotli 11, and the
//   total: measure() of scripts/size-check.mjs.
// - First card and first keystroke handled, as a phone on a slow network:
//   Lighthouse's mobile throttling (150 ms round trip, 1.6 Mbps down,
//   750 Kbps up through Network.emulateNetworkConditions; CPU 4x through
//   Emulation.setCPUThrottlingRate), a 412x823 touch screen, each load in a
//   new browser context with the cache disabled. Median and min-max of --runs
//   loads each.
//   * First card: the earliest Element Timing entry (renderTime) of the card
//     titles (elementtiming="card-title"), from navigation start. Without such
//     entries it reports first-contentful-paint instead and says so.
//   * First keystroke handled: one letter is typed into #search as soon as it
//     can be; the time when location.search first holds q= (checked every
//     animation frame) is when the app handled it.
// - Keystroke to painted, with the real data (13 entries) and 1,000 and 10,000
//   synthetic ones (scripts/synthetic-data.mjs, served in place of
//   data/guong-sang.json through page.route), each at CPU 1x and 4x, network
//   unthrottled: "nguyen van" typed one key at a time, waiting before each key
//   until the page's DOM has been still for three frames (the list draws a
//   page a few cards a frame). t0 is the keydown's event.timeStamp; t1 is taken
//   after the next paint following it (requestAnimationFrame, then a
//   MessageChannel message, both asked for in a capture listener that runs
//   before the app's own: what the app posts to run after the paint is not
//   timed). A key counts when an input event followed it. Facet change: the
//   same around the change event of a `.facet input[type=checkbox]` ticked
//   and unticked in turn, ten times a run.
// - The browser's own share of a keystroke, at the biggest size: the same
//   phrase typed the same way into a bare input put beside the search box,
//   which no app code listens to (editing, style, layout and paint of this
//   page; what the app adds to a keystroke is the difference).
// - The app's own JS per keystroke and per filter change, at the biggest size,
//   after the timed keys and ticks: the phrase "typed" and the filter ticked
//   by events dispatched from script on a settled page, each timed from the
//   dispatch to the next task (every listener and the microtasks they queued).
//   No frame, style, layout or paint: what the app's code costs, with less
//   swing than the paint (appJs()).
// - DOM calls before the paint, per keystroke and per filter change, at the
//   biggest size, CPU 1x, in a page of their own: the DOM methods and setters
//   a Leptos view uses (createElement, cloneNode, insertBefore, remove,
//   attribute, class, text and property writes, listeners) wrapped to count
//   calls, from the keydown (or the change event's capture) to the
//   requestAnimationFrame before the paint. A count is steady on a busy
//   machine, where the times are not.
// - At 10,000 entries: cards (`.cards > li`, not the loading skeleton's) and
//   DOM nodes after load, peak JS
//   heap during the load (Performance.getMetrics JSHeapUsedSize, sampled every
//   100 ms), wasm memory (the instance caught by wrapping
//   WebAssembly.instantiate*) once the app's check for newer data has
//   ended, and the time from the data's arrival
//   (Resource Timing responseEnd) to the first frame after it in which
//   #result-count shows the total ("10.000"; a pre-rendered count from
//   before the data arrived does not count), and the longest task (Long
//   Tasks API, 50 ms and more) that ran in that time. These last two are the
//   median and min-max of --runs cold loads (the others come from the first).
//
// dist/ is served by scripts/static-server.mjs on 127.0.0.1 and a free port,
// which honours Accept-Encoding like a real host (.br / .gz siblings).
// Progress goes to stderr; the table to stdout. Whatever could not be measured
// shows as n/a with the reason in the note column (a missing attribute, a
// timeout, an uncaught error in the page: loads give up 15 s after one). A
// note also says when typing left no q= in the URL or a filter click did not
// change it, since then the paint timed may not be the app's.
// JSHeapUsedSize does not count large strings kept outside V8's heap (the
// fetched JSON text may be one), nor the wasm memory, reported on its own.

import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { start as startServer } from "./static-server.mjs";
import { synthesize } from "./synthetic-data.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const PHRASE = "nguyen van";
// Changes of the filter per run, ticked and unticked in turn: as many samples
// as the phrase has keys, as a tick's time swings as much as a key's. Even, so
// each run ends with the filter as it began.
const TICKS = 10;
// A bare input put beside the search box: no app code listens to it.
const BARE_ID = "bench-bare";
const DATA_GLOB = "**/data/guong-sang.json";

// Lighthouse's mobile ("slow 4G") throttling; Kbps as Lighthouse counts them
// (1 Kbps = 1024 bit/s), given to CDP in bytes per second.
const MOBILE_NETWORK = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};
const MOBILE_CPU = 4;
const PHONE = {
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
  isMobile: true,
  hasTouch: true,
  locale: "vi-VN",
};

// Timeouts (ms): every wait has one.
const LOAD_TIMEOUT = 120_000;
const STEP_TIMEOUT = 60_000;
const PAGE_ERROR_GRACE = 15_000;
// After the cards are in the DOM: how long their Element Timing entries, or
// else first-contentful-paint, may take to be reported.
const ELEMENT_TIMING_WAIT = 5_000;
const FCP_WAIT = 15_000;

// --- Arguments ----------------------------------------------------------------

function usage() {
  return "usage: node scripts/bench.mjs [--runs N] [--quick] [--dist DIR] [--max-minutes M]";
}

function parseArgs(argv) {
  const opts = { runs: 5, quick: false, dist: path.join(ROOT, "dist"), maxMinutes: 40 };
  let runsGiven = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [name, inline] = arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === "") throw new Error(`${name} needs a value`);
      return v;
    };
    switch (name) {
      case "--runs": {
        const n = Number(value());
        if (!Number.isInteger(n) || n < 1) throw new Error("--runs needs a positive integer");
        opts.runs = n;
        runsGiven = true;
        break;
      }
      case "--quick":
        opts.quick = true;
        break;
      case "--dist":
        opts.dist = path.resolve(value());
        break;
      case "--max-minutes": {
        const n = Number(value());
        if (!(n > 0)) throw new Error("--max-minutes needs a positive number");
        opts.maxMinutes = n;
        break;
      }
      case "-h":
      case "--help":
        opts.help = true;
        break;
      default:
        throw new Error(`unknown argument: ${arg}`);
    }
  }
  if (opts.quick && !runsGiven) opts.runs = 1;
  opts.sizes = opts.quick ? [13, 10_000] : [13, 1_000, 10_000];
  return opts;
}

// --- Small helpers --------------------------------------------------------------

const log = (...a) => console.error("bench:", ...a);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const int = (n) => Math.round(n).toLocaleString("en-US");
const ms = (n) => (n == null || !Number.isFinite(n) ? "n/a" : `${n < 10 ? n.toFixed(1) : int(n)} ms`);
const mb = (bytes) => (bytes == null ? "n/a" : `${(bytes / (1024 * 1024)).toFixed(1)} MB`);
/** "10.000": how the app prints a count (src/strings.rs `number`). */
const appNumber = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".");

function median(xs) {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
function stats(xs) {
  const v = xs.filter((x) => x != null && Number.isFinite(x));
  if (!v.length) return null;
  return { median: median(v), min: Math.min(...v), max: Math.max(...v), n: v.length };
}

/** `promise`, or a rejection after `timeout` ms naming `what`. */
function withTimeout(promise, timeout, what) {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${timeout / 1000} s: ${what}`)), timeout);
    }),
  ]);
}

/** Playwright's chromium, from e2e/node_modules (no extra npm package). */
function loadChromium() {
  const require = createRequire(path.join(ROOT, "e2e", "package.json"));
  for (const name of ["playwright-core", "playwright", "@playwright/test"]) {
    try {
      const mod = require(name);
      if (mod.chromium) return mod.chromium;
    } catch {
      // try the next one
    }
  }
  throw new Error("Playwright is not installed in e2e/node_modules: run `scripts/setup.sh --browser` (it runs npm ci in e2e/)");
}

// --- In-page instrumentation ------------------------------------------------------

/**
 * Runs in every page before the app's scripts (context.addInitScript).
 * Everything it records is in window.__gsBench.
 */
function instrument(cfg) {
  const B = (window.__gsBench = {
    cfg,
    elementTimes: [],
    samples: [],
    key: null,
    firstKeyAt: null,
    firstQAt: null,
    usableAt: null,
    wasm: [],
    longTasks: [],
  });
  const now = () => performance.now();
  // The search box, and the bare input the floor row types into.
  const isSearch = (t) => t && (t.id === "search" || t.id === cfg.bareId);
  // After the next paint: rAF runs before the frame's paint; a message posted
  // from it is handled after that paint. It is asked for in capture listeners
  // on window, which run before any of the app's, so this frame callback and
  // its message come before any the app queues while handling the event:
  // work the app posts from its own frame callbacks to run after the paint
  // (the rest of a page of cards, freeing the cards that left) is not timed.
  // `d0`: the DOM call count at the event, for the calls made until the paint
  // (counted when the message arrives: the app's frame callbacks run after
  // this one, before the paint).
  const afterPaint = (done, d0) =>
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => done(now(), domSince(d0));
      ch.port2.postMessage(0);
    });

  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.identifier === "card-title") B.elementTimes.push(e.renderTime || e.loadTime);
      }
    }).observe({ type: "element", buffered: true });
  } catch {
    B.noElementTiming = true;
  }
  // Tasks of 50 ms and more: the page takes no input while one runs.
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) B.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: "longtask", buffered: true });
  } catch {
    B.noLongTasks = true;
  }

  // DOM calls, counted only in a page of their own (the wrappers cost time).
  if (cfg.countDom) {
    B.dom = 0;
    const count = (proto, name) => {
      const f = proto[name];
      if (typeof f === "function") {
        proto[name] = function (...args) {
          B.dom++;
          return f.apply(this, args);
        };
      }
    };
    const countSet = (proto, name) => {
      const d = Object.getOwnPropertyDescriptor(proto, name);
      if (d && d.set) {
        Object.defineProperty(proto, name, {
          ...d,
          set(v) {
            B.dom++;
            d.set.call(this, v);
          },
        });
      }
    };
    for (const n of ["createElement", "createTextNode", "createComment"]) count(Document.prototype, n);
    for (const n of ["insertBefore", "appendChild", "removeChild", "replaceChild", "cloneNode"]) count(Node.prototype, n);
    for (const n of ["remove", "setAttribute", "removeAttribute", "append", "prepend", "before", "after", "replaceWith"]) {
      count(Element.prototype, n);
    }
    for (const n of ["remove", "before", "after", "replaceWith"]) count(CharacterData.prototype, n);
    for (const n of ["add", "remove", "toggle"]) count(DOMTokenList.prototype, n);
    for (const n of ["addEventListener", "removeEventListener"]) count(EventTarget.prototype, n);
    for (const n of ["nodeValue", "textContent", "data"]) countSet(n === "data" ? CharacterData.prototype : Node.prototype, n);
    countSet(HTMLInputElement.prototype, "checked");
    countSet(HTMLInputElement.prototype, "value");
    countSet(HTMLSelectElement.prototype, "value");
  }
  // The DOM calls from the event to the paint (null when not counted).
  const domSince = (d0) => (cfg.countDom ? B.dom - d0 : null);

  // A key is timed when it changed the box (an input event followed it).
  addEventListener(
    "keydown",
    (e) => {
      if (!isSearch(e.target)) return;
      if (B.firstKeyAt == null) B.firstKeyAt = e.timeStamp;
      const key = (B.key = { t0: e.timeStamp, input: false });
      afterPaint((t1, dom) => key.input && B.samples.push({ kind: "key", t0: key.t0, t1, dom }), B.dom);
    },
    true,
  );
  addEventListener(
    "input",
    (e) => {
      if (!isSearch(e.target) || !B.key) return;
      B.key.input = true;
      B.key = null;
    },
    true,
  );
  addEventListener(
    "change",
    (e) => {
      const t = e.target;
      if (!(t && t.matches && t.matches(".facet input[type=checkbox]"))) return;
      const t0 = e.timeStamp;
      afterPaint((t1, dom) => B.samples.push({ kind: "facet", t0, t1, dom }), B.dom);
    },
    true,
  );

  if (cfg.watchQuery) {
    const poll = () => {
      if (/(^\?|&)q=/.test(location.search)) B.firstQAt = now();
      else requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  }
  if (cfg.expectCount) {
    // "Hiển thị tất cả 10.000 mục": every number in the line is the total.
    const poll = () => {
      const el = document.getElementById("result-count");
      const nums = (el && el.textContent.match(/\d[\d.]*\d|\d/g)) || [];
      const shows = nums.length > 0 && nums.every((x) => x === cfg.expectCount);
      // A pre-rendered page can show a count before the data arrives.
      const arrived = shows && performance.getEntriesByType("resource").some((e) => e.name.includes("data/guong-sang.json"));
      if (shows) B.countShownAt ??= now();
      if (arrived) B.usableAt = now();
      else requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  }

  const catchInstance = (name) => {
    const orig = WebAssembly[name];
    if (typeof orig !== "function") return;
    WebAssembly[name] = function (...args) {
      return orig.apply(this, args).then((r) => {
        B.wasm.push(r instanceof WebAssembly.Instance ? r : r.instance);
        return r;
      });
    };
  };
  catchInstance("instantiateStreaming");
  catchInstance("instantiate");
}

/** Read in the page once a load is done. */
function readLoad() {
  const B = window.__gsBench;
  // The first request is the load; a later one is the app's check for a
  // newer file (src/data_update.rs), which comes after the list is usable.
  const data = performance
    .getEntriesByType("resource")
    .filter((e) => e.name.includes("data/guong-sang.json"))[0];
  let wasmBytes = null;
  for (const inst of B.wasm) {
    for (const v of Object.values((inst && inst.exports) || {})) {
      if (v instanceof WebAssembly.Memory) wasmBytes = (wasmBytes || 0) + v.buffer.byteLength;
    }
  }
  const fcp = performance.getEntriesByName("first-contentful-paint")[0];
  return {
    timeOrigin: performance.timeOrigin,
    dataResponseEnd: data && data.responseEnd > 0 ? data.responseEnd : null,
    usableAt: B.usableAt,
    // Not the loading skeleton's placeholders (an aria-hidden list).
    cards: document.querySelectorAll('.cards:not([aria-hidden="true"]) > li:not(.card-skeleton)').length,
    domNodes: document.getElementsByTagName("*").length,
    wasmBytes,
    wasmInstances: B.wasm.length,
    fcp: fcp ? fcp.startTime : null,
    elementTimes: B.elementTimes.slice(),
    elementTimingAttrs: document.querySelectorAll('[elementtiming="card-title"]').length,
    noElementTiming: !!B.noElementTiming,
    longTasks: B.noLongTasks ? null : B.longTasks.slice(),
  };
}

/** True when #result-count shows the whole list: every number in it is `want`. */
function showsAll(want) {
  const el = document.getElementById("result-count");
  const nums = (el && el.textContent.match(/\d[\d.]*\d|\d/g)) || [];
  return nums.length > 0 && nums.every((x) => x === want);
}

/** The second request for the data file, the app's check for a newer one, has its answer. */
function newerDataChecked() {
  const asked = performance.getEntriesByType("resource").filter((e) => e.name.includes("data/guong-sang.json"));
  return asked.length >= 2 && asked[1].responseEnd > 0;
}

/** Resolves once the page has had two frames and a task with nothing pending. */
function idle() {
  return new Promise((resolve) =>
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => resolve();
        ch.port2.postMessage(0);
      }),
    ),
  );
}

/**
 * Resolves once the page's DOM has been still for three frames in a row (a
 * list still drawing its page a few cards a frame keeps it waiting), then
 * after a task. Each keystroke and tick starts from a settled page, so what it
 * is timed with is its own work, not the end of the one before.
 */
function settled() {
  return new Promise((resolve) => {
    let still = 0;
    const watch = new MutationObserver(() => (still = 0));
    watch.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    const frame = () => {
      if (++still < 3) {
        requestAnimationFrame(frame);
        return;
      }
      watch.disconnect();
      const ch = new MessageChannel();
      ch.port1.onmessage = () => resolve();
      ch.port2.postMessage(0);
    };
    requestAnimationFrame(frame);
  });
}

/**
 * Runs in the page (with settled() passed in, as it is not in scope there):
 * the app's own JS for each key of `phrase` and for `ticks` changes of the
 * first filter (ticked and unticked in turn), `runs` times. Each is an event
 * dispatched from script on a settled page, timed to the next task: every
 * listener and the microtasks they queued (where Leptos runs its effects), and
 * no frame to wait for, no style, layout or paint. After a real key the
 * browser paints before it runs the next task, so this cannot be read off the
 * timed keys.
 */
async function appJs(settled, phrase, runs, ticks) {
  const nextTask = () =>
    new Promise((resolve) => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => resolve();
      ch.port2.postMessage(0);
    });
  const timed = async (act) => {
    await settled();
    const t0 = performance.now();
    act();
    await nextTask();
    return performance.now() - t0;
  };
  const box = document.getElementById("search");
  const type = (text) => {
    box.value = text;
    box.dispatchEvent(new Event("input", { bubbles: true }));
  };
  const filter = document.querySelector(".facet input[type=checkbox]");
  const out = { key: [], facet: [] };
  for (let run = 0; run < runs && box; run++) {
    for (let i = 1; i <= phrase.length; i++) out.key.push(await timed(() => type(phrase.slice(0, i))));
    type("");
    for (let tick = 0; filter && tick < ticks; tick++) out.facet.push(await timed(() => filter.click()));
  }
  await settled();
  return out;
}

/**
 * From readLoad()'s result: the time from the data's arrival to the usable
 * list, and the longest task that ran in that time (0 when none reached 50 ms;
 * null when not measured). `fulfilledAt`: when page.route served the data.
 */
function loadFigures(r, fulfilledAt) {
  let arrival = r.dataResponseEnd;
  if (arrival == null && fulfilledAt != null) arrival = fulfilledAt - r.timeOrigin;
  return {
    usable: arrival == null ? null : r.usableAt - arrival,
    usableVia: r.dataResponseEnd != null ? "responseEnd" : "fulfill",
    longestTask:
      arrival == null || r.longTasks == null
        ? null
        : Math.max(0, ...r.longTasks.filter((t) => t.start + t.duration > arrival && t.start < r.usableAt).map((t) => t.duration)),
  };
}

// --- Browser plumbing -----------------------------------------------------------

class Bench {
  constructor(browser, baseUrl) {
    this.browser = browser;
    this.baseUrl = baseUrl;
    this.datasets = new Map();
    this.pageErrors = new Map(); // message -> how many times
  }

  dataset(n) {
    if (!this.datasets.has(n)) this.datasets.set(n, synthesize(n));
    return this.datasets.get(n);
  }

  /**
   * A new context and page. `network`: throttle like a phone; `cpu`: slowdown
   * rate; `synthetic`: serve that many synthetic entries as the data file;
   * `cfg`: for the in-page instrumentation.
   */
  async open({ network = false, cpu = 1, synthetic = null, cfg = {} }) {
    const context = await this.browser.newContext(PHONE);
    try {
      await context.addInitScript(instrument, { ...cfg, bareId: BARE_ID });
      let fulfilledAt = null;
      if (synthetic) {
        const body = this.dataset(synthetic);
        await context.route(DATA_GLOB, (route) => {
          fulfilledAt ??= Date.now();
          return route.fulfill({ status: 200, contentType: "application/json; charset=utf-8", body });
        });
      }
      const page = await context.newPage();
      page.errors = [];
      page.on("pageerror", (e) => {
        const message = e.message.split("\n")[0];
        this.pageErrors.set(message, (this.pageErrors.get(message) || 0) + 1);
        page.errors.push({ at: Date.now(), message });
        log(`page error: ${e.message.split("\n")[0]}`);
      });
      const cdp = await context.newCDPSession(page);
      await cdp.send("Network.enable");
      await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
      if (network) await cdp.send("Network.emulateNetworkConditions", MOBILE_NETWORK);
      if (cpu !== 1) await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpu });
      await cdp.send("Performance.enable");
      return { context, page, cdp, fulfilledAt: () => fulfilledAt };
    } catch (e) {
      await context.close().catch(() => {});
      throw e;
    }
  }

  /** Samples JSHeapUsedSize every 100 ms until stop(); resolves to the max. */
  heapSampler(cdp) {
    let max = null;
    let stopped = false;
    const loop = (async () => {
      while (!stopped) {
        try {
          const { metrics } = await cdp.send("Performance.getMetrics");
          const m = metrics.find((x) => x.name === "JSHeapUsedSize");
          if (m) max = Math.max(max ?? 0, m.value);
        } catch {
          return;
        }
        await sleep(100);
      }
    })();
    return async () => {
      stopped = true;
      await loop;
      return max;
    };
  }

  /**
   * Waits for window.__gsBench[key] to be set and resolves to it. Gives up
   * after `timeout`, or PAGE_ERROR_GRACE after an uncaught error in the page
   * (a crashed app never gets there).
   */
  async waitFor(page, key, timeout) {
    const deadline = Date.now() + timeout;
    for (;;) {
      const value = await page.evaluate((k) => window.__gsBench && window.__gsBench[k], key);
      if (value != null) return value;
      const now = Date.now();
      if (now > deadline) throw new Error(`timed out after ${timeout / 1000} s`);
      const err = page.errors[0];
      if (err && now - err.at > PAGE_ERROR_GRACE) {
        throw new Error(`gave up ${PAGE_ERROR_GRACE / 1000} s after an error in the page: ${err.message}`);
      }
      await sleep(50);
    }
  }

  // First card, under mobile throttling.
  async firstCard() {
    const { context, page } = await this.open({ network: true, cpu: MOBILE_CPU });
    try {
      await page.goto(this.baseUrl + "/", { waitUntil: "commit", timeout: LOAD_TIMEOUT });
      await page.waitForSelector('.cards:not([aria-hidden="true"]) > li', { state: "attached", timeout: LOAD_TIMEOUT });
      // Element Timing entries arrive after the paint; wait for them only
      // when the page has elements that can give them.
      const marked = await page.evaluate(() => document.querySelectorAll('[elementtiming="card-title"]').length);
      await page
        .waitForFunction(
          (m) => (m ? window.__gsBench.elementTimes.length > 0 : performance.getEntriesByName("first-contentful-paint").length > 0),
          marked,
          { timeout: marked ? ELEMENT_TIMING_WAIT : FCP_WAIT, polling: 50 },
        )
        .catch(() => {});
      if (marked) {
        await page
          .waitForFunction(() => performance.getEntriesByName("first-contentful-paint").length > 0, null, { timeout: FCP_WAIT, polling: 50 })
          .catch(() => {});
      }
      await page.evaluate(idle);
      const r = await page.evaluate(readLoad);
      if (r.elementTimes.length) return { value: Math.min(...r.elementTimes), via: "element" };
      return { value: r.fcp, via: "fcp", attrs: r.elementTimingAttrs };
    } finally {
      await context.close().catch(() => {});
    }
  }

  // First keystroke handled, under mobile throttling.
  async firstKeystroke() {
    const { context, page } = await this.open({ network: true, cpu: MOBILE_CPU, cfg: { watchQuery: true } });
    try {
      await page.goto(this.baseUrl + "/", { waitUntil: "commit", timeout: LOAD_TIMEOUT });
      const search = page.locator("#search");
      await search.waitFor({ state: "visible", timeout: LOAD_TIMEOUT });
      await search.press("n", { timeout: LOAD_TIMEOUT });
      let why = null;
      const handled = await this.waitFor(page, "firstQAt", STEP_TIMEOUT).catch((e) => {
        why = e.message;
        return null;
      });
      const typed = await page.evaluate(() => window.__gsBench.firstKeyAt);
      return { value: handled, typed, why };
    } finally {
      await context.close().catch(() => {});
    }
  }

  /** One more cold load of `size` entries at `cpu`: its loadFigures() only. */
  async loadOnly(size, cpu) {
    const { context, page, fulfilledAt } = await this.open({ cpu, synthetic: size, cfg: { expectCount: appNumber(size) } });
    try {
      await page.goto(this.baseUrl + "/", { waitUntil: "commit", timeout: LOAD_TIMEOUT });
      await this.waitFor(page, "usableAt", LOAD_TIMEOUT);
      await page.evaluate(idle);
      return loadFigures(await page.evaluate(readLoad), fulfilledAt());
    } finally {
      await context.close().catch(() => {});
    }
  }

  /**
   * One size at one CPU rate, network unthrottled: load (and its figures),
   * then `runs` times the phrase and `runs` times tick + untick a filter;
   * with `floor`, the phrase `runs` times more into a bare input.
   */
  async interaction(size, cpu, runs, deadline, floor = false) {
    const synthetic = size === 13 ? null : size;
    // Notes say why a row has fewer samples, or what looked wrong.
    const out = { load: null, key: [], facet: [], bare: [], js: null, notes: { load: [], key: [], facet: [], bare: [] } };
    const { context, page, cdp, fulfilledAt } = await this.open({
      cpu,
      synthetic,
      cfg: { expectCount: appNumber(size) },
    });
    try {
      const stopHeap = this.heapSampler(cdp);
      let loaded = true;
      try {
        await page.goto(this.baseUrl + "/", { waitUntil: "commit", timeout: LOAD_TIMEOUT });
        await this.waitFor(page, "usableAt", LOAD_TIMEOUT);
      } catch (e) {
        loaded = false;
        const shown = await page.evaluate(() => window.__gsBench.countShownAt).catch(() => null);
        const why = shown != null ? " (the count showed the total, but no Resource Timing entry for the data file)" : "";
        out.notes.load.push(`load: ${e.message.split("\n")[0]}${why}`);
      }
      const heap = await stopHeap();
      if (!loaded) return out;
      // The app then asks the server for a newer data file
      // (src/data_update.rs): its memory is read, and the keys timed, after it.
      await page
        .waitForFunction(newerDataChecked, null, { timeout: STEP_TIMEOUT, polling: 100 })
        .catch(() => out.notes.load.push("the app's check for newer data did not end"));
      await sleep(500);
      await page.evaluate(idle);
      const r = await page.evaluate(readLoad);
      const figures = loadFigures(r, fulfilledAt());
      out.load = {
        ...figures,
        usableAll: [figures.usable],
        longestTaskAll: [figures.longestTask],
        cards: r.cards,
        domNodes: r.domNodes,
        heap,
        wasmBytes: r.wasmBytes,
      };

      // Keystrokes.
      const search = page.locator("#search");
      for (let run = 0; run < runs && Date.now() < deadline; run++) {
        if (!(await this.typePhrase(page, search, "key", out.key, out.notes.key))) break;
        if (run === 0 && !(await page.evaluate(() => /(^\?|&)q=/.test(location.search)))) {
          out.notes.key.push("the URL has no q= after typing (did the app react?)");
        }
        // Clear the box (not measured) and let the full list come back.
        await search.fill("", { timeout: STEP_TIMEOUT });
        await page.waitForFunction(showsAll, appNumber(size), { timeout: LOAD_TIMEOUT, polling: 100 });
      }

      // Facet: tick, then untick, the first checkbox.
      const box = await this.firstFilter(page);
      if (!box) {
        out.notes.facet.push("no .facet checkbox");
      } else {
        ticking: for (let run = 0; run < runs && Date.now() < deadline; run++) {
          for (let tick = 0; tick < TICKS; tick++) {
            const href = () => page.evaluate(() => location.href);
            const url = await href();
            const s = await this.step(page, () => box.click({ timeout: STEP_TIMEOUT }), "facet");
            if (run === 0 && tick === 0 && typeof s !== "string" && (await href()) === url) {
              out.notes.facet.push("the URL did not change (did the app react?)");
            }
            if (typeof s === "string") {
              out.notes.facet.push(s);
              break ticking;
            }
            out.facet.push(s);
          }
        }
      }
      if (floor) {
        await this.bareKeys(page, runs, deadline, out);
        const measured = page.evaluate(`(${appJs})(${settled}, ${JSON.stringify(PHRASE)}, ${runs}, ${TICKS})`);
        out.js = await withTimeout(measured, LOAD_TIMEOUT, "the app's JS").catch((e) => ({
          key: [],
          facet: [],
          why: e.message.split("\n")[0],
        }));
      }
      return out;
    } finally {
      await context.close().catch(() => {});
    }
  }

  /**
   * The browser's own share of a keystroke on this page: the phrase typed
   * into an input beside the search box that no app code listens to, timed
   * as the search box is. What a keystroke costs the app is the difference.
   */
  async bareKeys(page, runs, deadline, out) {
    await page.evaluate((id) => {
      const bare = document.createElement("input");
      bare.id = id;
      bare.type = "search";
      document.getElementById("search")?.after(bare);
    }, BARE_ID);
    const bare = page.locator(`#${BARE_ID}`);
    for (let run = 0; run < runs && Date.now() < deadline; run++) {
      await bare.fill("", { timeout: STEP_TIMEOUT });
      if (!(await this.typePhrase(page, bare, "bare key", out.bare, out.notes.bare))) break;
    }
  }

  /**
   * Types PHRASE into `input` a key at a time, a step each (`read` as in
   * step()), pushing each sample to `into`. On a step without one it pushes
   * the reason to `notes` and resolves to false.
   */
  async typePhrase(page, input, what, into, notes, read) {
    await input.click({ timeout: STEP_TIMEOUT });
    for (const ch of PHRASE) {
      const s = await this.step(page, () => page.keyboard.type(ch), `${what} ${JSON.stringify(ch)}`, read);
      if (typeof s === "string") {
        notes.push(s);
        return false;
      }
      into.push(s);
    }
    return true;
  }

  /** The first filter checkbox, its panel opened if closed; null if there is none. */
  async firstFilter(page) {
    const box = page.locator(".facet input[type=checkbox]").first();
    if ((await box.count()) === 0) return null;
    if (!(await box.isVisible())) {
      // Phones: the filter panel is a closed <details>.
      await page.locator("details.filters > summary").first().click({ timeout: STEP_TIMEOUT }).catch(() => {});
    }
    return box;
  }

  /**
   * The DOM calls a keystroke and a filter tick make before the paint, at
   * `size` entries, in a page of their own (counting them costs time): the
   * phrase typed once, a filter ticked and unticked `runs` times. A count is
   * the same on a busy machine, where times are not.
   */
  async domCalls(size, runs) {
    const out = { key: [], facet: [], notes: [] };
    const { context, page } = await this.open({
      synthetic: size === 13 ? null : size,
      cfg: { expectCount: appNumber(size), countDom: true },
    });
    const calls = (s) => s.dom;
    try {
      await page.goto(this.baseUrl + "/", { waitUntil: "commit", timeout: LOAD_TIMEOUT });
      await this.waitFor(page, "usableAt", LOAD_TIMEOUT);
      const search = page.locator("#search");
      await this.typePhrase(page, search, "key", out.key, out.notes, calls);
      await search.fill("", { timeout: STEP_TIMEOUT });
      await page.waitForFunction(showsAll, appNumber(size), { timeout: LOAD_TIMEOUT, polling: 100 });
      const box = await this.firstFilter(page);
      if (!box) out.notes.push("no .facet checkbox");
      ticking: for (let run = 0; box && run < runs; run++) {
        for (let tick = 0; tick < 2; tick++) {
          const s = await this.step(page, () => box.click({ timeout: STEP_TIMEOUT }), "facet", calls);
          if (typeof s === "string") {
            out.notes.push(s);
            break ticking;
          }
          out.facet.push(s);
        }
      }
    } catch (e) {
      out.notes.push(e.message.split("\n")[0]);
    } finally {
      await context.close().catch(() => {});
    }
    return out;
  }

  /**
   * Waits for the page to settle, does `act`, and resolves to what `read`
   * takes from the sample it adds (t1 - t0 unless told), or to a string
   * saying why there is none.
   */
  async step(page, act, what, read = (s) => s.t1 - s.t0) {
    try {
      await withTimeout(page.evaluate(settled), STEP_TIMEOUT, "page settled");
      const before = await page.evaluate(() => window.__gsBench.samples.length);
      await act();
      try {
        await page.waitForFunction((n) => window.__gsBench.samples.length > n, before, { timeout: STEP_TIMEOUT, polling: 20 });
      } catch {
        return `${what}: no paint after the event within ${STEP_TIMEOUT / 1000} s`;
      }
      const s = await page.evaluate((n) => window.__gsBench.samples[n], before);
      return read(s);
    } catch (e) {
      return `${what}: ${e.message.split("\n")[0]}`;
    }
  }
}

// --- The table --------------------------------------------------------------------

function table({ sizes, loads, interactions, domCounts, opts, notes }) {
  const rows = [];
  const row = (what, condition, value, range = "", n = "", note = "") => rows.push([what, condition, value, range, n, note]);
  const timed = (what, condition, st, note = "") =>
    st ? row(what, condition, ms(st.median), `${ms(st.min)} – ${ms(st.max)}`, String(st.n), note) : row(what, condition, "n/a", "", "0", note);

  if (sizes.error) {
    row("first-load bytes", "", "n/a", "", "", sizes.error);
  } else {
    for (const f of sizes.files) {
      row(`\`${f.path}\``, "bytes raw / gzip -9 / brotli", `${int(f.raw)} / ${int(f.gzip)} / ${int(f.brotli)}`);
    }
    const t = sizes.total;
    row(
      "**first load total**",
      "bytes raw / gzip -9 / brotli",
      `**${int(t.raw)} / ${int(t.gzip)} / ${int(t.brotli)}**`,
      "",
      "",
      `gzip ${(t.gzip / 1024).toFixed(1)} KB, brotli ${(t.brotli / 1024).toFixed(1)} KB`,
    );
  }

  const phone = "phone: 150 ms RTT, 1.6/0.75 Mbps, CPU 4×; cold";
  const fc = loads.firstCard;
  const viaElement = fc.filter((x) => x.via === "element");
  const viaFcp = fc.filter((x) => x.via === "fcp");
  let fcNote = "element timing (card-title)";
  if (viaFcp.length && !viaElement.length) {
    fcNote = viaFcp[0].attrs
      ? `n/a: no Element Timing entry although ${viaFcp[0].attrs} elements carry elementtiming="card-title"; first-contentful-paint shown`
      : 'n/a: no elementtiming="card-title" in the page; first-contentful-paint shown';
  } else if (viaFcp.length) {
    fcNote = `element timing; ${viaFcp.length} load(s) without it used first-contentful-paint`;
  }
  if (!fc.length) fcNote = loads.firstCardError || "not measured (time limit)";
  timed("first card", phone, stats(fc.map((x) => x.value)), fcNote);

  const fk = loads.firstKey;
  const typed = stats(fk.map((x) => x.typed));
  let fkNote = typed ? `letter typed at ${ms(typed.median)} (median)` : "";
  const lost = fk.filter((x) => x.value == null).length;
  if (lost) {
    const why = fk.find((x) => x.value == null).why;
    fkNote += `${fkNote ? "; " : ""}${lost} load(s) never showed q= in the URL (${why})`;
  }
  if (!fk.length) fkNote = loads.firstKeyError || "not measured (time limit)";
  timed("first keystroke handled", phone, stats(fk.map((x) => x.value)), fkNote);

  const label = (size) => (size === 13 ? "13 (real data)" : `${int(size)} synthetic`);
  for (const size of opts.sizes) {
    for (const cpu of [1, MOBILE_CPU]) {
      const it = interactions.get(`${size}@${cpu}`);
      const note = it ? [...it.notes.load, ...it.notes.key].join("; ") : "not measured (time limit)";
      timed(`keystroke → painted, ${label(size)}`, `CPU ${cpu}×, "${PHRASE}" key by key`, it && stats(it.key), note);
    }
    for (const cpu of [1, MOBILE_CPU]) {
      const it = interactions.get(`${size}@${cpu}`);
      const note = it ? [...it.notes.load, ...it.notes.facet].join("; ") : "not measured (time limit)";
      timed(`facet change → painted, ${label(size)}`, `CPU ${cpu}×, tick/untick`, it && stats(it.facet), note);
    }
  }
  const big = Math.max(...opts.sizes);
  for (const cpu of [1, MOBILE_CPU]) {
    const it = interactions.get(`${big}@${cpu}`);
    const note = it ? [...it.notes.load, ...it.notes.bare].join("; ") || "no app code listens to it: the browser's own share" : "not measured (time limit)";
    timed(`keystroke → painted, a bare input on the ${label(big)} page`, `CPU ${cpu}×, "${PHRASE}" key by key`, it && stats(it.bare), note);
  }
  for (const [kind, what, how] of [
    ["key", "keystroke", `"${PHRASE}" key by key`],
    ["facet", "facet change", "tick/untick"],
  ]) {
    for (const cpu of [1, MOBILE_CPU]) {
      const js = interactions.get(`${big}@${cpu}`)?.js;
      const note = !js ? "not measured" : js.why || "event dispatched from script to the next task: no frame, style, layout or paint";
      timed(`${what} → the app's JS done, ${label(big)}`, `CPU ${cpu}×, ${how}`, js && stats(js[kind]), note);
    }
  }
  const counted = (what, condition, xs) => {
    const st = domCounts && stats(xs);
    const why = domCounts ? domCounts.notes.join("; ") : "not measured (time limit)";
    const note = `a count, not a time: the same on a busy machine${why ? `; ${why}` : ""}`;
    if (st) row(what, condition, int(st.median), `${int(st.min)} – ${int(st.max)}`, String(st.n), note);
    else row(what, condition, "n/a", "", "0", note);
  };
  counted(`DOM calls before the paint, per keystroke, ${label(big)}`, `"${PHRASE}" key by key`, domCounts?.key);
  counted(`DOM calls before the paint, per filter change, ${label(big)}`, "tick/untick", domCounts?.facet);
  for (const cpu of [1, MOBILE_CPU]) {
    const it = interactions.get(`${big}@${cpu}`);
    const l = it && it.load;
    const u = l && stats(l.usableAll);
    row(
      `data arrival → usable list, ${label(big)}`,
      `CPU ${cpu}×`,
      u ? ms(u.median) : "n/a",
      u ? `${ms(u.min)} – ${ms(u.max)}` : "",
      u ? String(u.n) : "0",
      l
        ? `from ${l.usableVia === "responseEnd" ? "Resource Timing responseEnd" : "route.fulfill"} to #result-count showing ${appNumber(big)}`
        : it
          ? it.notes.load.join("; ")
          : "not measured (time limit)",
    );
  }
  for (const cpu of [1, MOBILE_CPU]) {
    const l = interactions.get(`${big}@${cpu}`)?.load;
    const v = l && stats(l.longestTaskAll);
    const shown = (x) => (x === 0 ? "< 50 ms" : ms(x));
    row(
      `longest task while preparing, ${label(big)}`,
      `CPU ${cpu}×`,
      v ? shown(v.median) : "n/a",
      v ? `${shown(v.min)} – ${shown(v.max)}` : "",
      v ? String(v.n) : "0",
      "Long Tasks API, between data arrival and the usable list; the page takes no input during it",
    );
  }
  const l1 = interactions.get(`${big}@1`)?.load;
  row(`cards in the DOM after load, ${label(big)}`, "CPU 1×", l1 ? int(l1.cards) : "n/a", "", "", "`.cards > li`, not the skeleton's");
  row(`DOM nodes after load, ${label(big)}`, "CPU 1×", l1 ? int(l1.domNodes) : "n/a", "", "", "all elements");
  row(`peak JS heap during load, ${label(big)}`, "CPU 1×", l1 ? mb(l1.heap) : "n/a", "", "", "JSHeapUsedSize, sampled every 100 ms");
  row(`wasm memory after load, ${label(big)}`, "CPU 1×", l1 ? mb(l1.wasmBytes) : "n/a", "", "", l1 && l1.wasmBytes == null ? "no wasm instance caught" : "memory.buffer.byteLength, after the app's check for newer data");

  const esc = (s) => String(s).replace(/\|/g, "\\|");
  const lines = [
    "| measure | condition | median (or value) | min – max | n | note |",
    "|---|---|--:|--:|--:|---|",
    ...rows.map((r) => `| ${r.map(esc).join(" | ")} |`),
  ];
  const foot = [
    `Runs: ${opts.runs}${opts.quick ? " (--quick)" : ""}. Times in ms from navigation start (loads) or from the event (interactions). ` +
      `Keys: each key of "${PHRASE}" is one sample; facet: tick and untick are one sample each. Network unthrottled except the two phone rows. ` +
      `Chromium ${notes.browserVersion}, ${notes.when}.`,
  ];
  if (notes.pageErrors && notes.pageErrors.size) {
    const list = [...notes.pageErrors].map(([m, n]) => `"${m}" (${n}×)`).join(", ");
    foot.push(`Uncaught errors in the page: ${list}.`);
  }
  if (notes.stoppedEarly) foot.push(`Stopped at the time limit (--max-minutes ${opts.maxMinutes}); rows without samples were not measured.`);
  return [...lines, "", ...foot].join("\n");
}

// --- Main --------------------------------------------------------------------------

async function main() {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`bench: ${e.message}\n${usage()}`);
    return 2;
  }
  if (opts.help) {
    console.log(usage());
    return 0;
  }
  if (!existsSync(path.join(opts.dist, "index.html"))) {
    console.error(`!!! bench: ${opts.dist}/index.html not found: build first (scripts/bench.sh builds; scripts/dist.sh)`);
    return 2;
  }
  if (!existsSync(CHROMIUM)) {
    console.error(`!!! bench: no browser at ${CHROMIUM}: run \`scripts/setup.sh --browser\` (Debian's chromium), or set CHROMIUM_PATH`);
    return 2;
  }
  const chromium = loadChromium();
  const started = Date.now();
  const deadline = started + opts.maxMinutes * 60_000;

  let sizes;
  try {
    const { measure } = await import("./size-check.mjs");
    sizes = await measure(opts.dist);
  } catch (e) {
    sizes = { error: `n/a: ${e.message.split("\n")[0]}` };
  }

  let server = null;
  let browser = null;
  let hardStop = null;
  const cleanup = async () => {
    clearTimeout(hardStop);
    await browser?.close().catch(() => {});
    await server?.close().catch(() => {});
  };
  const onSignal = (sig) => {
    log(`${sig}: closing the browser and the server`);
    cleanup().finally(() => process.exit(130));
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  // A last resort if a wait somewhere does not return.
  hardStop = setTimeout(() => {
    log("hard time limit reached; closing");
    cleanup().finally(() => process.exit(3));
  }, opts.maxMinutes * 60_000 + 5 * 60_000);
  hardStop.unref();

  const loads = { firstCard: [], firstKey: [] };
  const interactions = new Map();
  let domCounts = null;
  const notes = { when: new Date().toISOString().slice(0, 16).replace("T", " ") + " UTC" };
  try {
    server = await startServer({ root: opts.dist });
    log(`serving ${opts.dist} on ${server.url}`);
    // Warm the server's on-the-fly gzip cache, so the first cold load does not
    // also time the compression.
    for (const p of ["/", ...(sizes.files || []).map((f) => "/" + f.path)]) {
      await fetch(server.url + encodeURI(p), { headers: { "accept-encoding": "gzip" } })
        .then((r) => r.arrayBuffer())
        .catch(() => {});
    }
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      timeout: STEP_TIMEOUT,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
    notes.browserVersion = browser.version();
    const bench = new Bench(browser, server.url);
    const timeLeft = () => Date.now() < deadline;

    for (let i = 0; i < opts.runs && timeLeft(); i++) {
      try {
        const r = await bench.firstCard();
        loads.firstCard.push(r);
        log(`first card ${i + 1}/${opts.runs}: ${ms(r.value)} (${r.via})`);
      } catch (e) {
        loads.firstCardError = `n/a: ${e.message.split("\n")[0]}`;
        log(`first card ${i + 1}/${opts.runs}: ${e.message.split("\n")[0]}`);
      }
    }
    for (let i = 0; i < opts.runs && timeLeft(); i++) {
      try {
        const r = await bench.firstKeystroke();
        loads.firstKey.push(r);
        log(`first keystroke ${i + 1}/${opts.runs}: handled ${ms(r.value)}, typed ${ms(r.typed)}`);
      } catch (e) {
        loads.firstKeyError = `n/a: ${e.message.split("\n")[0]}`;
        log(`first keystroke ${i + 1}/${opts.runs}: ${e.message.split("\n")[0]}`);
      }
    }
    for (const size of opts.sizes) {
      for (const cpu of [1, MOBILE_CPU]) {
        if (!timeLeft()) break;
        const t = Date.now();
        try {
          const biggest = size === Math.max(...opts.sizes);
          const r = await bench.interaction(size, cpu, opts.runs, deadline, biggest);
          interactions.set(`${size}@${cpu}`, r);
          // The load figures of the biggest size from --runs cold loads: one
          // load varies a lot on a busy machine.
          for (let i = 1; i < opts.runs && r.load && biggest && timeLeft(); i++) {
            try {
              const more = await bench.loadOnly(size, cpu);
              r.load.usableAll.push(more.usable);
              r.load.longestTaskAll.push(more.longestTask);
            } catch (e) {
              r.notes.load.push(`load ${i + 1}: ${e.message.split("\n")[0]}`);
            }
          }
          const k = stats(r.key);
          const f = stats(r.facet);
          log(
            `${size} entries, CPU ${cpu}x: load→usable ${ms(r.load?.usable)}, key median ${ms(k?.median)} (n=${k?.n ?? 0}), ` +
              `facet median ${ms(f?.median)} (n=${f?.n ?? 0}) [${((Date.now() - t) / 1000).toFixed(0)} s]` +
              [...r.notes.load, ...r.notes.key, ...r.notes.facet].map((n) => ` ${n}`).join(";"),
          );
        } catch (e) {
          const why = `n/a: ${e.message.split("\n")[0]}`;
          interactions.set(`${size}@${cpu}`, { load: null, key: [], facet: [], bare: [], js: null, notes: { load: [why], key: [], facet: [], bare: [] } });
          log(`${size} entries, CPU ${cpu}x: ${e.message.split("\n")[0]}`);
        }
      }
    }
    if (timeLeft()) {
      const big = Math.max(...opts.sizes);
      domCounts = await bench.domCalls(big, opts.runs);
      log(`DOM calls at ${big} entries: keys ${domCounts.key.join(" ")}; filter changes ${domCounts.facet.join(" ")}`);
    }
    notes.stoppedEarly = !timeLeft();
    notes.pageErrors = bench.pageErrors;
  } finally {
    await cleanup();
  }
  log(`done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  console.log(table({ sizes, loads, interactions, domCounts, opts, notes }));
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    console.error(`!!! bench: ${e && e.stack ? e.stack : e}`);
    process.exitCode = 1;
  },
);
