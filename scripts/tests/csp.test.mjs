// scripts/csp.mjs: the page's Content-Security-Policy.
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { test } from "node:test";
import { inlineHashes, policyFor, withCsp } from "../csp.mjs";

const sha = (text) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

const page = `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<script>if(1)document.documentElement.classList.add("x")</script>
<script defer src="sw-client.js"></script>
<style>body{margin:0}</style>
<script type="module">import init from '/app.js';await init();</script>
</head><body><p>&lt;script&gt;alert(1)&lt;/script&gt;</p><script>open()</script></body></html>`;

test("every inline script and style is hashed; scripts with src are not", () => {
  const { scripts, styles } = inlineHashes(page);
  assert.deepEqual(scripts, [
    sha('if(1)document.documentElement.classList.add("x")'),
    sha("import init from '/app.js';await init();"),
    sha("open()"),
  ]);
  assert.deepEqual(styles, [sha("body{margin:0}")]);
});

test("the policy: own origin, wasm, the hashes, nothing inline otherwise", () => {
  const policy = policyFor(page);
  assert.match(policy, /^default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
  assert.doesNotMatch(policy, /'unsafe-inline'|'unsafe-eval'|\*/);
  assert.match(policy, /object-src 'none'/);
  assert.match(policy, new RegExp(`style-src 'self' ${sha("body{margin:0}").replace(/[+/]/g, "\\$&")}`));
});

test("the meta tag comes first in <head>, before any script, and only once", () => {
  const html = withCsp(page);
  const meta = html.indexOf('<meta http-equiv="Content-Security-Policy"');
  assert.ok(meta > 0 && meta < html.indexOf("<script"), html.slice(0, 200));
  assert.throws(() => withCsp(html), /already has/);
  assert.throws(() => withCsp("<p>no head</p>"), /no <head>/);
});

test("a minified page without <head> gets it after the charset", () => {
  const html = withCsp('<!doctype html><html lang=vi><meta charset=utf-8><title>x</title><script>1</script>');
  assert.match(html, /^<!doctype html><html lang=vi><meta charset=utf-8><meta http-equiv="Content-Security-Policy" content="[^"]+"><title>/);
});
