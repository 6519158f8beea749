/**
 * Images feature: fitting a picture to WeChat's limits before it is sent (zod-free, so the preload can
 * list the channels). `images:checkFit` says, for staged files, which already fit (they are sent
 * byte-identical), which can be converted and which are left to the upload's own checks;
 * `images:convert` makes the converted copy as a new staged file and answers both sides, so the user
 * sees original vs converted before choosing. Nothing is ever converted without that choice.
 */
import type { AppErrorPayload } from '../errors';

export const IMAGES_CHANNELS = ['images:checkFit', 'images:convert'] as const;
export type ImagesChannel = (typeof IMAGES_CHANNELS)[number];

/** Upload targets that take pictures: material images, thumbs, and article body images (uploadimg). */
export type FitTarget = 'image' | 'thumb' | 'uploadimg';
/** Why a picture needs converting: a format the target refuses, or over its size limit. */
export type FitReason = 'format' | 'size';

/** What a picture is; `format` is the sniffed content (jpeg, png, heic, webp, tiff, avif…). */
export interface ImageFacts {
  format: string;
  bytes: number;
  /** Upright (EXIF orientation applied); 0 when not measured yet. */
  width: number;
  height: number;
}

export type FitCheck =
  /** Already acceptable: send the staged file as it is. */
  | { token: string; verdict: 'fits'; target: FitTarget }
  /** Refused as is, but a conversion can be offered (`images:convert`). */
  | { token: string; verdict: 'convertible'; target: FitTarget; reasons: FitReason[]; original: ImageFacts }
  /** Not a picture for a picture target (voice, video…) or not decodable: the upload's own checks decide. */
  | { token: string; verdict: 'other' };

export interface ConversionOffer {
  /** The original's staging token, released once the conversion succeeded (never sent after an offer). */
  sourceToken: string;
  /** The converted file, staged: enqueue or upload it like any staged file. */
  token: string;
  /** The converted file's name (the original's stem, the new format's extension). */
  name: string;
  target: FitTarget;
  reasons: FitReason[];
  original: ImageFacts;
  converted: ImageFacts;
  /** JPEG quality (or PNG palette quality; 100 = lossless) the search settled on. */
  quality: number;
  downscaled: boolean;
}

export interface ImagesResponses {
  'images:checkFit': FitCheck[];
  'images:convert': { ok: true; offer: ConversionOffer } | { ok: false; token: string; error: AppErrorPayload };
}
