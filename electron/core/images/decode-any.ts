/**
 * Any picture SucaiDesk can convert → upright raw pixels, decoded once. libvips (sharp) reads JPEG, PNG,
 * GIF (first frame), WebP, TIFF and AVIF; BMP goes through ./bmp-decode.ts (libvips has no BMP loader) and
 * HEVC HEIC through ./heic.ts (sharp's prebuilt has no HEVC decoder).
 */
import type { MediaFormat } from '../files/formats';
import { sniffFormat } from '../files/sniff';
import { decodeBmp } from './bmp-decode';
import { decodeHeic } from './heic';
import { sharpOf } from './sharp';

/** Refuse decompression bombs: 100 MP is well above any phone or camera photo (as ./thumbnail.ts). */
const MAX_INPUT_PIXELS = 100_000_000;

/** Formats the converter reads. */
export const DECODABLE: ReadonlySet<MediaFormat> = new Set([
  'jpeg',
  'png',
  'gif',
  'bmp',
  'webp',
  'heic',
  'avif',
  'tiff',
]);

export interface RawPixels {
  data: Buffer;
  width: number;
  height: number;
  /** 3 = RGB, 4 = RGBA (grey pictures are widened so encoders see one layout). */
  channels: 3 | 4;
}

async function sharpInput(input: Buffer, format: MediaFormat) {
  if (format === 'bmp') {
    const bmp = decodeBmp(input);
    if (!bmp) throw new Error('unsupported BMP variant');
    return sharpOf(bmp.pixels, { raw: { width: bmp.width, height: bmp.height, channels: 4 } });
  }
  if (format === 'heic') {
    const heic = await decodeHeic(input);
    return sharpOf(heic.pixels, { raw: { width: heic.width, height: heic.height, channels: 4 } });
  }
  return sharpOf(input, { pages: 1, failOn: 'none', limitInputPixels: MAX_INPUT_PIXELS });
}

/** Decodes `input`, applies EXIF orientation (re-encoding drops EXIF, so the turn must be baked in). */
export async function decodeUpright(input: Buffer): Promise<{ format: MediaFormat; pixels: RawPixels }> {
  const format = sniffFormat(input.subarray(0, 64));
  if (!DECODABLE.has(format)) throw new Error(`cannot decode ${format}`);
  const image = await sharpInput(input, format);
  const { data, info } = await image.rotate().toColourspace('srgb').raw().toBuffer({ resolveWithObject: true });
  if (info.channels !== 3 && info.channels !== 4) throw new Error(`unexpected ${info.channels} channels`);
  return { format, pixels: { data, width: info.width, height: info.height, channels: info.channels } };
}

/** True when some pixel is not fully opaque (a PNG saved with an alpha channel is often opaque). */
export function hasTransparency(p: RawPixels): boolean {
  if (p.channels !== 4) return false;
  for (let i = 3; i < p.data.length; i += 4) if (p.data[i] !== 255) return true;
  return false;
}
