// Removes server_fn's stream adapters from a release build.
//
// Why: Leptos's `csr` feature always links server_fn's browser support, and
// with it wasm-streams' IntoUnderlyingSource, IntoUnderlyingByteSource and
// IntoUnderlyingSink. wasm-bindgen exports those three classes, so no
// optimiser may drop them, yet only server functions use them and this app
// has none: code that every phone downloads for nothing (README, size ledger). Nothing in the glue's imports creates them.
//
// Fails loudly when the glue does not look as expected, rather than shipping
// a glue that calls exports that are gone.

import { readName, readU32, rewriteSection, writeU32 } from "./wasm-binary.mjs";

const EXPORT = /^(__wbg_)?intounderlying(bytesource|sink|source)_/;
const CLASS = /export class (IntoUnderlying(?:ByteSource|Sink|Source)) \{[\s\S]*?\n\}\nif \(Symbol\.dispose\) \1\.prototype\[Symbol\.dispose\] = \1\.prototype\.free;\n/g;
const FINALIZATION = /const IntoUnderlying(?:ByteSource|Sink|Source)Finalization = [^;]*;\n/g;
const EXPORT_SECTION = 7;

/** The wasm without the exports whose names match EXPORT, and their names. */
function dropExports(wasm) {
  const dropped = [];
  const trimmed = rewriteSection(wasm, EXPORT_SECTION, (body) => {
    let [count, at] = readU32(body, 0);
    const kept = [];
    for (; count > 0; count--) {
      const from = at;
      const [name, kindAt] = readName(body, at);
      [, at] = readU32(body, kindAt + 1); // kind byte, then index
      if (EXPORT.test(name)) dropped.push(name);
      else kept.push(body.subarray(from, at));
    }
    return Buffer.concat([writeU32(kept.length), ...kept]);
  });
  return [trimmed, dropped];
}

/**
 * `wasm` (Buffer) and `glue` (string) without the stream adapters, or null
 * when this build has none (a later Leptos may not link them).
 */
export function dropStreamAdapters(wasm, glue) {
  const [trimmed, dropped] = dropExports(wasm);
  const classes = glue.match(CLASS) ?? [];
  if (dropped.length === 0 && classes.length === 0 && !/intounderlying/i.test(glue)) return null;
  if (classes.length !== 3) {
    throw new Error(`expected 3 IntoUnderlying* classes in the glue, found ${classes.length}`);
  }
  const rest = glue.replace(CLASS, "").replace(FINALIZATION, "");
  if (/intounderlying/i.test(rest)) {
    throw new Error("the glue still mentions IntoUnderlying* after removing the classes");
  }
  return { wasm: trimmed, glue: rest, dropped };
}
