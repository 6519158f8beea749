/**
 * Generated images: seed thumbnails that look different from each other, nicer demo
 * pictures, and the hotlink placeholder. All are real, valid PNGs.
 */
import { encodePng, hsl } from './png';
import type { Rgb } from './png';

function paint(width: number, height: number, pixel: (x: number, y: number) => Rgb): Buffer {
  const rgb = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const [r, g, b] = pixel(x, y);
      const at = (y * width + x) * 3;
      rgb[at] = r;
      rgb[at + 1] = g;
      rgb[at + 2] = b;
    }
  }
  return rgb;
}

const SEED_SIDE = 16;

/**
 * A 16×16 seed image. The pattern and hues vary with the index so thumbnails differ; the
 * last row spells out (salt, index) in pixel bytes so every seeded file is distinct.
 */
export function seedPng(index: number, salt: number): Buffer {
  const hue = (index * 137.508) % 360; // golden angle: neighbours get far-apart hues
  const a = hsl(hue, 0.65, 0.55);
  const b = hsl(hue + 180, 0.55, 0.35);
  const pattern = index % 4;
  // Written straight into the buffer (no per-pixel arrays): this runs 10,000 times when a
  // seeded ledger is hashed.
  const rgb = Buffer.alloc(SEED_SIDE * SEED_SIDE * 3);
  for (let y = 0; y < SEED_SIDE - 1; y += 1) {
    for (let x = 0; x < SEED_SIDE; x += 1) {
      const on =
        pattern === 0
          ? (x >> 2) % 2 === 0
          : pattern === 1
            ? ((x >> 2) + (y >> 2)) % 2 === 0
            : pattern === 2
              ? (x + y) % 6 < 3
              : (x - 8) ** 2 + (y - 8) ** 2 < 30;
      const c = on ? a : b;
      const at = (y * SEED_SIDE + x) * 3;
      rgb[at] = c[0];
      rgb[at + 1] = c[1];
      rgb[at + 2] = c[2];
    }
  }
  const last = (SEED_SIDE - 1) * SEED_SIDE * 3;
  for (let x = 0; x < SEED_SIDE; x += 1) {
    const v = x < 8 ? salt : index;
    const byte = (v >>> ((x % 4) * 8)) & 0xff;
    rgb.fill(byte, last + x * 3, last + x * 3 + 3);
  }
  return encodePng(SEED_SIDE, SEED_SIDE, rgb, false);
}

/** Byte size of every seedPng() output (stored deflate: depends only on the dimensions). */
export const SEED_PNG_SIZE = seedPng(0, 0).length;

/** Demo pictures: 5 patterns × any hue, 320×200, compressed. */
export function demoPng(variant: number, hue: number): Buffer {
  const w = 320;
  const h = 200;
  const pattern = variant % 5;
  const rgb = paint(w, h, (x, y) => {
    switch (pattern) {
      case 0: // diagonal gradient
        return hsl(hue + (x + y) / 6, 0.7, 0.45 + (0.2 * y) / h);
      case 1: {
        // concentric rings
        const d = Math.hypot(x - w / 2, y - h / 2);
        return hsl(hue + d, 0.6, Math.floor(d / 14) % 2 === 0 ? 0.55 : 0.35);
      }
      case 2: // checkerboard
        return ((x >> 5) + (y >> 5)) % 2 === 0 ? hsl(hue, 0.6, 0.6) : hsl(hue + 40, 0.6, 0.3);
      case 3: // sun over hills
        return y > 140 + 20 * Math.sin(x / 30)
          ? hsl(hue + 120, 0.5, 0.3)
          : Math.hypot(x - 230, y - 60) < 30
            ? hsl(45, 0.9, 0.6)
            : hsl(hue, 0.6, 0.75 - y / 600);
      default: // stripes
        return Math.floor((x * 2 + y) / 24) % 2 === 0 ? hsl(hue, 0.7, 0.5) : hsl(hue + 200, 0.4, 0.85);
    }
  });
  return encodePng(w, h, rgb, true);
}

/** What mmbiz answers to off-site referers: a grey "image not available" card. */
export const HOTLINK_PLACEHOLDER_PNG = encodePng(
  200,
  120,
  paint(200, 120, (x, y) => {
    const border = x < 4 || y < 4 || x > 195 || y > 115;
    const cross = Math.abs(x * 0.6 - y) < 2 || Math.abs((199 - x) * 0.6 - y) < 2;
    return border || cross ? [170, 170, 170] : [238, 238, 238];
  }),
  true,
);
