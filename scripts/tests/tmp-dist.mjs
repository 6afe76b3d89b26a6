// Small dist/ trees for the tests, in a temporary directory removed after
// them. Not a test file itself (node --test picks *.test.mjs).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { after } from "node:test";

/** `tmp`, the directory, and `dist(files)`, which makes a dist/ in it
 * holding `files` ({ relative path: content }) and returns its path. */
export function tmpDists(prefix) {
  const tmp = mkdtempSync(join(tmpdir(), prefix));
  after(() => rmSync(tmp, { recursive: true, force: true }));
  let count = 0;
  const dist = (files) => {
    const dir = join(tmp, `dist-${++count}`);
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), content);
    }
    return dir;
  };
  return { tmp, dist };
}
