import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sniffFormat } from '../../../../electron/core/files/sniff';
import { fitToLimit, QUALITY_MAX, QUALITY_MIN } from '../../../../electron/core/images/fit-to-limit';
import { sharpOf } from '../../../../electron/core/images/sharp';
import { gradient, noise } from './noise';

const MB = 1024 * 1024;
const HEIC = readFileSync(new URL('../../../fixtures/sample-1200x900.heic', import.meta.url));

async function dims(bytes: Buffer) {
  const m = await (await sharpOf(bytes)).metadata();
  return { width: m.width, height: m.height };
}

describe('fitToLimit', () => {
  it('turns a HEVC HEIC photo into a JPEG at the best quality, same size in pixels', async () => {
    expect(sniffFormat(HEIC)).toBe('heic');
    const r = await fitToLimit(HEIC, 'image', 'permanent');
    expect(sniffFormat(r.bytes)).toBe('jpeg');
    expect(r.original).toMatchObject({ format: 'heic', width: 1200, height: 900, bytes: HEIC.length });
    expect(r.facts).toMatchObject({ format: 'jpeg', width: 1200, height: 900, bytes: r.bytes.length });
    expect(r.quality).toBe(QUALITY_MAX);
    expect(r.downscaled).toBe(false);
    expect(await dims(r.bytes)).toEqual({ width: 1200, height: 900 });
  });

  it.each(['webp', 'tiff', 'avif'] as const)('converts %s to JPEG', async (format) => {
    const img = await gradient(320, 200);
    const input = await (format === 'webp' ? img.webp() : format === 'tiff' ? img.tiff() : img.avif()).toBuffer();
    expect(sniffFormat(input)).toBe(format);
    const r = await fitToLimit(input, 'image', 'permanent');
    expect(sniffFormat(r.bytes)).toBe('jpeg');
    expect(r.facts).toMatchObject({ width: 320, height: 200 });
  });

  it('keeps transparency as PNG where the target takes PNG, and flattens it for a thumb', async () => {
    const input = await (await noise(120, 80, 4, true)).webp({ lossless: true }).toBuffer();
    const asImage = await fitToLimit(input, 'image', 'permanent');
    expect(sniffFormat(asImage.bytes)).toBe('png');
    const asThumb = await fitToLimit(input, 'thumb', 'permanent');
    expect(sniffFormat(asThumb.bytes)).toBe('jpeg');
  });

  it('searches the highest quality that fits: one step higher would not fit', async () => {
    // Noise this size is over 64 KB at QUALITY_MAX and under it at QUALITY_MIN, so the search runs.
    const raw = await (await noise(400, 300)).raw().toBuffer();
    const pixels = () => sharpOf(raw, { raw: { width: 400, height: 300, channels: 3 } });
    const input = await (await pixels()).png().toBuffer();
    const r = await fitToLimit(input, 'thumb', 'permanent'); // 64 KB
    expect(r.downscaled).toBe(false);
    expect(r.quality).toBeGreaterThan(QUALITY_MIN);
    expect(r.quality).toBeLessThan(QUALITY_MAX);
    expect(r.bytes.length).toBeLessThanOrEqual(64 * 1024);
    const oneHigher = await (await pixels()).jpeg({ quality: r.quality + 1 }).toBuffer();
    expect(oneHigher.length).toBeGreaterThan(64 * 1024);
  });

  it('re-encodes a 3 MB noise PNG under 1 MB for the article body (uploadimg)', async () => {
    const input = await (await noise(1100, 900)).png().toBuffer();
    expect(input.length).toBeGreaterThan(2.5 * MB);
    const r = await fitToLimit(input, 'uploadimg', 'permanent');
    expect(r.bytes.length).toBeLessThan(MB);
    expect(sniffFormat(r.bytes)).toBe('jpeg');
  });

  it('downscales when even the lowest quality is too big, and says so', async () => {
    const input = await (await noise(1600, 1200)).jpeg({ quality: 95 }).toBuffer();
    const r = await fitToLimit(input, 'thumb', 'permanent');
    expect(r.bytes.length).toBeLessThanOrEqual(64 * 1024);
    expect(r.downscaled).toBe(true);
    expect(r.facts.width).toBeLessThan(1600);
    expect(r.facts.width / r.facts.height).toBeCloseTo(1600 / 1200, 1);
    expect(await dims(r.bytes)).toEqual({ width: r.facts.width, height: r.facts.height });
  });

  it('makes a 200 KB JPEG photo into a thumb ≤ 64 KB', async () => {
    const input = await (await noise(700, 500)).jpeg({ quality: 85 }).toBuffer();
    expect(input.length).toBeGreaterThan(150 * 1024);
    const r = await fitToLimit(input, 'thumb', 'temporary');
    expect(r.bytes.length).toBeLessThanOrEqual(64 * 1024);
    expect(sniffFormat(r.bytes)).toBe('jpeg');
  });

  it('refuses what it cannot decode', async () => {
    await expect(fitToLimit(Buffer.from('not a picture at all'), 'image', 'permanent')).rejects.toThrow();
  });
});
