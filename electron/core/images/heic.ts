/**
 * HEIC/HEIF (iPhone photos) → RGBA pixels. sharp's prebuilt libvips reads only AVIF-in-HEIF (no HEVC
 * decoder, for patent reasons), so HEVC pictures go through heic-decode, which wraps libheif compiled
 * to WebAssembly (libheif-js). It is loaded on first use: most sessions never see a HEIC file.
 */
import type { RgbaImage } from './bmp-decode';

/** Refuse pictures whose RGBA pixels would take more than 400 MB (100 MP), as thumbnail.ts does. */
const MAX_PIXELS = 100_000_000;

type HeicDecode = typeof import('heic-decode');
let loading: Promise<HeicDecode> | null = null;

function loadDecoder(): Promise<HeicDecode> {
  loading ??= import('heic-decode').then((m) => ((m as { default?: HeicDecode }).default ?? m) as HeicDecode);
  return loading;
}

/** The primary image of a HEIC/HEIF file as RGBA; throws when libheif cannot decode it. */
export async function decodeHeic(input: Uint8Array): Promise<RgbaImage> {
  const decode = await loadDecoder();
  const { width, height, data } = await decode({ buffer: input });
  if (width * height > MAX_PIXELS) throw new Error('HEIC picture too large to decode');
  return { width, height, pixels: Buffer.from(data.buffer, data.byteOffset, data.byteLength) };
}
