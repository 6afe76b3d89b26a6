// Gives the functions the wasm imports from wasm-bindgen's JS glue short
// names, in both files.
//
// Why: wasm-bindgen names each import like
// `__wbg_addEventListener_847fd86b8c33ec43`, and each name is shipped twice,
// in the wasm's import section and as a key in the glue. The 16 hex digits do
// not compress, so the names weigh on a first load on a rural 3G phone
// (README, size ledger). The names mean nothing at run time: the glue hands the wasm
// an object of functions, and only the two files must agree. This is what a
// JS minifier does for local names, done for the names shared by two files.
//
// Fails loudly when a name is not exactly one key of the glue's import
// object, rather than shipping a wasm whose imports the glue does not meet.

import { readName, readU32, rewriteSection, writeName, writeU32 } from "./wasm-binary.mjs";

const IMPORT_SECTION = 2;
const GLUE_MODULE = /^\.\/[\w-]+_bg\.js$/;

/** a, b, …, z, ba, bb, …: never `__proto__`, never a number. */
const shortName = (n) => {
  let s = "";
  do {
    s = String.fromCharCode(97 + (n % 26)) + s;
    n = Math.floor(n / 26);
  } while (n > 0);
  return s;
};

/** Where the description of an import of `kind` ends (it is copied as is). */
function skipDescription(body, kind, at) {
  const limits = (p) => {
    const flags = body[p];
    if (flags > 0x07 || flags & 0x04) throw new Error(`wasm: import limits flags ${flags} not handled`);
    let [, q] = readU32(body, p + 1);
    if (flags & 0x01) [, q] = readU32(body, q);
    return q;
  };
  switch (kind) {
    case 0: // function: type index
      return readU32(body, at)[1];
    case 1: // table: plain reference type, then limits
      if (body[at] !== 0x70 && body[at] !== 0x6f) throw new Error("wasm: table import type not handled");
      return limits(at + 1);
    case 2: // memory
      return limits(at);
    case 3: // global: plain value type, then mutability
      if (body[at] < 0x6f || body[at] > 0x7f) throw new Error("wasm: global import type not handled");
      return at + 2;
    default:
      throw new Error(`wasm: import kind ${kind} not handled`);
  }
}

/** The wasm and glue with the glue module's imports renamed, and how many. */
export function shortenImports(wasm, glue) {
  const renamed = new Map();
  const out = rewriteSection(wasm, IMPORT_SECTION, (body) => {
    let [count, at] = readU32(body, 0);
    const entries = [writeU32(count)];
    for (; count > 0; count--) {
      const [module, fieldAt] = readName(body, at);
      const [field, kindAt] = readName(body, fieldAt);
      const kind = body[kindAt];
      const end = skipDescription(body, kind, kindAt + 1);
      let name = field;
      if (GLUE_MODULE.test(module)) {
        if (!renamed.has(field)) renamed.set(field, shortName(renamed.size));
        name = renamed.get(field);
      }
      entries.push(writeName(module), writeName(name), body.subarray(kindAt, end));
      at = end;
    }
    if (at !== body.length) throw new Error("wasm: import section has trailing bytes");
    return Buffer.concat(entries);
  });

  let text = glue;
  for (const [long, short] of renamed) {
    const key = new RegExp(`(?<![\\w$])${long.replace(/\$/g, "\\$")}(?![\\w$])`, "g");
    const uses = text.match(key)?.length ?? 0;
    const asKey = new RegExp(`(?<![\\w$])${long.replace(/\$/g, "\\$")}: `);
    if (uses !== 1 || !asKey.test(text)) {
      throw new Error(`import ${long} appears ${uses} times in the glue, expected once as a key`);
    }
    text = text.replace(key, short);
  }
  return { wasm: out, glue: text, count: renamed.size };
}
