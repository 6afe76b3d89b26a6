// Tests of the first-load size budget (scripts/size-check.mjs), on small
// synthetic dist/ trees in temporary directories. Run: node --test scripts/tests/

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { dirname, join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { BUDGET_GZIP_BYTES, measure, referencedUrls } from "../size-check.mjs";
import { tmpDists } from "./tmp-dist.mjs";

const SCRIPT = join(dirname(fileURLToPath(import.meta.url)), "..", "size-check.mjs");
const { tmp, dist } = tmpDists("size-check-test-");

const run = (...args) => {
  const r = spawnSync(process.execPath, [SCRIPT, ...args], { encoding: "utf8" });
  return { code: r.status, out: r.stdout + r.stderr };
};

/** An index.html as Trunk writes it, with `base` as the public URL. */
const trunkHtml = (base) => `<!DOCTYPE html><html lang="vi"><head>
<meta charset="utf-8">
<!-- <link rel="stylesheet" href="${base}commented-out.css"> -->
<link rel="icon" href="${base}favicon-fedcba9876543210.svg" type="image/svg+xml" integrity="sha384-abc">
<link rel="stylesheet" href="${base}main-0123456789abcdef.css?v=1#x" integrity="sha384-def">
<link rel="modulepreload" href="${base}app-1111222233334444.js" crossorigin="anonymous" integrity="sha384-ghi">
<link rel="preload" href="${base}app-1111222233334444_bg.wasm" crossorigin="anonymous" as="fetch" type="application/wasm">
<link rel="preload" as="fetch" href="${base}data/guong-sang.json" crossorigin>
<link rel="prefetch" href="${base}later.js">
</head><body>
<script type="module">
import init, * as bindings from '${base}app-1111222233334444.js';
const wasm = await init({ module_or_path: '${base}app-1111222233334444_bg.wasm' });
</script>
</body></html>`;

const trunkFiles = (base) => ({
  "index.html": trunkHtml(base),
  "favicon-fedcba9876543210.svg": "<svg xmlns='http://www.w3.org/2000/svg'/>",
  "main-0123456789abcdef.css": "body { margin: 0 }\n",
  "app-1111222233334444.js": "export default async function init() {}\n",
  "app-1111222233334444_bg.wasm": Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]),
  "data/guong-sang.json": '{"communes":[]}',
  "later.js": "// prefetched, not part of the first load\n",
  "commented-out.css": "body { color: red }\n",
  "unreferenced.css": "p { color: blue }\n",
});

const EXPECTED = [
  "index.html",
  "favicon-fedcba9876543210.svg",
  "main-0123456789abcdef.css",
  "app-1111222233334444.js",
  "app-1111222233334444_bg.wasm",
  "data/guong-sang.json",
];

test("the budget is 150 KB of gzip", () => {
  assert.equal(BUDGET_GZIP_BYTES, 150 * 1024);
});

test("first-load files are found through index.html: icon, stylesheet, modulepreload, preload as=fetch", () => {
  const result = measure(dist(trunkFiles("/")));
  assert.deepEqual(result.files.map((f) => f.path), EXPECTED);
  assert.deepEqual(result.missing, []);
  assert.equal(result.publicUrl, "/");
});

test("a public-url prefix (--public-url /xa-hanh-son/) is stripped", () => {
  const result = measure(dist(trunkFiles("/xa-hanh-son/")));
  assert.deepEqual(result.files.map((f) => f.path), EXPECTED);
  assert.deepEqual(result.missing, []);
  assert.equal(result.publicUrl, "/xa-hanh-son/");
});

test("a relative public url (./) works too", () => {
  const result = measure(dist(trunkFiles("./")));
  assert.deepEqual(result.files.map((f) => f.path), EXPECTED);
});

test("script src, an inline module's import, the data file and top-level wasm count; missing and external files do not", () => {
  const html = `<html><head>
<script src="/js/a.js"></script>
<script type="module">import "./b.js";</script>
<link rel="stylesheet" href="https://example.org/remote.css">
<link rel="preload" href="/not-there.js">
</head></html>`;
  const dir = dist({
    "index.html": html,
    "js/a.js": "a()",
    "b.js": "b()",
    "data/guong-sang.json": "{}",
    "x_bg.wasm": Buffer.from([0, 0x61, 0x73, 0x6d]),
    "sub/y.wasm": Buffer.from([1]),
  });
  const result = measure(dir);
  assert.deepEqual(result.files.map((f) => f.path), ["index.html", "js/a.js", "b.js", "data/guong-sang.json", "x_bg.wasm"]);
  assert.deepEqual(result.missing, ["/not-there.js"]);
  assert.deepEqual(result.external, ["https://example.org/remote.css"]);
});

test("referencedUrls reads single-quoted, unquoted and multi-token rel attributes", () => {
  const urls = referencedUrls(
    `<link rel='shortcut icon' href='/i.svg'><link href=/s.css rel=stylesheet><link rel="canonical" href="/x">`,
  );
  assert.deepEqual(urls, ["/i.svg", "/s.css"]);
});

test("sizes: raw bytes, gzip -9 and brotli q11 (text mode) of each file, and their totals", () => {
  const text = "Gương sáng ".repeat(200);
  const bytes = Buffer.from(text);
  const result = measure(dist({ "index.html": text }));
  const [f] = result.files;
  assert.equal(f.raw, bytes.length);
  assert.equal(f.gzip, gzipSync(bytes, { level: 9 }).length);
  const br = brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT },
  });
  assert.equal(f.brotli, br.length);
  assert.ok(f.gzip < f.raw / 10 && f.brotli < f.raw / 10, JSON.stringify(f));
  assert.deepEqual(result.total, { raw: f.raw, gzip: f.gzip, brotli: f.brotli });
});

test("CLI: a build within budget passes (exit 0) and says so", () => {
  const r = run(dist(trunkFiles("/")));
  assert.equal(r.code, 0, r.out);
  assert.match(r.out, /first load: [0-9.]+ KB gzip of 150 KB budget/);
  assert.match(r.out, /TOTAL/);
  assert.doesNotMatch(r.out, /over budget/);
});

test("CLI: an oversized build fails (exit 1) naming the overshoot and the heaviest file first", () => {
  const dir = dist({
    ...trunkFiles("/"),
    // Random bytes do not compress: 160 KB of them is over 150 KB gzip.
    "app-1111222233334444_bg.wasm": randomBytes(160 * 1024),
  });
  const r = run(dir);
  assert.equal(r.code, 1, r.out);
  assert.match(r.out, /!!! over budget by [0-9.]+ KB \([0-9,]+ bytes gzip\)/);
  const heaviest = r.out.split("\n").filter((l) => l.startsWith("!!!   "));
  assert.match(heaviest[0], /app-1111222233334444_bg\.wasm/);
  assert.equal(heaviest.length, EXPECTED.length);
});

test("CLI: the presentation page (trinh-chieu/) is measured apart, and fails the check when over", () => {
  const page = Object.fromEntries(
    Object.entries(trunkFiles("/trinh-chieu/")).filter(([path]) => !path.startsWith("data/")),
  );
  const within = {
    ...trunkFiles("/"),
    ...Object.fromEntries(Object.entries(page).map(([path, body]) => [`trinh-chieu/${path}`, body])),
  };
  const ok = run(dist(within));
  assert.equal(ok.code, 0, ok.out);
  assert.match(ok.out, /first load: [0-9.]+ KB gzip/);
  assert.match(ok.out, /presentation page: [0-9.]+ KB gzip of 150 KB budget/);
  assert.match(ok.out, /trinh-chieu\/\)/);
  const over = run(dist({ ...within, "trinh-chieu/app-1111222233334444_bg.wasm": randomBytes(160 * 1024) }));
  assert.equal(over.code, 1, over.out);
  // The list's first load is still within budget; the presentation is not.
  assert.doesNotMatch(over.out.split("presentation page")[0], /over budget/);
  assert.match(over.out, /presentation page: [0-9.]+ KB gzip of 150 KB budget[\s\S]*!!! over budget/);
});

test("CLI: --budget-kb sets a tiny budget, which a small build then exceeds", () => {
  const r = run(dist(trunkFiles("/")), "--budget-kb", "0.1");
  assert.equal(r.code, 1, r.out);
  assert.match(r.out, /of 0\.1 KB budget/);
  assert.match(r.out, /!!! over budget/);
  const heaviest = r.out.split("\n").filter((l) => l.startsWith("!!!   "));
  assert.match(heaviest[0], /index\.html/);
});

test("CLI: a missing dist/index.html exits 2", () => {
  const r = run(join(tmp, "no-such-dist"));
  assert.equal(r.code, 2, r.out);
  assert.match(r.out, /index\.html does not exist/);
});

test("CLI: a bad --budget-kb exits 2", () => {
  assert.equal(run(dist(trunkFiles("/")), "--budget-kb", "none").code, 2);
});
