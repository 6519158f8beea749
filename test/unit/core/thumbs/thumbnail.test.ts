import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { makeThumbnail, THUMB_MAX_BYTES, THUMB_MAX_SIDE } from '../../../../electron/core/images/thumbnail';
import { sharpInfo } from '../../../../electron/core/images/sharp';
import { bmp24, bmp8, photoJpeg, pixelAt, redThenBlueGif, solidPng } from './images';

const near = (actual: number[], expected: number[]) =>
  actual.every((v, i) => Math.abs(v - expected[i]) <= 24) || `${actual.join(',')} ≠ ${expected.join(',')}`;

describe('sharp loader', () => {
  it('says which build it loaded (wasm32 on CI: .ci/run deletes the native ones)', async () => {
    const info = await sharpInfo();
    expect(info.build).toMatch(/^(native|wasm32)$/);
    expect(info.libvips).toMatch(/^\d+\.\d+\.\d+/);
    // Hidden native builds (test/support/sharp-wasm-only.cjs) must leave the wasm32 one.
    if (process.env.NODE_OPTIONS?.includes('sharp-wasm-only')) expect(info.build).toBe('wasm32');
  });
});

describe('makeThumbnail', () => {
  it('turns a large JPEG photo into a JPEG ≤ 384 px and ≤ 64 KB', async () => {
    const thumb = await makeThumbnail(await photoJpeg(1600, 1200));
    expect(thumb).toMatchObject({ contentType: 'image/jpeg', width: THUMB_MAX_SIDE, height: 288 });
    expect(thumb!.bytes.length).toBeLessThanOrEqual(THUMB_MAX_BYTES);
    expect((await sharp(thumb!.bytes).metadata()).format).toBe('jpeg');
  });

  it('honours EXIF orientation (6: rotate 90°, so landscape pixels become a portrait thumbnail)', async () => {
    const thumb = await makeThumbnail(await photoJpeg(1200, 900, 6));
    expect([thumb!.width, thumb!.height]).toEqual([288, THUMB_MAX_SIDE]);
    expect((await sharp(thumb!.bytes).metadata()).orientation ?? 1).toBe(1);
  });

  it('keeps transparency as WebP and never enlarges a small picture', async () => {
    const thumb = await makeThumbnail(await solidPng(200, 100, 0.5));
    expect(thumb).toMatchObject({ contentType: 'image/webp', width: 200, height: 100 });
    expect((await sharp(thumb!.bytes).metadata()).hasAlpha).toBe(true);
  });

  it('makes an opaque PNG a JPEG', async () => {
    expect(await makeThumbnail(await solidPng(1000, 800))).toMatchObject({ contentType: 'image/jpeg', width: 384 });
  });

  it('shows the first frame of an animated GIF', async () => {
    const thumb = await makeThumbnail(await redThenBlueGif(800, 600));
    expect(thumb).toMatchObject({ width: 384, height: 288 });
    expect(near(await pixelAt(thumb!.bytes, 10, 10), [255, 0, 0])).toBe(true);
  });

  it('reads BMPs (libvips cannot): 24-bit and 8-bit palette, bottom-up', async () => {
    const t24 = await makeThumbnail(bmp24(800, 400, [250, 200, 10]));
    expect(t24).toMatchObject({ contentType: 'image/jpeg', width: 384, height: 192 });
    expect(near(await pixelAt(t24!.bytes, 5, 5), [250, 200, 10])).toBe(true);
    const t8 = await makeThumbnail(bmp8(64, 64));
    expect(near(await pixelAt(t8!.bytes, 5, 5), [0, 255, 0])).toBe(true);
    expect(near(await pixelAt(t8!.bytes, 5, 60), [0, 0, 0])).toBe(true);
  });

  it('steps quality, then size, down until noise-like content fits the byte budget', async () => {
    const noise = await sharp({
      create: {
        width: 384,
        height: 384,
        channels: 3,
        background: '#808080',
        noise: { type: 'gaussian', mean: 128, sigma: 90 },
      },
    })
      .png()
      .toBuffer();
    const thumb = await makeThumbnail(noise, THUMB_MAX_SIDE, 16 * 1024);
    expect(thumb!.bytes.length).toBeLessThanOrEqual(16 * 1024);
    expect(thumb!.width).toBeLessThan(384);
  });

  it('answers null for bytes that are no picture', async () => {
    expect(await makeThumbnail(Buffer.from('not a picture at all'))).toBeNull();
    expect(await makeThumbnail(bmp24(4, 4, [0, 0, 0]).subarray(0, 40))).toBeNull();
  });
});
