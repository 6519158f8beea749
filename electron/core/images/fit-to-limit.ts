/**
 * Fit a picture to a WeChat upload target (electron/core/files/limits.ts): the right format and under
 * the size limit, with the best quality that fits. The picture is decoded once; each candidate is an
 * encode of the same pixels. Quality is found by binary search (highest that fits); when even the
 * lowest quality is too big, the picture is downscaled in steps sized from how far off it was, and the
 * search runs again. Callers decide *whether* to convert (never a file that already fits: see
 * ./fit-check.ts); this module only produces the candidate.
 */
import type { MediaFormat } from '../files/formats';
import { uploadLimit, type UploadMode } from '../files/limits';
import { decodeUpright, hasTransparency, type RawPixels } from './decode-any';
import { createLimiter, limitImageWork } from './image-work-limit';
import { sharpOf } from './sharp';

/** The upload targets that take pictures. */
export type FitTarget = 'image' | 'thumb' | 'uploadimg';

export interface ImageFacts {
  format: MediaFormat;
  bytes: number;
  width: number;
  height: number;
}

export interface FitResult {
  bytes: Buffer;
  facts: ImageFacts;
  /** JPEG quality (or PNG palette quality) used; 100 for lossless PNG. */
  quality: number;
  /** True when the picture had to be made smaller than the original. */
  downscaled: boolean;
  original: ImageFacts;
}

/** Highest quality tried: above it JPEG grows fast for no visible gain. */
export const QUALITY_MAX = 92;
/** Lowest quality before downscaling is preferred (below it blocks show in photos). */
export const QUALITY_MIN = 50;
/** Never shrink below this longer side: a smaller picture is not worth sending. */
const MIN_SIDE = 32;
/**
 * One conversion at a time: each holds its full-size pixels (a 12 MP photo ≈ 36 MB) for all its
 * encodes, so a batch of 50 iPhone photos must not decode 50 at once. Each encode still goes through
 * the process-wide `limitImageWork`, shared with the thumbnails.
 */
const limitConversions = createLimiter(1);

type OutFormat = 'jpeg' | 'png';

/** JPEG unless the picture has transparency and the target takes PNG (thumbs are JPEG only). */
export function outputFormat(target: FitTarget, transparent: boolean): OutFormat {
  if (target === 'thumb') return 'jpeg';
  return transparent ? 'png' : 'jpeg';
}

async function encode(p: RawPixels, out: OutFormat, quality: number, side: number): Promise<Buffer> {
  return limitImageWork(async () => {
    let image = await sharpOf(p.data, { raw: { width: p.width, height: p.height, channels: p.channels } });
    if (side < Math.max(p.width, p.height)) {
      image = image.resize({ width: side, height: side, fit: 'inside', kernel: 'lanczos3' });
    }
    if (out === 'jpeg') {
      // JPEG has no alpha: transparent areas become white, as on WeChat's white article page.
      return image.flatten({ background: '#ffffff' }).jpeg({ quality }).toBuffer();
    }
    if (quality >= 100) return image.png({ compressionLevel: 9, adaptiveFiltering: true }).toBuffer();
    return image.png({ palette: true, quality, compressionLevel: 9 }).toBuffer();
  });
}

/**
 * The highest quality in [QUALITY_MIN, QUALITY_MAX] whose encode at `side` fits `maxBytes`, or the
 * size at QUALITY_MIN when none does (to size the next downscale). PNG tries lossless first.
 */
async function bestQualityAt(
  p: RawPixels,
  out: OutFormat,
  side: number,
  maxBytes: number,
): Promise<{ ok: true; bytes: Buffer; quality: number } | { ok: false; smallest: number }> {
  if (out === 'png') {
    const lossless = await encode(p, out, 100, side);
    if (lossless.length <= maxBytes) return { ok: true, bytes: lossless, quality: 100 };
  }
  const top = await encode(p, out, QUALITY_MAX, side);
  if (top.length <= maxBytes) return { ok: true, bytes: top, quality: QUALITY_MAX };
  const bottom = await encode(p, out, QUALITY_MIN, side);
  if (bottom.length > maxBytes) return { ok: false, smallest: bottom.length };
  // Invariant: lo fits, hi does not.
  let lo = QUALITY_MIN;
  let best = bottom;
  let hi = QUALITY_MAX;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    const candidate = await encode(p, out, mid, side);
    if (candidate.length <= maxBytes) {
      lo = mid;
      best = candidate;
    } else hi = mid;
  }
  return { ok: true, bytes: best, quality: lo };
}

/** Size of the picture `side` would give (longer side), keeping the aspect ratio. */
function dimensionsAt(p: RawPixels, side: number): { width: number; height: number } {
  const long = Math.max(p.width, p.height);
  if (side >= long) return { width: p.width, height: p.height };
  const scale = side / long;
  return { width: Math.max(1, Math.round(p.width * scale)), height: Math.max(1, Math.round(p.height * scale)) };
}

/**
 * Converts `input` so that it fits `target` (`mode` matters for `image`: 10 MB permanent, 2 MB
 * temporary). Throws when the picture cannot be decoded or cannot be made to fit.
 */
export function fitToLimit(input: Buffer, target: FitTarget, mode: UploadMode): Promise<FitResult> {
  return limitConversions(() => fit(input, target, mode));
}

async function fit(input: Buffer, target: FitTarget, mode: UploadMode): Promise<FitResult> {
  const maxBytes = uploadLimit(target, mode).maxBytes;
  const { format, pixels } = await limitImageWork(() => decodeUpright(input));
  const original: ImageFacts = { format, bytes: input.length, width: pixels.width, height: pixels.height };
  const out = outputFormat(target, hasTransparency(pixels));
  let side = Math.max(pixels.width, pixels.height);
  for (;;) {
    const found = await bestQualityAt(pixels, out, side, maxBytes);
    if (found.ok) {
      const { width, height } = dimensionsAt(pixels, side);
      return {
        bytes: found.bytes,
        facts: { format: out, bytes: found.bytes.length, width, height },
        quality: found.quality,
        downscaled: side < Math.max(pixels.width, pixels.height),
        original,
      };
    }
    // Bytes grow roughly with the pixel count: shrink the side by √(limit / size), a little more to
    // land under in one step, but by 10–50 % per round so an odd estimate neither stalls nor overshoots.
    const factor = Math.min(0.9, Math.max(0.5, Math.sqrt(maxBytes / found.smallest) * 0.95));
    const next = Math.floor(side * factor);
    if (next < MIN_SIDE) throw new Error('picture cannot be made to fit');
    side = next;
  }
}
