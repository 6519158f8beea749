/**
 * Client-side upload limits, one row per (target, mode). WeChat's own pages disagree with each other
 * (docs/wechat-api.md § Limits), so each row takes the STRICTEST documented value: a file we pass may still be refused
 * by the server (40006/40009/45001 have the final word), but we never let through something a current
 * official page forbids.
 */
import type { SupportedFormat } from './formats';

/** Where a file is going: the four material types plus `uploadimg` (image URLs for article bodies). */
export type UploadTarget = 'image' | 'voice' | 'video' | 'thumb' | 'uploadimg';
/** Permanent material (add_material) or temporary media (media/upload, kept 3 days). */
export type UploadMode = 'permanent' | 'temporary';

export interface UploadLimit {
  formats: readonly SupportedFormat[];
  /** Largest accepted size in bytes, inclusive. */
  maxBytes: number;
  /** How the limit reads in messages ("10 MB", "小于 1 MB"). */
  limitText: { zh: string; en: string };
}

const KB = 1024;
const MB = 1024 * KB;

const mb = (n: number): UploadLimit['limitText'] => ({ zh: `${n} MB`, en: `${n} MB` });

/** uploadimg: the page says "< 1 MB", i.e. strictly less, so the inclusive maximum is 1 MB - 1 byte. */
const UPLOADIMG: UploadLimit = {
  formats: ['jpeg', 'png'],
  maxBytes: MB - 1,
  limitText: { zh: '小于 1 MB', en: 'less than 1 MB' },
};

const LIMITS: Record<Exclude<UploadTarget, 'uploadimg'>, Record<UploadMode, UploadLimit>> = {
  image: {
    // Current add_material page: 10M, bmp/png/jpeg/jpg/gif (older docs said 2M; the current page wins for
    // permanent images: 10 MB, see docs/reliability.md § Checking files before the network).
    permanent: { formats: ['bmp', 'png', 'jpeg', 'gif'], maxBytes: 10 * MB, limitText: mb(10) },
    // The current media/upload page says both "图片2MB" and "10M, PNG/JPEG/JPG/GIF": take 2 MB and no BMP.
    temporary: { formats: ['png', 'jpeg', 'gif'], maxBytes: 2 * MB, limitText: mb(2) },
  },
  voice: {
    // 2M (older docs: 5M) and ≤ 60 s; the duration check is a separate seam (see validate.ts).
    permanent: { formats: ['mp3', 'wma', 'wav', 'amr'], maxBytes: 2 * MB, limitText: mb(2) },
    temporary: { formats: ['amr', 'mp3'], maxBytes: 2 * MB, limitText: mb(2) },
  },
  video: {
    permanent: { formats: ['mp4'], maxBytes: 10 * MB, limitText: mb(10) },
    temporary: { formats: ['mp4'], maxBytes: 10 * MB, limitText: mb(10) },
  },
  thumb: {
    permanent: { formats: ['jpeg'], maxBytes: 64 * KB, limitText: { zh: '64 KB', en: '64 KB' } },
    temporary: { formats: ['jpeg'], maxBytes: 64 * KB, limitText: { zh: '64 KB', en: '64 KB' } },
  },
};

/** The limit for a target; `mode` is ignored for `uploadimg`, which has one limit. */
export function uploadLimit(target: UploadTarget, mode: UploadMode): UploadLimit {
  return target === 'uploadimg' ? UPLOADIMG : LIMITS[target][mode];
}

/** Longest voice clip WeChat accepts, in seconds (45007 otherwise). */
export const MAX_VOICE_SECONDS = 60;
