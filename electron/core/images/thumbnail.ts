/**
 * One picture → one grid thumbnail: longer side ≤ 384 px, ≤ 64 KB, EXIF orientation applied, first
 * frame of an animated GIF (the preview pane shows the original, which animates). Opaque pictures
 * become JPEG, pictures with transparency WebP. The picture is decoded and resized once; only the small
 * result is re-encoded at lower qualities (then smaller sizes) until it fits.
 */
import { sniffFormat } from '../files/sniff';
import { decodeBmp } from './bmp-decode';
import { limitImageWork } from './image-work-limit';
import { sharpOf } from './sharp';

/** Longer side of a thumbnail (grid cards are ~190 px wide; 2× for dense screens). */
export const THUMB_MAX_SIDE = 384;
/** Largest thumbnail sent to the grid: a 20-tile page stays ≤ 1.25 MB, usually far less. */
export const THUMB_MAX_BYTES = 64 * 1024;
/** Refuse decompression bombs: 100 MP is well above any phone or camera photo WeChat accepts (10 MB). */
const MAX_INPUT_PIXELS = 100_000_000;
const QUALITIES = [80, 70, 60, 50, 40] as const;
/** Each further round shrinks the longer side by this factor (only noise-like pictures need it). */
const SHRINK_STEP = 0.75;

export interface Thumbnail {
  bytes: Buffer;
  contentType: 'image/jpeg' | 'image/webp';
  width: number;
  height: number;
}

interface Pixels {
  data: Buffer;
  width: number;
  height: number;
  channels: 3 | 4;
}

/** Decode, orient, take the first frame and resize to ≤ maxSide; raw pixels out. */
async function resizedPixels(input: Buffer, maxSide: number): Promise<Pixels> {
  const isBmp = sniffFormat(input.subarray(0, 64)) === 'bmp';
  const bmp = isBmp ? decodeBmp(input) : null;
  if (isBmp && !bmp) throw new Error('unsupported BMP variant');
  const image = bmp
    ? await sharpOf(bmp.pixels, { raw: { width: bmp.width, height: bmp.height, channels: 4 } })
    : await sharpOf(input, { pages: 1, failOn: 'none', limitInputPixels: MAX_INPUT_PIXELS });
  const { data, info } = await image
    .rotate() // EXIF orientation
    .resize({ width: maxSide, height: maxSide, fit: 'inside', withoutEnlargement: true })
    .raw()
    .toBuffer({ resolveWithObject: true });
  const channels = info.channels === 4 || info.channels === 2 ? 4 : 3;
  if (info.channels !== channels) {
    // Grey(+alpha) → RGB(A) so the encoders below see one layout.
    const out = await (
      await sharpOf(data, { raw: { width: info.width, height: info.height, channels: info.channels } })
    )
      .toColourspace('srgb')
      .raw()
      .toBuffer({ resolveWithObject: true });
    return { data: out.data, width: out.info.width, height: out.info.height, channels };
  }
  return { data, width: info.width, height: info.height, channels };
}

/** True when some pixel is not fully opaque (a PNG saved with an alpha channel is often opaque). */
function hasTransparency(p: Pixels): boolean {
  if (p.channels !== 4) return false;
  for (let i = 3; i < p.data.length; i += 4) if (p.data[i] !== 255) return true;
  return false;
}

async function encode(p: Pixels, alpha: boolean, quality: number, maxSide: number): Promise<Thumbnail> {
  let image = await sharpOf(p.data, { raw: { width: p.width, height: p.height, channels: p.channels } });
  if (Math.max(p.width, p.height) > maxSide) image = image.resize({ width: maxSide, height: maxSide, fit: 'inside' });
  const out = alpha
    ? await image.webp({ quality, alphaQuality: quality }).toBuffer({ resolveWithObject: true })
    : await image.removeAlpha().jpeg({ quality, progressive: true }).toBuffer({ resolveWithObject: true });
  return {
    bytes: out.data,
    contentType: alpha ? 'image/webp' : 'image/jpeg',
    width: out.info.width,
    height: out.info.height,
  };
}

async function fit(input: Buffer, maxSide: number, maxBytes: number): Promise<Thumbnail> {
  const pixels = await resizedPixels(input, maxSide);
  const alpha = hasTransparency(pixels);
  let side = Math.max(pixels.width, pixels.height);
  let last: Thumbnail | null = null;
  while (side >= 16) {
    for (const quality of QUALITIES) {
      last = await encode(pixels, alpha, quality, side);
      if (last.bytes.length <= maxBytes) return last;
    }
    side = Math.floor(side * SHRINK_STEP);
  }
  if (!last) throw new Error('picture too small to encode');
  return last;
}

/**
 * The thumbnail of a JPEG, PNG, GIF, BMP, WebP or TIFF picture, or null when it cannot be decoded (the
 * grid then shows the type glyph). At most IMAGE_WORK_CONCURRENCY pictures are decoded at a time.
 */
export async function makeThumbnail(
  input: Buffer,
  maxSide = THUMB_MAX_SIDE,
  maxBytes = THUMB_MAX_BYTES,
): Promise<Thumbnail | null> {
  return limitImageWork(() => fit(input, maxSide, maxBytes)).catch(() => null);
}
