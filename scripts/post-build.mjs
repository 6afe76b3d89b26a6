// Trunk post_build hook (see Trunk.toml), release builds only. Trunk runs the
// hooks of one stage side by side, so this one hook does, in order:
//
//   1. drops server_fn's unused stream adapters from the wasm and the glue
//      (drop-stream-adapters.mjs), then runs wasm-opt again so the code only
//      they reached goes too;
//   2. gives the functions the wasm imports from the glue short names, in
//      both files (shorten-imports.mjs);
//   3. minifies wasm-bindgen's JS glue with terser: Trunk 0.21's own JS
//      minifier cannot parse the glue and copies it as is; and the page's
//      two scripts of its own (crash-screen.js, sw-client.js), which Trunk
//      copies as written;
//   4. updates both files' integrity hashes in index.html, then gives it its
//      Content-Security-Policy, with the hash of every inline script and
//      style as they now are (csp.mjs);
//   5. strips the whitespace between tokens of the data files (the copies in
//      dist/ only: public/data/ stays readable for the officers who edit it).
//
// Why: first-load size on a rural 3G phone. Debug builds are left alone.
//
// Fails loudly: a file that cannot be processed or a hash that cannot be
// found stops the build rather than shipping a page the browser would refuse.

import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { compactJson } from "./compact-json.mjs";
import { withCsp } from "./csp.mjs";
import { dropStreamAdapters } from "./drop-stream-adapters.mjs";
import { shortenImports } from "./shorten-imports.mjs";

const fail = (msg) => {
  console.error(`post-build: ${msg}`);
  process.exit(1);
};

if (process.env.TRUNK_PROFILE !== "release") process.exit(0);

const staging = process.env.TRUNK_STAGING_DIR;
// The project root, whichever page's build runs this (its tools are in .tools/).
const source = fileURLToPath(new URL("..", import.meta.url));
if (!staging) fail("run me from Trunk (TRUNK_STAGING_DIR unset)");

let minify;
try {
  ({ minify } = createRequire(join(source, ".tools", "terser", "package.json"))("terser"));
} catch (e) {
  fail(`terser is not in .tools/terser (scripts/setup.sh installs it): ${e.message}`);
}
const wasmOpt = join(source, ".tools", "binaryen", "node_modules", ".bin", "wasm-opt");
if (!existsSync(wasmOpt)) fail(`${wasmOpt} is missing (scripts/setup.sh installs it)`);

const sri = (bytes) => "sha384-" + createHash("sha384").update(bytes).digest("base64");
const one = (re, what) => {
  const found = readdirSync(staging).filter((f) => re.test(f));
  if (found.length !== 1) fail(`expected one ${what} in ${staging}, found ${found.length}`);
  return join(staging, found[0]);
};

// One page per build: the list (guong-sang-*) or the presentation (trinh-chieu-*).
const jsPath = one(/^[a-z][a-z-]*-[0-9a-f]+\.js$/, "glue file");
const wasmPath = one(/^[a-z][a-z-]*-[0-9a-f]+_bg\.wasm$/, "wasm file");
const jsBefore = readFileSync(jsPath);
const wasmBefore = readFileSync(wasmPath);

// 1. stream adapters
let glue = jsBefore.toString("utf8");
let wasm = wasmBefore;
let dropped;
try {
  dropped = dropStreamAdapters(wasmBefore, glue);
} catch (e) {
  fail(`stream adapters: ${e.message}`);
}
if (dropped) {
  glue = dropped.glue;
  writeFileSync(wasmPath, dropped.wasm);
  // Size first, with --low-memory-unused as in index.html (which says why).
  try {
    execFileSync(wasmOpt, [wasmPath, "-o", wasmPath, "-Oz", "--low-memory-unused", "--converge"], {
      stdio: "inherit",
    });
  } catch (e) {
    fail(`wasm-opt after dropping the stream adapters: ${e.message}`);
  }
  wasm = readFileSync(wasmPath);
  console.log(`post-build: dropped ${dropped.dropped.length} stream-adapter exports; wasm ${wasmBefore.length} -> ${wasm.length} bytes`);
} else {
  console.log("post-build: no stream adapters in this build");
}

// 2. import names
try {
  const short = shortenImports(wasm, glue);
  glue = short.glue;
  wasm = short.wasm;
  writeFileSync(wasmPath, wasm);
  console.log(`post-build: shortened ${short.count} import names; wasm now ${wasm.length} bytes`);
} catch (e) {
  fail(`import names: ${e.message}`);
}

// 3. glue
const TERSER = { compress: { passes: 2 }, mangle: true, format: { comments: false } };
const result = await minify(glue, { ...TERSER, module: true });
if (!result.code) fail(`terser produced nothing for ${jsPath}`);
const js = Buffer.from(result.code, "utf8");
writeFileSync(jsPath, js);
console.log(`post-build: glue ${jsBefore.length} -> ${js.length} bytes`);

// The page's own scripts, copied from public/ as written, comments and all
// (the presentation page loads the list's copies, so its build has none).
for (const name of ["crash-screen.js", "sw-client.js"]) {
  const path = join(staging, name);
  if (!existsSync(path)) continue;
  const before = readFileSync(path, "utf8");
  const small = await minify(before, TERSER);
  if (!small.code) fail(`terser produced nothing for ${name}`);
  writeFileSync(path, small.code);
  console.log(`post-build: ${name} ${Buffer.byteLength(before)} -> ${Buffer.byteLength(small.code)} bytes`);
}

// 4. integrity
const htmlPath = join(staging, "index.html");
let html = readFileSync(htmlPath, "utf8");
for (const [before, after, name] of [
  [jsBefore, js, jsPath],
  [wasmBefore, wasm, wasmPath],
]) {
  const oldHash = sri(before);
  if (!html.includes(oldHash)) fail(`index.html has no integrity ${oldHash} for ${name}`);
  html = html.replaceAll(oldHash, sri(after));
}
try {
  html = withCsp(html);
} catch (e) {
  fail(`Content-Security-Policy: ${e.message}`);
}
writeFileSync(htmlPath, html);

// 5. data: lossless (only whitespace outside strings goes), and only for a
// file that parses, so the line and column the app reports for a broken file
// still point into the file as its editor wrote it.
const dataDir = join(staging, "data");
if (existsSync(dataDir) && statSync(dataDir).isDirectory()) {
  for (const name of readdirSync(dataDir).filter((f) => f.endsWith(".json"))) {
    const path = join(dataDir, name);
    const text = readFileSync(path, "utf8");
    let value;
    try {
      value = JSON.stringify(JSON.parse(text));
    } catch (e) {
      console.warn(`post-build: WARNING data/${name} is not valid JSON, copied as is: ${e.message}`);
      continue;
    }
    const small = compactJson(text);
    if (JSON.stringify(JSON.parse(small)) !== value) {
      fail(`compacting data/${name} changed its content`);
    }
    writeFileSync(path, small);
    console.log(`post-build: data/${name} ${Buffer.byteLength(text)} -> ${Buffer.byteLength(small)} bytes`);
  }
}
