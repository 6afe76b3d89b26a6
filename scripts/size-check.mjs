// The first-load size budget: measures what a phone fetches on its first
// visit, from a built dist/, and fails when that is over budget.
//
//   node scripts/size-check.mjs [distDir] [--budget-kb N]
//
// distDir defaults to dist/ at the repository root. --budget-kb exists so the
// check itself can be tested; the budget is BUDGET_GZIP_BYTES below.
//
// A first load fetches: index.html; every local file it names through src= or
// href= on <script> and on <link rel="modulepreload|preload|stylesheet|icon|manifest">,
// and the modules its inline <script type="module"> imports; the data file
// data/guong-sang.json (the app fetches it on start, so it counts even when
// index.html does not preload it); and every *.wasm at the top of dist/
// (Trunk's glue fetches the wasm).
//
// The presentation page (dist/trinh-chieu/: slideshow and posters, a second
// Trunk build) is measured the same way against the same budget, and
// reported apart: a phone never loads it unless someone presents or prints.
//
// Each file is measured raw, with gzip level 9 and with brotli quality 11.
// Exit 0 within budget, 1 over it, 2 when there is no dist/index.html or the
// arguments are wrong.
//
// Used by scripts/test.sh (step 6) and scripts/dist.sh; measure() is also
// imported by other scripts.

import { readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, extname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { runAsCommand } from "./run-as-command.mjs";

/** The first-load budget, gzip level 9 bytes. Declared here and nowhere else. */
export const BUDGET_GZIP_BYTES = 150 * 1024;

/** The data file the app fetches when it starts (src/site_paths.rs). */
export const DATA_FILE = "data/guong-sang.json";

/** The presentation page's folder in dist/ (src/site_paths.rs). */
export const PRESENTATION_DIR = "trinh-chieu";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** Extensions compressed in brotli's text mode. */
export const TEXT_EXTENSIONS = new Set([
  ".html", ".js", ".mjs", ".css", ".json", ".svg", ".txt", ".xml", ".webmanifest", ".map",
]);

/** gzip level 9 of `bytes`. */
export const gzip9 = (bytes) => gzipSync(bytes, { level: 9 });

/** brotli quality 11 of `bytes`; text mode when `text`. */
export const brotli11 = (bytes, text) =>
  brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_MODE]: text ? constants.BROTLI_MODE_TEXT : constants.BROTLI_MODE_GENERIC,
    },
  });

const LINK_RELS = new Set(["modulepreload", "preload", "stylesheet", "icon", "manifest"]);

const decodeEntities = (s) =>
  s
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#([0-9]+);/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/** The attributes of one start tag's attribute text, names lowercased. */
const parseAttributes = (text) => {
  const attrs = new Map();
  const re = /([^\s"'<>\/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
  for (const m of text.matchAll(re)) {
    const name = m[1].toLowerCase();
    if (!attrs.has(name)) attrs.set(name, decodeEntities(m[2] ?? m[3] ?? m[4] ?? ""));
  }
  return attrs;
};

/**
 * The URLs a first load fetches because of `html`, in document order: src/href
 * of <script> and of <link> with a first-load rel, and the static imports of
 * inline module scripts.
 */
export const referencedUrls = (html) => {
  const text = html.replace(/<!--[\s\S]*?-->/g, "");
  const urls = [];
  // Start tags of <script> and <link>; quoted values may hold ">".
  const tagRe = /<(script|link)\b((?:[^>"']|"[^"]*"|'[^']*')*)>/gi;
  for (const m of text.matchAll(tagRe)) {
    const tag = m[1].toLowerCase();
    const attrs = parseAttributes(m[2]);
    if (tag === "script") {
      if (attrs.get("src")?.trim()) urls.push(attrs.get("src").trim());
      continue;
    }
    const rels = (attrs.get("rel") ?? "").toLowerCase().split(/\s+/);
    if (rels.some((r) => LINK_RELS.has(r)) && attrs.get("href")?.trim()) urls.push(attrs.get("href").trim());
  }
  // Trunk's loader: an inline <script type="module"> with `import init from '/x.js'`.
  const inlineRe = /<script\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/script\s*>/gi;
  for (const m of text.matchAll(inlineRe)) {
    const attrs = parseAttributes(m[1]);
    if (attrs.has("src") || (attrs.get("type") ?? "").toLowerCase() !== "module") continue;
    const importRe = /\bimport\s*(?:[^'"();]*?\bfrom\s*)?(["'])([^"'\n]+)\1|\bimport\s*\(\s*(["'])([^"'\n]+)\3\s*\)/g;
    for (const i of m[2].matchAll(importRe)) urls.push(i[2] ?? i[4]);
  }
  return urls;
};

const isExternal = (url) => /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith("//");

/** The path part of a URL: no query or hash, percent-decoded where valid. */
const urlPath = (url) => {
  const path = url.replace(/[?#].*$/s, "");
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
};

/** `rel` (a "/"-separated path) inside `dist`, or null when it leaves dist. */
const inside = (dist, rel) => {
  const back = relative(dist, resolve(dist, rel));
  if (back === "" || back === ".." || back.startsWith(".." + sep) || isAbsolute(back)) return null;
  return back.split(sep).join("/");
};

const isFile = (path) => {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

/**
 * The public-URL prefix the page was built with (Trunk's --public-url), found
 * from the absolute-path URLs themselves: of "/", "/a/", "/a/b/", ... the
 * prefix under which the most of them are files in dist/ (the longest on a tie).
 */
const detectPrefix = (dist, paths) => {
  const candidates = new Set(["/"]);
  for (const p of paths) {
    const parts = p.split("/").slice(1, -1);
    for (let i = 1; i <= parts.length; i++) candidates.add("/" + parts.slice(0, i).join("/") + "/");
  }
  let best = "/";
  let bestHits = -1;
  for (const prefix of candidates) {
    const hits = paths.filter((p) => {
      if (!p.startsWith(prefix)) return false;
      const rel = inside(dist, p.slice(prefix.length));
      return rel !== null && isFile(join(dist, rel));
    }).length;
    if (hits > bestHits || (hits === bestHits && prefix.length > best.length)) {
      best = prefix;
      bestHits = hits;
    }
  }
  return best;
};

/**
 * Measures a first load from `distDir`.
 * @returns {{ files: {path: string, raw: number, gzip: number, brotli: number}[],
 *             total: {raw: number, gzip: number, brotli: number},
 *             missing: string[], external: string[], publicUrl: string }}
 *   files: dist/-relative paths, index.html first, each once; missing: URLs
 *   that index.html names but dist/ does not hold; external: URLs not counted
 *   (another origin); publicUrl: the prefix found on absolute-path URLs.
 * @throws when distDir/index.html does not exist.
 */
export const measure = (distDir, siteDir = distDir) => {
  // A page in a sub-folder (the presentation page) names files of the site
  // around it too (../sw-client.js): URLs resolve from the page's folder,
  // files may be anywhere in the site, and paths are given from the site.
  const page = resolve(distDir);
  const dist = resolve(siteDir);
  const pageRel = relative(dist, page).split(sep).join("/");
  const fromSite = (path) => (pageRel === "" ? path : `${pageRel}/${path}`);
  const indexPath = join(page, "index.html");
  if (!isFile(indexPath)) {
    const err = new Error(`no index.html in ${dist}`);
    err.code = "ENOINDEX";
    throw err;
  }
  // data: URLs are inside index.html, so already counted with it.
  const urls = referencedUrls(readFileSync(indexPath, "utf8")).filter((u) => !/^data:/i.test(u));
  const external = urls.filter(isExternal);
  const local = urls.filter((u) => !isExternal(u) && urlPath(u) !== "");
  const absolute = local.map(urlPath).filter((p) => p.startsWith("/"));
  const publicUrl = detectPrefix(dist, absolute);

  const paths = [fromSite("index.html")];
  const missing = [];
  const add = (rel) => {
    if (!paths.includes(rel)) paths.push(rel);
  };
  for (const url of local) {
    let path = urlPath(url);
    path = path.startsWith(publicUrl)
      ? path.slice(publicUrl.length)
      : path.startsWith("/")
        ? path.replace(/^\/+/, "")
        : relative(dist, resolve(page, path)).split(sep).join("/");
    const rel = inside(dist, path);
    if (rel !== null && isFile(join(dist, rel))) add(rel);
    else if (!missing.includes(url)) missing.push(url);
  }
  if (pageRel === "" && isFile(join(dist, DATA_FILE))) add(DATA_FILE);
  for (const name of readdirSync(page).sort()) {
    if (name.endsWith(".wasm") && isFile(join(page, name))) add(fromSite(name));
  }

  const files = paths.map((path) => {
    const bytes = readFileSync(join(dist, path));
    const text = TEXT_EXTENSIONS.has(extname(path).toLowerCase());
    return { path, raw: bytes.length, gzip: gzip9(bytes).length, brotli: brotli11(bytes, text).length };
  });
  const total = files.reduce(
    (t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }),
    { raw: 0, gzip: 0, brotli: 0 },
  );
  return { files, total, missing, external, publicUrl };
};

// ---------------------------------------------------------------------------
// CLI

const n = (x) => x.toLocaleString("en-US");
const kb = (bytes) => (bytes / 1024).toFixed(1);

/** The report of a measure() result against `budget` bytes, as lines. */
export const report = (result, budget, distLabel = "dist/", what = "first load") => {
  const { files, total } = result;
  const width = Math.max(24, ...files.map((f) => f.path.length)) + 2;
  const row = (a, b, c, d) => `  ${a.padEnd(width)} ${b.padStart(10)} ${c.padStart(10)} ${d.padStart(10)}`;
  const lines = [row(`file (${distLabel})`, "bytes", "gzip -9", "brotli")];
  for (const f of files) lines.push(row(f.path, n(f.raw), n(f.gzip), n(f.brotli)));
  lines.push(row("TOTAL", n(total.raw), n(total.gzip), n(total.brotli)));
  for (const url of result.missing) lines.push(`!!! missing: ${url} (named in index.html, not in ${distLabel})`);
  for (const url of result.external) lines.push(`  note: not counted (another origin): ${url}`);
  lines.push(
    `  ${what}: ${kb(total.gzip)} KB gzip of ${kb(budget).replace(/\.0$/, "")} KB budget` +
      ` (brotli ${kb(total.brotli)} KB, raw ${kb(total.raw)} KB; 1 KB = 1024 bytes)`,
  );
  if (total.gzip > budget) {
    const over = total.gzip - budget;
    lines.push(`!!! over budget by ${kb(over)} KB (${n(over)} bytes gzip); heaviest first:`);
    for (const f of [...files].sort((a, b) => b.gzip - a.gzip || a.path.localeCompare(b.path))) {
      lines.push(`!!!   ${f.path.padEnd(width)} ${n(f.gzip).padStart(10)} bytes gzip`);
    }
  }
  return lines;
};

const usage = "usage: node scripts/size-check.mjs [distDir] [--budget-kb N]";

const main = (argv) => {
  let distDir = join(ROOT, "dist");
  let budget = BUDGET_GZIP_BYTES;
  let distGiven = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    let value = null;
    if (arg === "--budget-kb") value = argv[++i];
    else if (arg.startsWith("--budget-kb=")) value = arg.slice("--budget-kb=".length);
    else if (arg === "-h" || arg === "--help") {
      console.log(usage);
      return 0;
    } else if (arg.startsWith("-") || distGiven) {
      console.error(`size-check: unexpected argument: ${arg}\n${usage}`);
      return 2;
    } else {
      distDir = resolve(arg);
      distGiven = true;
      continue;
    }
    const kbValue = Number(value);
    if (value === undefined || value === "" || !Number.isFinite(kbValue) || kbValue <= 0) {
      console.error(`size-check: --budget-kb needs a positive number\n${usage}`);
      return 2;
    }
    budget = Math.round(kbValue * 1024);
  }

  let result;
  try {
    result = measure(distDir);
  } catch (e) {
    if (e.code !== "ENOINDEX") throw e;
    console.error(`!!! size-check: ${distDir}/index.html does not exist; build first (scripts/dist.sh)`);
    return 2;
  }
  const rel = relative(process.cwd(), distDir);
  const label = (rel === "" ? "." : rel.startsWith("..") ? distDir : rel) + "/";
  for (const line of report(result, budget, label)) console.log(line);
  let over = result.total.gzip > budget;
  const presentation = join(distDir, PRESENTATION_DIR);
  if (isFile(join(presentation, "index.html"))) {
    // Its data request goes to the list's data file, counted above.
    const pres = measure(presentation, distDir);
    console.log("");
    for (const line of report(pres, budget, `${label}${PRESENTATION_DIR}/`, "presentation page")) {
      console.log(line);
    }
    over ||= pres.total.gzip > budget;
  }
  return over ? 1 : 0;
};

const invoked = runAsCommand(import.meta.url);
if (invoked) process.exitCode = main(process.argv.slice(2));
