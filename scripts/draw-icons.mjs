// Draws the installable-app icons: renders the source SVGs in public/icons/
// to the PNGs that public/manifest.webmanifest names, at exact pixel sizes,
// with Debian's Chromium (/usr/bin/chromium) driven by the playwright-core
// that e2e/ installs. It never downloads a browser.
//
//   node scripts/draw-icons.mjs
//
// Run by hand when the icon design changes; the output PNGs are committed, so
// a build needs neither this script nor a browser.
//
//   icon.svg          -> icon-192.png, icon-512.png   (corners transparent)
//   icon-maskable.svg -> icon-maskable-512.png         (full bleed, opaque)

import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(new URL("../e2e/package.json", import.meta.url));
const { chromium } = require("playwright-core");

const ICONS = new URL("../public/icons/", import.meta.url);

const OUTPUTS = [
  { svg: "icon.svg", png: "icon-192.png", size: 192, transparent: true },
  { svg: "icon.svg", png: "icon-512.png", size: 512, transparent: true },
  { svg: "icon-maskable.svg", png: "icon-maskable-512.png", size: 512, transparent: false },
];

function pageFor(svgText, size) {
  const src = `data:image/svg+xml;base64,${Buffer.from(svgText).toString("base64")}`;
  return `<!doctype html><html><head><style>
html, body { margin: 0; padding: 0; overflow: hidden; background: transparent; }
img { display: block; width: ${size}px; height: ${size}px; }
</style></head><body><img src="${src}" alt=""></body></html>`;
}

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox"],
});
try {
  for (const { svg, png, size, transparent } of OUTPUTS) {
    const svgText = readFileSync(new URL(svg, ICONS), "utf8");
    const page = await browser.newPage({
      viewport: { width: size, height: size },
      deviceScaleFactor: 1,
    });
    await page.setContent(pageFor(svgText, size));
    await page.locator("img").evaluate((img) => img.decode());
    const buffer = await page.screenshot({
      clip: { x: 0, y: 0, width: size, height: size },
      omitBackground: transparent,
      type: "png",
    });
    await page.close();
    const out = new URL(png, ICONS);
    writeFileSync(out, buffer);
    console.log(`${fileURLToPath(out)}: ${size}x${size}, ${buffer.length} bytes`);
  }
} finally {
  await browser.close();
}
