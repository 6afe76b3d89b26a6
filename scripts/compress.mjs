// Precompressed copies for static hosts: writes X.gz (gzip level 9) and X.br
// (brotli quality 11) beside every compressible file of a built dist/, so a
// server that serves such siblings (nginx gzip_static/brotli_static, GitLab
// Pages) sends the smallest copy without compressing on each request.
//
//   node scripts/compress.mjs [distDir]     # default: dist/ at the repository root
//
// Compressible: html, js, mjs, css, json, wasm, svg, txt, xml, webmanifest,
// map, ico, in dist/ and its sub-folders. Files that are themselves .gz or .br
// are skipped. A copy is rewritten unless it already carries its original's
// modification time (the copies get it), so re-running after an edit to one
// file redoes only that file.
//
// Used by scripts/dist.sh after the size check.

import { readFileSync, readdirSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { dirname, extname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { brotli11, gzip9, TEXT_EXTENSIONS } from "./size-check.mjs";
import { runAsCommand } from "./run-as-command.mjs";

export const COMPRESSIBLE = new Set([
  ".html", ".js", ".mjs", ".css", ".json", ".wasm", ".svg", ".txt", ".xml", ".webmanifest", ".map", ".ico",
]);

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** Files under `dir`, recursively, sorted, as absolute paths. */
const walk = (dir) =>
  readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((e) => {
      const path = join(dir, e.name);
      if (e.isDirectory()) return walk(path);
      return e.isFile() ? [path] : [];
    });

/** True when `copy` exists and has the modification time of `original` (stats). */
const upToDate = (copy, original) => {
  try {
    const s = statSync(copy);
    return s.isFile() && Math.abs(s.mtimeMs - original.mtimeMs) < 1;
  } catch {
    return false;
  }
};

/**
 * Writes `.gz` and `.br` beside every compressible file under `distDir`.
 * @param {string} distDir
 * @param {{ force?: boolean }} [options] force: rewrite copies even when up to date
 * @returns {{ files: number, written: number, upToDate: number,
 *             raw: number, gzip: number, brotli: number }}
 *   files: originals seen; written/upToDate: how many had their copies
 *   (re)written or left; raw/gzip/brotli: total bytes of originals and copies.
 */
export const compressDir = (distDir, { force = false } = {}) => {
  const dist = resolve(distDir);
  if (!statSync(dist).isDirectory()) throw new Error(`${dist} is not a directory`);
  const summary = { files: 0, written: 0, upToDate: 0, raw: 0, gzip: 0, brotli: 0 };
  for (const path of walk(dist)) {
    const ext = extname(path).toLowerCase();
    if (ext === ".gz" || ext === ".br" || !COMPRESSIBLE.has(ext)) continue;
    const stat = statSync(path);
    const gzPath = `${path}.gz`;
    const brPath = `${path}.br`;
    summary.files++;
    summary.raw += stat.size;
    if (!force && upToDate(gzPath, stat) && upToDate(brPath, stat)) {
      summary.upToDate++;
      summary.gzip += statSync(gzPath).size;
      summary.brotli += statSync(brPath).size;
      continue;
    }
    const bytes = readFileSync(path);
    const gz = gzip9(bytes);
    const br = brotli11(bytes, TEXT_EXTENSIONS.has(ext));
    for (const [copy, data] of [[gzPath, gz], [brPath, br]]) {
      writeFileSync(copy, data);
      utimesSync(copy, stat.atimeMs / 1000, stat.mtimeMs / 1000);
    }
    summary.written++;
    summary.gzip += gz.length;
    summary.brotli += br.length;
  }
  return summary;
};

const main = (argv) => {
  if (argv.includes("-h") || argv.includes("--help")) {
    console.log("usage: node scripts/compress.mjs [distDir]");
    return 0;
  }
  if (argv.length > 1 || (argv[0] ?? "").startsWith("-")) {
    console.error("compress: usage: node scripts/compress.mjs [distDir]");
    return 2;
  }
  const dist = argv[0] ? resolve(argv[0]) : join(ROOT, "dist");
  let s;
  try {
    s = compressDir(dist);
  } catch (e) {
    console.error(`!!! compress: ${e.message}`);
    return 1;
  }
  const n = (x) => x.toLocaleString("en-US");
  const rel = relative(process.cwd(), dist);
  const label = (rel === "" ? "." : rel.startsWith("..") ? dist : rel) + "/";
  console.log(
    `compress: ${s.files} files in ${label}: ${s.written} written, ${s.upToDate} up to date;` +
      ` ${n(s.raw)} bytes -> ${n(s.gzip)} .gz, ${n(s.brotli)} .br`,
  );
  return 0;
};

const invoked = runAsCommand(import.meta.url);
if (invoked) process.exitCode = main(process.argv.slice(2));
