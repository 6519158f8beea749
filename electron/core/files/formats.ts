/**
 * The media formats SucaiDesk can recognise from magic bytes, with their canonical extension and MIME type.
 * WeChat picks the media type from the multipart filename's extension, so the extension we send must match
 * the real content (40005/40113 otherwise); that is why everything keys off the sniffed format, not the name.
 */

/** Formats WeChat accepts somewhere (image, voice, video, thumb, uploadimg). */
export const SUPPORTED_FORMATS = ['jpeg', 'png', 'gif', 'bmp', 'mp3', 'amr', 'wav', 'wma', 'mp4'] as const;
export type SupportedFormat = (typeof SUPPORTED_FORMATS)[number];

/**
 * Formats we recognise only to say precisely why they are refused (a HEIC photo or a MOV clip is a common
 * drop); WeChat accepts none of them.
 */
export const RECOGNISED_UNSUPPORTED = ['webp', 'heic', 'avif', 'tiff', 'mov', 'm4a'] as const;
export type RecognisedUnsupported = (typeof RECOGNISED_UNSUPPORTED)[number];

export type MediaFormat = SupportedFormat | RecognisedUnsupported | 'unknown';

interface FormatInfo {
  ext: string;
  mime: string;
  /** Extensions a user-supplied name may already carry for this format (lower case, without the dot). */
  aliases: readonly string[];
}

const INFO: Record<Exclude<MediaFormat, 'unknown'>, FormatInfo> = {
  jpeg: { ext: 'jpg', mime: 'image/jpeg', aliases: ['jpg', 'jpeg', 'jpe'] },
  png: { ext: 'png', mime: 'image/png', aliases: ['png'] },
  gif: { ext: 'gif', mime: 'image/gif', aliases: ['gif'] },
  bmp: { ext: 'bmp', mime: 'image/bmp', aliases: ['bmp'] },
  mp3: { ext: 'mp3', mime: 'audio/mpeg', aliases: ['mp3'] },
  amr: { ext: 'amr', mime: 'audio/amr', aliases: ['amr'] },
  wav: { ext: 'wav', mime: 'audio/wav', aliases: ['wav'] },
  wma: { ext: 'wma', mime: 'audio/x-ms-wma', aliases: ['wma'] },
  mp4: { ext: 'mp4', mime: 'video/mp4', aliases: ['mp4'] },
  webp: { ext: 'webp', mime: 'image/webp', aliases: ['webp'] },
  heic: { ext: 'heic', mime: 'image/heic', aliases: ['heic', 'heif'] },
  avif: { ext: 'avif', mime: 'image/avif', aliases: ['avif'] },
  tiff: { ext: 'tif', mime: 'image/tiff', aliases: ['tif', 'tiff'] },
  mov: { ext: 'mov', mime: 'video/quicktime', aliases: ['mov', 'qt'] },
  m4a: { ext: 'm4a', mime: 'audio/mp4', aliases: ['m4a'] },
};

/** Every extension that names some media format; used to tell a "wrong" extension from an unrelated dot. */
const KNOWN_MEDIA_EXTS = new Set<string>([
  ...Object.values(INFO).flatMap((i) => i.aliases),
  'avi',
  'mkv',
  'flv',
  'wmv',
  'ogg',
  'aac',
  'flac',
  'svg',
]);

/** Canonical extension (no dot) for a format; `bin` for unknown content. */
export function extensionFor(format: MediaFormat): string {
  return format === 'unknown' ? 'bin' : INFO[format].ext;
}

/** MIME type for a format; `application/octet-stream` for unknown content. */
export function mimeFor(format: MediaFormat): string {
  return format === 'unknown' ? 'application/octet-stream' : INFO[format].mime;
}

/** True when `ext` (no dot, any case) is an accepted spelling of `format`'s extension (jpeg → jpg/jpeg). */
export function isExtensionOf(ext: string, format: MediaFormat): boolean {
  return format !== 'unknown' && INFO[format].aliases.includes(ext.toLowerCase());
}

/** True when `ext` names some media format (so a name ending in it has a wrong, not a missing, extension). */
export function isMediaExtension(ext: string): boolean {
  return KNOWN_MEDIA_EXTS.has(ext.toLowerCase());
}

/** Format whose MIME type is `mime` (parameters ignored), or 'unknown'. */
export function formatFromMime(mime: string | undefined): MediaFormat {
  const bare = (mime ?? '').split(';')[0].trim().toLowerCase();
  if (bare === '') return 'unknown';
  if (bare === 'image/jpg' || bare === 'image/pjpeg') return 'jpeg';
  if (bare === 'audio/mp3') return 'mp3';
  if (bare === 'audio/x-wav' || bare === 'audio/wave') return 'wav';
  for (const [format, info] of Object.entries(INFO)) {
    if (info.mime === bare) return format as MediaFormat;
  }
  return 'unknown';
}
