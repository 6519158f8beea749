/**
 * Minimal PNG encoder (8-bit RGB, no filtering) for sample and seed images.
 *
 * `compress: false` writes "stored" deflate blocks by hand: no zlib call, so it is fast
 * enough for thousands of seed images and the output size depends only on the
 * dimensions, which lets seeded blobs know their size before the bytes exist.
 */
import { crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/**
 * PNG with "stored" deflate blocks, written into one pre-sized buffer: small Buffer
 * allocations and concats cost microseconds each, and seeding hashes 10,000 of these.
 */
function encodeStoredPng(width: number, height: number, rgb: Buffer): Buffer {
  const rowBytes = 1 + width * 3;
  const rawLen = height * rowBytes;
  const blocks = Math.max(1, Math.ceil(rawLen / 65535));
  const idatLen = 2 + blocks * 5 + rawLen + 4;
  const out = Buffer.allocUnsafe(8 + 25 + 12 + idatLen + 12);
  SIGNATURE.copy(out, 0);
  // IHDR
  out.writeUInt32BE(13, 8);
  out.write('IHDR', 12, 'latin1');
  out.writeUInt32BE(width, 16);
  out.writeUInt32BE(height, 20);
  out.set([8, 2, 0, 0, 0], 24); // bit depth 8, truecolour, deflate, no filter, no interlace
  out.writeUInt32BE(crc32(out.subarray(12, 29)), 29);
  // IDAT: zlib header, stored blocks of raw scanlines (filter byte 0 + RGB), adler32.
  const idat = 33;
  out.writeUInt32BE(idatLen, idat);
  out.write('IDAT', idat + 4, 'latin1');
  let at = idat + 8;
  out[at++] = 0x78;
  out[at++] = 0x01;
  let remaining = rawLen;
  let a = 1;
  let b = 0;
  // Walk the scanlines with row/column counters (no division per byte).
  let col = 0;
  let src = 0;
  for (let blk = 0; blk < blocks; blk += 1) {
    const len = Math.min(65535, remaining);
    remaining -= len;
    out[at] = remaining === 0 ? 1 : 0;
    out.writeUInt16LE(len, at + 1);
    out.writeUInt16LE(~len & 0xffff, at + 3);
    at += 5;
    const end = at + len;
    while (at < end) {
      const v = col === 0 ? 0 : rgb[src++];
      col = col + 1 === rowBytes ? 0 : col + 1;
      out[at++] = v;
      a += v;
      b += a;
      // Reduce often enough that b stays far below 2^53.
      if ((at & 4095) === 0) {
        a %= 65521;
        b %= 65521;
      }
    }
  }
  a %= 65521;
  b %= 65521;
  out.writeUInt32BE(((b << 16) | a) >>> 0, at);
  at += 4;
  out.writeUInt32BE(crc32(out.subarray(idat + 4, at)), at);
  at += 4;
  // IEND
  out.writeUInt32BE(0, at);
  out.write('IEND', at + 4, 'latin1');
  out.writeUInt32BE(crc32(out.subarray(at + 4, at + 8)), at + 8);
  return out;
}

/** `rgb` holds width*height*3 bytes, row by row. */
export function encodePng(width: number, height: number, rgb: Buffer, compress = true): Buffer {
  if (!compress) return encodeStoredPng(width, height, rgb);
  const raw = Buffer.alloc(height * (1 + width * 3));
  for (let y = 0; y < height; y += 1) {
    const rowAt = y * (1 + width * 3);
    raw[rowAt] = 0; // filter type: none
    rgb.copy(raw, rowAt + 1, y * width * 3, (y + 1) * width * 3);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // colour type: truecolour
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export type Rgb = readonly [number, number, number];

/** HSL (h in 0..360, s/l in 0..1) to RGB bytes. */
export function hsl(h: number, s: number, l: number): Rgb {
  const c = (1 - Math.abs(2 * l - 1)) * s;
  const hp = (((h % 360) + 360) % 360) / 60;
  const x = c * (1 - Math.abs((hp % 2) - 1));
  const [r, g, b] =
    hp < 1 ? [c, x, 0] : hp < 2 ? [x, c, 0] : hp < 3 ? [0, c, x] : hp < 4 ? [0, x, c] : hp < 5 ? [x, 0, c] : [c, 0, x];
  const m = l - c / 2;
  return [Math.round((r + m) * 255), Math.round((g + m) * 255), Math.round((b + m) * 255)];
}
