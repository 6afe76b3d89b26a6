// scripts/service-worker.mjs: the worker's stamp (version and files).
import assert from "node:assert/strict";
import { test } from "node:test";
import { cachedFiles, workerFor } from "../service-worker.mjs";
import { tmpDists } from "./tmp-dist.mjs";

const { dist } = tmpDists("gs-sw-");

const site = (extra = {}) => ({
  "index.html": "<!DOCTYPE html><title>x</title>",
  "guong-sang-0123456789abcdef.js": "export default 1;",
  "guong-sang-0123456789abcdef_bg.wasm": Buffer.from([0, 0x61, 0x73, 0x6d]),
  "data/guong-sang.json": '{"schema":1}',
  "trinh-chieu/index.html": "<!DOCTYPE html><title>y</title>",
  "index.html.gz": "compressed copy",
  "index.html.br": "compressed copy",
  "sw.js": "an older worker",
  ...extra,
});

const stamped = (text) => JSON.parse(text.match(/^const BUILD = (.*);$/m)[1]);

test("every file of both pages is cached, not the worker nor compressed copies", () => {
  assert.deepEqual(cachedFiles(dist(site())), [
    "data/guong-sang.json",
    "guong-sang-0123456789abcdef.js",
    "guong-sang-0123456789abcdef_bg.wasm",
    "index.html",
    "trinh-chieu/index.html",
  ]);
});

test("the real template is stamped with a version and the file list", () => {
  const build = stamped(workerFor(dist(site())));
  assert.match(build.version, /^[0-9a-f]{16}$/);
  assert.equal(build.files.length, 5);
});

test("the version follows the content: same files, same version; any change, a new one", () => {
  const a = stamped(workerFor(dist(site()))).version;
  assert.equal(stamped(workerFor(dist(site()))).version, a);
  const data = stamped(workerFor(dist(site({ "data/guong-sang.json": '{"schema":1} ' })))).version;
  const page = stamped(workerFor(dist(site({ "trinh-chieu/index.html": "changed" })))).version;
  assert.notEqual(data, a);
  assert.notEqual(page, a);
  // A compressed copy or the worker itself does not make a new version.
  assert.equal(stamped(workerFor(dist(site({ "index.html.gz": "other" })))).version, a);
});

test("a template without the BUILD line fails loudly", () => {
  assert.throws(() => workerFor(dist(site()), "// no stamp here\n"), /no BUILD line/);
});
