// Just enough of the WebAssembly binary format for the release hook: LEB128
// numbers, names, and rewriting one section while copying the rest as is.
// https://webassembly.github.io/spec/core/binary/modules.html

/** An unsigned LEB128 number at `at`: [value, position after it]. */
export const readU32 = (bytes, at) => {
  let value = 0;
  let shift = 0;
  for (;;) {
    if (at >= bytes.length) throw new Error("wasm: number runs past the end");
    const b = bytes[at++];
    value += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if (b < 0x80) return [value, at];
    if (shift > 35) throw new Error("wasm: number too long");
  }
};

export const writeU32 = (n) => {
  const out = [];
  do {
    let b = n % 128;
    n = Math.floor(n / 128);
    if (n > 0) b |= 0x80;
    out.push(b);
  } while (n > 0);
  return Buffer.from(out);
};

/** A name (length, then UTF-8) at `at`: [string, position after it]. */
export const readName = (bytes, at) => {
  const [len, start] = readU32(bytes, at);
  return [bytes.subarray(start, start + len).toString("utf8"), start + len];
};

export const writeName = (s) => {
  const b = Buffer.from(s, "utf8");
  return Buffer.concat([writeU32(b.length), b]);
};

/** Each section of a module: its id and where its body starts and ends. */
export function* sections(wasm) {
  if (wasm.length < 8 || wasm.readUInt32LE(0) !== 0x6d736100) throw new Error("wasm: not a module");
  let at = 8;
  while (at < wasm.length) {
    const id = wasm[at];
    const [size, start] = readU32(wasm, at + 1);
    if (start + size > wasm.length) throw new Error("wasm: section runs past the end");
    yield { id, start, end: start + size };
    at = start + size;
  }
}

/**
 * The module with every section whose id is `id` replaced by
 * `rewrite(body)`; the other sections are copied byte for byte.
 */
export function rewriteSection(wasm, id, rewrite) {
  const parts = [wasm.subarray(0, 8)];
  let seen = 0;
  for (const section of sections(wasm)) {
    let body = wasm.subarray(section.start, section.end);
    if (section.id === id) {
      body = rewrite(body);
      seen++;
    }
    parts.push(Buffer.from([section.id]), writeU32(body.length), body);
  }
  if (seen !== 1) throw new Error(`wasm: expected one section ${id}, found ${seen}`);
  return Buffer.concat(parts);
}
