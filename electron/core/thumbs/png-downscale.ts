/**
 * Thumbnail downscaling for PNG without native modules: decode (node:zlib inflate + the five
 * scanline filters), box-filter down to `maxSide`, re-encode (zlib deflate). Handles 8-bit
 * greyscale, RGB, palette, grey+alpha and RGBA, non-interlaced, which is what WeChat and our
 * emulator produce. Anything else (interlaced, 16-bit) returns null and the caller keeps the
 * original bytes. JPEG, GIF and BMP are kept as they are: no pure-JS decoder is installed.
 */
import { crc32, deflateSync, inflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** Refuse to decode pictures whose pixels would take more than this (64 MP × 4 bytes). */
const MAX_PIXELS = 64_000_000;

interface Decoded {
  width: number;
  height: number;
  /** 3 (RGB) or 4 (RGBA) bytes per pixel. */
  channels: 3 | 4;
  pixels: Buffer;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Decodes a PNG into RGB(A), or null for a variant this decoder does not handle. */
export function decodePng(png: Buffer): Decoded | null {
  if (png.length < 33 || !png.subarray(0, 8).equals(SIGNATURE)) return null;
  let pos = 8;
  let width = 0;
  let height = 0;
  let colorType = -1;
  let palette: Buffer | null = null;
  let trns: Buffer | null = null;
  const idat: Buffer[] = [];
  while (pos + 8 <= png.length) {
    const len = png.readUInt32BE(pos);
    const type = png.toString('latin1', pos + 4, pos + 8);
    const data = png.subarray(pos + 8, pos + 8 + len);
    pos += 12 + len;
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      const depth = data[8];
      colorType = data[9]!;
      if (depth !== 8 || data[12] !== 0) return null; // 8-bit, non-interlaced only
    } else if (type === 'PLTE') palette = data;
    else if (type === 'tRNS') trns = data;
    else if (type === 'IDAT') idat.push(data);
    else if (type === 'IEND') break;
  }
  const bpp = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 }[colorType];
  if (!bpp || width === 0 || height === 0 || width * height > MAX_PIXELS) return null;
  if (colorType === 3 && !palette) return null;
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * bpp;
  if (raw.length < height * (stride + 1)) return null;
  const rows = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const src = y * (stride + 1) + 1;
    const dst = y * stride;
    for (let x = 0; x < stride; x++) {
      const a = x >= bpp ? rows[dst + x - bpp] : 0;
      const b = y > 0 ? rows[dst - stride + x] : 0;
      const c = x >= bpp && y > 0 ? rows[dst - stride + x - bpp] : 0;
      const v = raw[src + x];
      rows[dst + x] =
        filter === 0
          ? v
          : filter === 1
            ? v + a
            : filter === 2
              ? v + b
              : filter === 3
                ? v + ((a + b) >> 1)
                : v + paeth(a, b, c);
    }
  }
  const alpha = colorType === 4 || colorType === 6 || (colorType === 3 && trns !== null);
  const channels = alpha ? 4 : 3;
  const pixels = Buffer.alloc(width * height * channels);
  for (let i = 0, o = 0; i < width * height; i++, o += channels) {
    const s = i * bpp;
    let r: number,
      g: number,
      b: number,
      al = 255;
    if (colorType === 0 || colorType === 4) {
      r = g = b = rows[s]!;
      if (colorType === 4) al = rows[s + 1]!;
    } else if (colorType === 3) {
      const idx = rows[s];
      r = palette![idx * 3] ?? 0;
      g = palette![idx * 3 + 1] ?? 0;
      b = palette![idx * 3 + 2] ?? 0;
      if (trns) al = trns[idx] ?? 255;
    } else {
      r = rows[s]!;
      g = rows[s + 1]!;
      b = rows[s + 2]!;
      if (colorType === 6) al = rows[s + 3]!;
    }
    pixels[o] = r;
    pixels[o + 1] = g;
    pixels[o + 2] = b;
    if (channels === 4) pixels[o + 3] = al;
  }
  return { width, height, channels, pixels };
}

/** Box-filter downscale so the longer side is at most `maxSide`. */
export function downscale(img: Decoded, maxSide: number): Decoded {
  const scale = Math.min(1, maxSide / Math.max(img.width, img.height));
  if (scale >= 1) return img;
  const w = Math.max(1, Math.round(img.width * scale));
  const h = Math.max(1, Math.round(img.height * scale));
  const ch = img.channels;
  const out = Buffer.alloc(w * h * ch);
  for (let y = 0; y < h; y++) {
    const y0 = Math.floor((y * img.height) / h);
    const y1 = Math.max(y0 + 1, Math.floor(((y + 1) * img.height) / h));
    for (let x = 0; x < w; x++) {
      const x0 = Math.floor((x * img.width) / w);
      const x1 = Math.max(x0 + 1, Math.floor(((x + 1) * img.width) / w));
      const sum = [0, 0, 0, 0];
      for (let sy = y0; sy < y1; sy++) {
        for (let sx = x0; sx < x1; sx++) {
          const s = (sy * img.width + sx) * ch;
          for (let c = 0; c < ch; c++) sum[c] += img.pixels[s + c];
        }
      }
      const n = (y1 - y0) * (x1 - x0);
      const o = (y * w + x) * ch;
      for (let c = 0; c < ch; c++) out[o + c] = Math.round(sum[c] / n);
    }
  }
  return { width: w, height: h, channels: ch, pixels: out };
}

function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** Encodes RGB(A) pixels as a PNG (filter 0 rows, zlib level 6). */
export function encodePng(img: Decoded): Buffer {
  const stride = img.width * img.channels;
  const raw = Buffer.alloc(img.height * (stride + 1));
  for (let y = 0; y < img.height; y++) img.pixels.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(img.width, 0);
  ihdr.writeUInt32BE(img.height, 4);
  ihdr.set([8, img.channels === 4 ? 6 : 2, 0, 0, 0], 8);
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A smaller PNG (longer side ≤ maxSide), or null when the input is not a PNG we can shrink. */
export function shrinkPng(png: Buffer, maxSide: number): Buffer | null {
  try {
    const img = decodePng(png);
    if (!img || Math.max(img.width, img.height) <= maxSide) return null;
    const out = encodePng(downscale(img, maxSide));
    return out.length < png.length ? out : null;
  } catch {
    return null; // a damaged PNG: keep the original bytes, the browser decides what to show
  }
}
