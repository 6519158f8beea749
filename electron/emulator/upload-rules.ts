/**
 * Upload validation for media/upload, material/add_material and media/uploadimg, with
 * the errcodes of docs/wechat-api.md § Limits, § Error codes and § Multipart uploads.
 * Checks run in this order and the first failing one answers:
 *
 * | # | check                                                        | errcode |
 * |---|--------------------------------------------------------------|---------|
 * | 1 | `type` query missing or not image/voice/video/thumb          | 40004 invalid media type (not for uploadimg) |
 * | 2 | body not multipart, no part named `media`, part without a    | 41005 media data missing |
 * |   | `filename`, or an RFC 2231 `filename*=` parameter            |         |
 * | 3 | `media` part is empty (0 bytes)                              | 44001 empty media data |
 * | 4 | filename has no extension / extension not allowed for type   | 40113 unsupported file type (media/upload, add_material); |
 * |   |                                                              | 40005 invalid file type (uploadimg: its doc lists only 40005) |
 * | 5 | magic bytes are not an allowed format for the type           | 40005 invalid file type |
 * | 6 | size over the limit                                          | 40009 invalid image size (image, uploadimg); |
 * |   |                                                              | 40006 invalid meida size (voice, video, thumb) |
 * | 7 | voice longer than 60 s (WAV exact, AMR exact, MP3 approx.)   | 45007 playtime out of limit; unparsable voice → 40005 |
 * | 8 | add_material video without a `description` (form field or    | 41005 media data missing (as operators report; README.md) |
 * |   | query parameter, some SDKs send it in the query); present    | 47001 data format error when present but not a JSON object |
 * |   | but not a JSON object                                        |         |
 * | 9 | permanent totals: image+thumb+news ≥ 100,000, others ≥ 1,000 | 45001 (emulator choice, as in the brief) |
 *
 * Extension vs content: both must be allowed for the type, but they need not agree
 * (a PNG named .jpg passes), because WeChat sniffs the bytes.
 * Size limits follow the per-type lines of the current docs; where pages conflict
 * (temp image "2MB" vs "10M"), the emulator uses the per-type line (10 MB).
 * WMA voice duration is not parsed (accepted as is).
 */
import { voiceDurationS } from './audio-duration';
import { extensionOf, sniff } from './media-sniff';
import type { MediaFormat } from './media-sniff';
import type { FormPart } from './multipart';

export type UploadType = 'image' | 'voice' | 'video' | 'thumb';

export const UPLOAD_TYPES: readonly UploadType[] = ['image', 'voice', 'video', 'thumb'];

const KB = 1024;
const MB = 1024 * 1024;

export interface UploadRule {
  extensions: readonly string[];
  formats: readonly MediaFormat[];
  maxBytes: number;
  sizeErrcode: number;
  extensionErrcode: number;
  maxVoiceS?: number;
}

const IMAGE_SIZE = 40009;
const OTHER_SIZE = 40006;

export const RULES: Record<'temp' | 'material', Record<UploadType, UploadRule>> & { uploadimg: UploadRule } = {
  temp: {
    image: {
      extensions: ['png', 'jpeg', 'jpg', 'gif'],
      formats: ['png', 'jpg', 'gif'],
      maxBytes: 10 * MB,
      sizeErrcode: IMAGE_SIZE,
      extensionErrcode: 40113,
    },
    voice: {
      extensions: ['amr', 'mp3'],
      formats: ['amr', 'mp3'],
      maxBytes: 2 * MB,
      sizeErrcode: OTHER_SIZE,
      extensionErrcode: 40113,
      maxVoiceS: 60,
    },
    video: {
      extensions: ['mp4'],
      formats: ['mp4'],
      maxBytes: 10 * MB,
      sizeErrcode: OTHER_SIZE,
      extensionErrcode: 40113,
    },
    thumb: {
      extensions: ['jpg', 'jpeg'],
      formats: ['jpg'],
      maxBytes: 64 * KB,
      sizeErrcode: OTHER_SIZE,
      extensionErrcode: 40113,
    },
  },
  material: {
    image: {
      extensions: ['bmp', 'png', 'jpeg', 'jpg', 'gif'],
      formats: ['bmp', 'png', 'jpg', 'gif'],
      maxBytes: 10 * MB,
      sizeErrcode: IMAGE_SIZE,
      extensionErrcode: 40113,
    },
    voice: {
      extensions: ['mp3', 'wma', 'wav', 'amr'],
      formats: ['mp3', 'wma', 'wav', 'amr'],
      maxBytes: 2 * MB,
      sizeErrcode: OTHER_SIZE,
      extensionErrcode: 40113,
      maxVoiceS: 60,
    },
    video: {
      extensions: ['mp4'],
      formats: ['mp4'],
      maxBytes: 10 * MB,
      sizeErrcode: OTHER_SIZE,
      extensionErrcode: 40113,
    },
    thumb: {
      extensions: ['jpg', 'jpeg'],
      formats: ['jpg'],
      maxBytes: 64 * KB,
      sizeErrcode: OTHER_SIZE,
      extensionErrcode: 40113,
    },
  },
  // "jpg/png only, < 1 MB": exactly 1 MB is already too big.
  uploadimg: {
    extensions: ['jpg', 'jpeg', 'png'],
    formats: ['jpg', 'png'],
    maxBytes: MB - 1,
    sizeErrcode: IMAGE_SIZE,
    extensionErrcode: 40005,
  },
};

/** Totals for permanent material: 图片+图文 share 100,000 (thumbs are images); other types 1,000 each. */
export const PERMANENT_TOTALS = { imageAndNews: 100_000, other: 1_000 } as const;

export type UploadCheck =
  | { ok: true; part: FormPart; filename: string; format: MediaFormat; durationS: number | null }
  | { ok: false; errcode: number };

export function parseUploadType(value: string | null): UploadType | null {
  return UPLOAD_TYPES.find((t) => t === value) ?? null;
}

/** Checks 2–7 of the table above for one upload. */
export function checkUpload(parts: FormPart[] | null, rule: UploadRule): UploadCheck {
  const part = parts?.find((p) => p.name === 'media');
  if (!part || part.hasFilenameStar || !part.filename) return { ok: false, errcode: 41005 };
  if (part.data.length === 0) return { ok: false, errcode: 44001 };
  if (!rule.extensions.includes(extensionOf(part.filename))) return { ok: false, errcode: rule.extensionErrcode };
  const format = sniff(part.data);
  if (!format || !rule.formats.includes(format)) return { ok: false, errcode: 40005 };
  if (part.data.length > rule.maxBytes) return { ok: false, errcode: rule.sizeErrcode };
  let durationS: number | null = null;
  if (rule.maxVoiceS !== undefined && format !== 'wma') {
    durationS = voiceDurationS(format, part.data);
    if (durationS === null) return { ok: false, errcode: 40005 };
    if (durationS > rule.maxVoiceS) return { ok: false, errcode: 45007 };
  }
  return { ok: true, part, filename: part.filename, format, durationS };
}
