// A small static file server for dist/, for the benchmark (scripts/bench.mjs).
// It behaves like a real static host where that matters for timing:
//
//   * Accept-Encoding is honoured: `br` gets the precompressed `.br` sibling
//     (as scripts/dist.sh writes them), otherwise `gzip` gets the `.gz`
//     sibling, or the file gzipped on the fly with node:zlib (once, then kept
//     in memory) when there is no sibling. Compressed answers carry
//     Content-Encoding; every compressible type carries Vary: Accept-Encoding.
//   * Content-Type is right, application/wasm included (needed for
//     WebAssembly.instantiateStreaming).
//   * `/` and directories serve their index.html; the query string is ignored
//     (the app keeps its view in it). No rewrites, no directory listings.
//
// It binds to 127.0.0.1 on a free port:
//
//   import { start } from './static-server.mjs';
//   const server = await start({ root: 'dist' });   // { url, port, close() }
//   ...
//   await server.close();
//
// Or by hand: node scripts/static-server.mjs [DIR] [PORT]

import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { gzipSync, constants as zlib } from "node:zlib";
import { runAsCommand } from "./run-as-command.mjs";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".webmanifest": "application/manifest+json",
  ".map": "application/json; charset=utf-8",
  ".xml": "application/xml",
  ".woff2": "font/woff2",
};
// As scripts/compress.mjs: the types that get .gz/.br siblings.
const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".css", ".json", ".wasm", ".svg", ".txt", ".webmanifest", ".xml", ".map", ".ico"]);

/** The codings a client accepts, from its Accept-Encoding header (q=0 means no). */
export function acceptedEncodings(header) {
  const out = new Set();
  for (const part of String(header || "").split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    if (q && Number(q.slice(2)) === 0) continue;
    out.add(name);
  }
  return out;
}

async function isFile(p) {
  try {
    return (await stat(p)).isFile();
  } catch {
    return false;
  }
}

/**
 * Starts serving `root`. Options: `root` (required), `port` (0 = free port),
 * `host` (127.0.0.1), `log` (a function given one line per request).
 * Resolves to { url, port, close }.
 */
export async function start({ root, port = 0, host = "127.0.0.1", log = null } = {}) {
  if (!root) throw new Error("static-server: root is required");
  const base = path.resolve(root);
  const gzipped = new Map(); // path -> Buffer, for on-the-fly gzip

  const server = createServer(async (req, res) => {
    const started = process.hrtime.bigint();
    let status = 500;
    let coding = "identity";
    try {
      if (req.method !== "GET" && req.method !== "HEAD") {
        status = 405;
        res.writeHead(405, { Allow: "GET, HEAD" }).end();
        return;
      }
      let rel;
      try {
        rel = decodeURIComponent(new URL(req.url, "http://x").pathname);
      } catch {
        status = 400;
        res.writeHead(400).end();
        return;
      }
      let file = path.join(base, rel);
      if (file !== base && !file.startsWith(base + path.sep)) {
        status = 403;
        res.writeHead(403).end();
        return;
      }
      if (rel.endsWith("/") || (await stat(file).catch(() => null))?.isDirectory()) {
        file = path.join(file, "index.html");
      }
      if (!(await isFile(file))) {
        status = 404;
        res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("404 Not Found\n");
        return;
      }
      const ext = path.extname(file).toLowerCase();
      const headers = {
        "Content-Type": TYPES[ext] || "application/octet-stream",
        "Cache-Control": "no-cache",
      };
      let body;
      if (COMPRESSIBLE.has(ext)) {
        headers.Vary = "Accept-Encoding";
        const accepts = acceptedEncodings(req.headers["accept-encoding"]);
        if (accepts.has("br") && (await isFile(file + ".br"))) {
          coding = "br";
          body = await readFile(file + ".br");
        } else if (accepts.has("gzip")) {
          coding = "gzip";
          if (await isFile(file + ".gz")) {
            body = await readFile(file + ".gz");
          } else {
            body = gzipped.get(file);
            if (!body) {
              body = gzipSync(await readFile(file), { level: zlib.Z_BEST_COMPRESSION });
              gzipped.set(file, body);
            }
          }
        }
        if (coding !== "identity") headers["Content-Encoding"] = coding;
      }
      body ??= await readFile(file);
      headers["Content-Length"] = body.length;
      status = 200;
      res.writeHead(200, headers);
      res.end(req.method === "HEAD" ? undefined : body);
    } catch (e) {
      status = 500;
      if (!res.headersSent) res.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
      res.end(`500 ${e && e.message}\n`);
    } finally {
      if (log) {
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        log(`${req.method} ${req.url} ${status} ${coding} ${ms.toFixed(1)}ms`);
      }
    }
  });
  // Keep-alive sockets would hold close() open: track and destroy them.
  const sockets = new Set();
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const actual = server.address().port;
  let closing = null;
  return {
    url: `http://${host}:${actual}`,
    port: actual,
    close() {
      closing ??= new Promise((resolve) => {
        server.close(() => resolve());
        for (const s of sockets) s.destroy();
      });
      return closing;
    },
  };
}

const invoked = runAsCommand(import.meta.url);
if (invoked) {
  const root = process.argv[2] || "dist";
  const port = Number(process.argv[3] || 0);
  const server = await start({ root, port, log: (line) => console.log(line) });
  console.log(`serving ${path.resolve(root)} on ${server.url}/ (Ctrl-C stops)`);
  const stop = () => server.close().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}
