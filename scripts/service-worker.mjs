// Trunk post_build hook, release builds only, after both pages are in the
// staging directory (Trunk.toml): writes sw.js, the service worker, from
// public/sw.js with its BUILD line stamped: a version made from the content
// of every file, and the list of those files (both pages, data, icons),
// which the worker caches when it installs. A new build gives a new version,
// so visitors' browsers install the new worker, which offers "Tải lại" and
// then removes the old caches (README, "Offline").
//
// Debug builds get no worker: a cache would hide every edit while developing.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { runAsCommand } from "./run-as-command.mjs";

const TEMPLATE = fileURLToPath(new URL("../public/sw.js", import.meta.url));
const STAMP = /^const BUILD = \{ version: "unstamped", files: \[\] \};$/m;

/** Files under `dir`, recursively, as sorted "/"-separated relative paths. */
const files = (dir, root = dir) =>
  readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? files(join(dir, e.name), root) : [relative(root, join(dir, e.name))]))
    .map((p) => p.split(sep).join("/"))
    .sort();

/** What the worker caches: every file the pages use, not the worker itself
 * nor compressed copies (hosts serve those in place of the originals). */
export const cachedFiles = (dist) =>
  files(dist).filter((p) => p !== "sw.js" && !/\.(gz|br|map)$/.test(p));

/** sw.js's text for the files in `dist`. */
export const workerFor = (dist, template = readFileSync(TEMPLATE, "utf8")) => {
  if (!STAMP.test(template)) throw new Error(`no BUILD line to stamp in ${TEMPLATE}`);
  const list = cachedFiles(dist);
  const hash = createHash("sha256");
  for (const path of list) hash.update(`${path}\0`).update(readFileSync(join(dist, path))).update("\0");
  const version = hash.digest("hex").slice(0, 16);
  return template.replace(STAMP, `const BUILD = ${JSON.stringify({ version, files: list })};`);
};

const main = () => {
  if (process.env.TRUNK_PROFILE !== "release") return 0;
  const staging = process.env.TRUNK_STAGING_DIR;
  if (!staging) {
    console.error("service-worker: run me from Trunk (TRUNK_STAGING_DIR unset)");
    return 1;
  }
  const text = workerFor(staging);
  writeFileSync(join(staging, "sw.js"), text);
  const { version, files: list } = JSON.parse(text.match(/^const BUILD = (.*);$/m)[1]);
  console.log(`service-worker: sw.js version ${version}, ${list.length} files cached`);
  return 0;
};

if (runAsCommand(import.meta.url)) process.exitCode = main();
