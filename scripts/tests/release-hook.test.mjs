// Tests of the release hook's parts (scripts/post-build.mjs), on small
// hand-made inputs. Run: node --test scripts/tests/
// The whole hook is also exercised by every browser test, which loads the
// processed files.

import assert from "node:assert/strict";
import { test } from "node:test";
import { compactJson } from "../compact-json.mjs";
import { dropStreamAdapters } from "../drop-stream-adapters.mjs";
import { shortenImports } from "../shorten-imports.mjs";
import { readName, readU32, sections, writeName, writeU32 } from "../wasm-binary.mjs";

const section = (id, ...parts) => {
  const body = Buffer.concat(parts);
  return Buffer.concat([Buffer.from([id]), writeU32(body.length), body]);
};

/** A module that imports functions [module, field] and exports names (all as function 0). */
const module = (imports, exports) =>
  Buffer.concat([
    Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]),
    section(1, writeU32(1), Buffer.from([0x60, 0x00, 0x00])),
    section(2, writeU32(imports.length), ...imports.map(([m, f]) => Buffer.concat([writeName(m), writeName(f), Buffer.from([0x00, 0x00])]))),
    section(7, writeU32(exports.length), ...exports.map((e) => Buffer.concat([writeName(e), Buffer.from([0x00, 0x00])]))),
  ]);

/** The [module, field] names of a module's imports. */
const importsOf = (wasm) => {
  const section = [...sections(wasm)].find((s) => s.id === 2);
  let [count, at] = readU32(wasm, section.start);
  const out = [];
  for (; count > 0; count--) {
    const [m, fieldAt] = readName(wasm, at);
    const [f, kindAt] = readName(wasm, fieldAt);
    out.push([m, f]);
    at = kindAt + 2; // function import: kind byte, one-byte type index
  }
  return out;
};

const GLUE = `function __wbg_get_imports() {
    const import0 = {
        __proto__: null,
        __wbg_alert_0123456789abcdef: function(arg0) { alert(arg0); },
        __wbg_log_fedcba9876543210: function(arg0) { console.log(arg0); },
    };
    return { __proto__: null, "./app_bg.js": import0 };
}
`;

test("imports from the glue get short names in both files; other modules keep theirs", () => {
  const wasm = module(
    [
      ["./app_bg.js", "__wbg_alert_0123456789abcdef"],
      ["env", "memory_hook"],
      ["./app_bg.js", "__wbg_log_fedcba9876543210"],
    ],
    ["main"],
  );
  const out = shortenImports(wasm, GLUE);
  assert.equal(out.count, 2);
  assert.deepEqual(importsOf(out.wasm), [
    ["./app_bg.js", "a"],
    ["env", "memory_hook"],
    ["./app_bg.js", "b"],
  ]);
  assert.match(out.glue, /\n {8}a: function\(arg0\) \{ alert/);
  assert.match(out.glue, /\n {8}b: function\(arg0\) \{ console\.log/);
  assert.doesNotMatch(out.glue, /0123456789abcdef|fedcba9876543210/);
});

test("a name the glue uses twice stops the build", () => {
  const wasm = module([["./app_bg.js", "__wbg_alert_0123456789abcdef"]], ["main"]);
  const glue = GLUE + "const again = __wbg_alert_0123456789abcdef;\n";
  assert.throws(() => shortenImports(wasm, glue), /appears 2 times/);
});

test("an import the glue does not provide stops the build", () => {
  const wasm = module([["./app_bg.js", "__wbg_missing_0000000000000000"]], ["main"]);
  assert.throws(() => shortenImports(wasm, GLUE), /appears 0 times/);
});

test("stream adapters go from the exports and the glue", () => {
  const cls = (name) => `export class ${name} {
    free() {
        wasm.__wbg_${name.toLowerCase()}_free(0, 0);
    }
}
if (Symbol.dispose) ${name}.prototype[Symbol.dispose] = ${name}.prototype.free;
`;
  const names = ["IntoUnderlyingByteSource", "IntoUnderlyingSink", "IntoUnderlyingSource"];
  const glue =
    names.map(cls).join("") +
    "export function run() {}\n" +
    names.map((n) => `const ${n}Finalization = new FinalizationRegistry(ptr => wasm.__wbg_${n.toLowerCase()}_free(ptr, 1));\n`).join("");
  const wasm = module([], ["main", "__wbg_intounderlyingsink_free", "intounderlyingsource_pull", "memory"]);
  const out = dropStreamAdapters(wasm, glue);
  assert.deepEqual(out.dropped, ["__wbg_intounderlyingsink_free", "intounderlyingsource_pull"]);
  assert.equal(out.glue, "export function run() {}\n");
  assert.ok(out.wasm.includes(Buffer.from("memory")));
  assert.ok(!out.wasm.includes(Buffer.from("intounderlying")));
});

test("a build without stream adapters is left alone", () => {
  assert.equal(dropStreamAdapters(module([], ["main"]), "export function run() {}\n"), null);
});

test("a glue that mentions the adapters in an unknown shape stops the build", () => {
  const wasm = module([], ["intounderlyingsource_pull"]);
  assert.throws(() => dropStreamAdapters(wasm, "class IntoUnderlyingSource {}\n"), /expected 3/);
});

test("compacting JSON removes whitespace between tokens only", () => {
  const text = '{\n  "name": "Hoàng Văn  Vạn",\n  "quote": "a \\" b",\n  "n": [1, 2]\n}\n';
  const small = compactJson(text);
  assert.equal(small, '{"name":"Hoàng Văn  Vạn","quote":"a \\" b","n":[1,2]}');
  assert.deepEqual(JSON.parse(small), JSON.parse(text));
});
