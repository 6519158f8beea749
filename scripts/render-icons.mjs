#!/usr/bin/env node
/**
 * `npm run icons`: renders the app icon, drawn once in assets/icon.svg, into every file electron-builder
 * reads (electron-builder.yml; its buildResources folder is assets/):
 *   assets/icons/<N>x<N>.png   Linux (AppImage, deb), N = 16…1024
 *   assets/icon.ico            Windows (nsis), PNG entries 16…256
 *   assets/icon.icns           macOS (dmg), PNG entries ic07…ic14
 *   assets/icon.png            1024 px, the fallback electron-builder looks for
 * and copies the SVG to renderer/public/favicon.svg (the tab icon in browser mode).
 *
 * Run with tsx, so sharp is loaded through the project's one loader (electron/core/images/sharp.ts).
 * The output is deterministic for a given sharp build (no timestamps, no metadata): rerunning it changes
 * no byte, so the files are committed and the packaging machine needs nothing but electron-builder.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sharpOf } from '../electron/core/images/sharp.ts';
import { icnsFromPngs, icoFromPngs, ICNS_TYPES } from './icon-containers.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const assets = path.join(root, 'assets');
const svg = readFileSync(path.join(assets, 'icon.svg'));

const PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
/** The drawing's own size (its viewBox and width): librsvg rasterizes at 72 dpi × density / 72. */
const SVG_SIZE = 1024;

/** The icon at `size` px, rasterized from the vector at that size (sharper at 16 px than a downscale). */
async function render(size) {
  const image = await sharpOf(svg, { density: (72 * size) / SVG_SIZE });
  return image.resize(size, size).png({ compressionLevel: 9, adaptiveFiltering: false }).toBuffer();
}

const pngs = new Map();
for (const size of new Set([...PNG_SIZES, ...ICO_SIZES, ...ICNS_TYPES.map((t) => t.size)])) {
  pngs.set(size, await render(size));
}

mkdirSync(path.join(assets, 'icons'), { recursive: true });
for (const size of PNG_SIZES) writeFileSync(path.join(assets, 'icons', `${size}x${size}.png`), pngs.get(size));
writeFileSync(path.join(assets, 'icon.png'), pngs.get(1024));
writeFileSync(path.join(assets, 'icon.ico'), icoFromPngs(ICO_SIZES.map((s) => pngs.get(s))));
writeFileSync(path.join(assets, 'icon.icns'), icnsFromPngs(pngs));
copyFileSync(path.join(assets, 'icon.svg'), path.join(root, 'renderer', 'public', 'favicon.svg'));
console.log(
  `icons: ${PNG_SIZES.length} PNGs, icon.ico (${ICO_SIZES.length} sizes), icon.icns (${ICNS_TYPES.length} entries), favicon.svg`,
);
