// The Content-Security-Policy of a built page: scripts only from the site
// itself, WebAssembly compiled from it ('wasm-unsafe-eval'), and no inline
// script or style but those the page was built with, each allowed by its
// hash. Data is rendered as text, so this is the second wall: an entry's
// text that somehow became markup still could not run.
//
// A <meta> tag, so it holds on any static host without server settings.
// Release builds only (scripts/post-build.mjs, the last step, after every
// change to the page): the debug server injects a live-reload script.
import { createHash } from "node:crypto";

const hash = (text) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

/** The hashes of every inline <script> and <style> in `html`. */
export const inlineHashes = (html) => {
  const of = (tag) =>
    [...html.matchAll(new RegExp(`<${tag}\\b([^>]*)>([\\s\\S]*?)</${tag}\\s*>`, "gi"))]
      .filter((m) => tag !== "script" || !/\bsrc\s*=/i.test(m[1]))
      .map((m) => hash(m[2]));
  return { scripts: of("script"), styles: of("style") };
};

/** The policy for `html`. */
export const policyFor = (html) => {
  const { scripts, styles } = inlineHashes(html);
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${scripts.join(" ")}`.trim(),
    `style-src 'self' ${styles.join(" ")}`.trim(),
    "img-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
};

/** `html` with its policy early in the head, before any script: after the
 * charset (which must come first), else at the start of <head> or <html>
 * (Trunk's minifier leaves out the optional <head> tag). */
export const withCsp = (html) => {
  if (/http-equiv\s*=\s*["']?content-security-policy/i.test(html)) {
    throw new Error("the page already has a Content-Security-Policy");
  }
  const anchor = html.match(/<meta\s+charset\b[^>]*>/i) ?? html.match(/<head\b[^>]*>/i) ?? html.match(/<html\b[^>]*>/i);
  if (!anchor) throw new Error("no <head> to put the Content-Security-Policy in");
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policyFor(html)}">`;
  const at = anchor.index + anchor[0].length;
  if (/<script\b/i.test(html.slice(0, at))) throw new Error("a script comes before the place for the policy");
  return html.slice(0, at) + meta + html.slice(at);
};
