import { crc32, deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodePng, downscale, encodePng, shrinkPng } from '../../../../electron/core/thumbs/png-downscale';
import { makePng } from '../../../fakes/png';

/** Re-encodes RGB pixels with scanline filter `f` on every row, like real encoders do. */
function filteredPng(width: number, height: number, pixels: Buffer, f: number): Buffer {
  const base = encodePng({ width, height, channels: 3, pixels });
  const stride = width * 3;
  const raw = Buffer.alloc(height * (stride + 1));
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = f;
    for (let x = 0; x < stride; x++) {
      const v = pixels[y * stride + x];
      const a = x >= 3 ? pixels[y * stride + x - 3] : 0;
      const b = y > 0 ? pixels[(y - 1) * stride + x] : 0;
      const c = x >= 3 && y > 0 ? pixels[(y - 1) * stride + x - 3] : 0;
      const p = a + b - c;
      const pred =
        f === 0
          ? 0
          : f === 1
            ? a
            : f === 2
              ? b
              : f === 3
                ? (a + b) >> 1
                : Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c)
                  ? a
                  : Math.abs(p - b) <= Math.abs(p - c)
                    ? b
                    : c;
      raw[y * (stride + 1) + 1 + x] = (v - pred) & 0xff;
    }
  }
  const idat = deflateSync(raw);
  // Swap the IDAT of `base` (header 8 + IHDR 25 bytes) for the filtered one.
  const head = base.subarray(0, 33);
  const len = Buffer.alloc(4);
  len.writeUInt32BE(idat.length);
  const body = Buffer.concat([Buffer.from('IDAT'), idat]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([head, len, body, crc, base.subarray(base.length - 12)]);
}

describe('PNG thumbnails', () => {
  it('decodes every scanline filter to the same pixels', () => {
    const pixels = Buffer.from(Array.from({ length: 7 * 5 * 3 }, (_, i) => (i * 37 + (i % 11) * 19) & 0xff));
    for (const f of [0, 1, 2, 3, 4]) {
      const img = decodePng(filteredPng(7, 5, pixels, f))!;
      expect([f, img.pixels.equals(pixels)]).toEqual([f, true]);
    }
  });

  it('shrinks a large PNG to the longer side and keeps the average colour', () => {
    const big = makePng(800, 600, 3);
    const small = shrinkPng(big, 384)!;
    const img = decodePng(small)!;
    expect([img.width, img.height]).toEqual([384, 288]);
    expect(small.length).toBeLessThan(big.length);
    const src = decodePng(big)!;
    const mean = (d: { pixels: Buffer }) =>
      d.pixels.reduce((s, v, i) => (i % 3 === 2 ? s + v : s), 0) / (d.pixels.length / 3);
    expect(Math.abs(mean(img) - mean(src))).toBeLessThan(1);
  });

  it('keeps small pictures and non-PNG bytes as they are', () => {
    expect(shrinkPng(makePng(64, 64), 384)).toBeNull();
    expect(shrinkPng(Buffer.from('not a png at all, just text'), 384)).toBeNull();
    expect(downscale({ width: 10, height: 10, channels: 3, pixels: Buffer.alloc(300) }, 384).width).toBe(10);
  });
});
