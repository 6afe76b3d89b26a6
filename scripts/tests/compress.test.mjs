// Tests of the precompressed copies (scripts/compress.mjs), on small synthetic
// dist/ trees in temporary directories. Run: node --test scripts/tests/

import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { compressDir } from "../compress.mjs";
import { tmpDists } from "./tmp-dist.mjs";

const SCRIPT = join(dirname(fileURLToPath(import.meta.url)), "..", "compress.mjs");
const { tmp, dist } = tmpDists("compress-test-");

const FILES = {
  "index.html": "<!DOCTYPE html><title>Gương sáng</title>".repeat(20),
  "app-0123456789abcdef.js": "export default function init() { return 42; }\n".repeat(20),
  "app-0123456789abcdef_bg.wasm": Buffer.concat([Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]), randomBytes(3000)]),
  "main-0123456789abcdef.css": "body { margin: 0 }\n",
  "favicon-0123456789abcdef.svg": "<svg xmlns='http://www.w3.org/2000/svg'/>",
  "data/guong-sang.json": JSON.stringify({ communes: [{ id: "hanh-son", name: "Hạnh Sơn" }] }),
  "deep/er/notes.txt": "text",
  "photo.png": randomBytes(100),
};
const COMPRESSIBLE = Object.keys(FILES).filter((f) => f !== "photo.png");

test("writes .gz and .br beside every compressible file, recursively; they decompress to the original", () => {
  const dir = dist(FILES);
  const s = compressDir(dir);
  assert.equal(s.files, COMPRESSIBLE.length);
  assert.equal(s.written, COMPRESSIBLE.length);
  for (const f of COMPRESSIBLE) {
    const original = readFileSync(join(dir, f));
    assert.deepEqual(gunzipSync(readFileSync(join(dir, `${f}.gz`))), original, `${f}.gz`);
    assert.deepEqual(brotliDecompressSync(readFileSync(join(dir, `${f}.br`))), original, `${f}.br`);
    const mtime = statSync(join(dir, f)).mtimeMs;
    for (const ext of [".gz", ".br"]) {
      assert.ok(Math.abs(statSync(join(dir, f + ext)).mtimeMs - mtime) < 1, `${f}${ext} keeps the original's mtime`);
    }
  }
  assert.equal(existsSync(join(dir, "photo.png.gz")), false);
  assert.equal(existsSync(join(dir, "photo.png.br")), false);
});

test("skips files that are themselves .gz or .br, and leaves up-to-date copies alone", () => {
  const dir = dist(FILES);
  compressDir(dir);
  const again = compressDir(dir);
  assert.equal(again.files, COMPRESSIBLE.length, "no .gz.gz or .br.br");
  assert.equal(again.written, 0);
  assert.equal(again.upToDate, COMPRESSIBLE.length);
  assert.equal(existsSync(join(dir, "index.html.gz.gz")), false);
  assert.equal(existsSync(join(dir, "index.html.br.br")), false);
  assert.equal(existsSync(join(dir, "index.html.gz.br")), false);
});

test("rewrites stale copies: an edited data file gets new .gz and .br", () => {
  const dir = dist(FILES);
  compressDir(dir);
  const data = join(dir, "data/guong-sang.json");
  const edited = JSON.stringify({ communes: [{ id: "hanh-son", name: "Hạnh Sơn", entries: [] }] });
  writeFileSync(data, edited);
  const later = new Date(Date.now() + 5000);
  utimesSync(data, later, later);
  const s = compressDir(dir);
  assert.equal(s.written, 1);
  assert.equal(gunzipSync(readFileSync(`${data}.gz`)).toString(), edited);
  assert.equal(brotliDecompressSync(readFileSync(`${data}.br`)).toString(), edited);
});

test("force rewrites every copy", () => {
  const dir = dist(FILES);
  compressDir(dir);
  assert.equal(compressDir(dir, { force: true }).written, COMPRESSIBLE.length);
});

test("CLI: prints a one-line summary and exits 0; a missing directory exits 1", () => {
  const dir = dist(FILES);
  const r = spawnSync(process.execPath, [SCRIPT, dir], { encoding: "utf8" });
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.trim().split("\n");
  assert.equal(lines.length, 1);
  assert.match(lines[0], new RegExp(`^compress: ${COMPRESSIBLE.length} files in .*: ${COMPRESSIBLE.length} written, 0 up to date;`));
  assert.ok(existsSync(join(dir, "index.html.br")));
  const missing = spawnSync(process.execPath, [SCRIPT, join(tmp, "nope")], { encoding: "utf8" });
  assert.equal(missing.status, 1);
});
