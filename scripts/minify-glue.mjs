// Trunk post_build hook (see Trunk.toml): minifies wasm-bindgen's JS glue in
// release builds and updates its integrity hash in index.html.
//
// Why: Trunk 0.21's own JS minifier cannot parse the glue and copies it as
// is, 48 KB raw / 8.4 KB gzip; terser takes it to about 6.3 KB gzip, which is
// first-load size on a rural 3G phone. Debug builds are left alone.
//
// Fails loudly: a glue file that cannot be minified or a hash that cannot be
// found stops the build rather than shipping a page whose script the browser
// would refuse.

import { createHash } from "node:crypto";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const fail = (msg) => {
  console.error(`minify-glue: ${msg}`);
  process.exit(1);
};

if (process.env.TRUNK_PROFILE !== "release") process.exit(0);

const staging = process.env.TRUNK_STAGING_DIR;
const source = process.env.TRUNK_SOURCE_DIR;
if (!staging || !source) fail("run me from Trunk (TRUNK_STAGING_DIR/TRUNK_SOURCE_DIR unset)");

let minify;
try {
  ({ minify } = createRequire(join(source, ".tools", "terser", "package.json"))("terser"));
} catch (e) {
  fail(`terser is not in .tools/terser (scripts/setup.sh installs it): ${e.message}`);
}

const sri = (bytes) => "sha384-" + createHash("sha384").update(bytes).digest("base64");

const glue = readdirSync(staging).filter((f) => /^guong-sang-[0-9a-f]+\.js$/.test(f));
if (glue.length !== 1) fail(`expected one glue file in ${staging}, found ${glue.length}`);

const jsPath = join(staging, glue[0]);
const before = readFileSync(jsPath);
const result = await minify(before.toString("utf8"), {
  module: true,
  compress: { passes: 2 },
  mangle: true,
  format: { comments: false },
});
if (!result.code) fail(`terser produced nothing for ${glue[0]}`);
const after = Buffer.from(result.code, "utf8");

const htmlPath = join(staging, "index.html");
const html = readFileSync(htmlPath, "utf8");
const oldHash = sri(before);
if (!html.includes(oldHash)) fail(`index.html has no integrity ${oldHash} for ${glue[0]}`);
writeFileSync(jsPath, after);
writeFileSync(htmlPath, html.replaceAll(oldHash, sri(after)));
console.log(`minify-glue: ${glue[0]} ${before.length} -> ${after.length} bytes`);
