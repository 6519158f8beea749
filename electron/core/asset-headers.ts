/**
 * What an asset response may be and the headers it carries, for both transports (the desktop
 * `app://` handler in electron/main/app-protocol.ts and browser mode's `asset()` in
 * electron/web/web-server.ts take them from here, so they cannot drift). Asset routes serve only
 * pictures, sound and video: an HTML or script type would run as the app on its own origin.
 */
import { formatFromMime, mimeFor } from './files/formats';
import { SECURITY_HEADERS } from './security/csp';

/** Every content type an asset route may answer with (the media formats of electron/core/files/formats.ts). */
export const ASSET_CONTENT_TYPES: ReadonlySet<string> = new Set([
  'image/jpeg',
  'image/png',
  'image/gif',
  'image/bmp',
  'image/webp',
  'image/heic',
  'audio/mpeg',
  'audio/amr',
  'audio/wav',
  'audio/x-ms-wma',
  'audio/mp4',
  'video/mp4',
  'video/quicktime',
]);

/**
 * The canonical type for a handler's content type (aliases like `audio/mp3` or `image/jpg` are
 * folded, parameters dropped), or null when it is not a media type on the allow-list.
 */
export function assetContentType(raw: string): string | null {
  const format = formatFromMime(raw);
  if (format === 'unknown') return null;
  const type = mimeFor(format);
  return ASSET_CONTENT_TYPES.has(type) ? type : null;
}

/**
 * An asset is never a document: even if a browser were made to open one as a page, the sandbox
 * gives it an opaque origin and no script.
 */
const ASSET_CSP = "default-src 'none'; sandbox";

/**
 * Headers of a served asset; `downloadName` makes it an attachment, otherwise it is shown inline. Every
 * asset answers byte ranges (electron/core/assets.ts), which is what lets a media element seek.
 */
export function assetHeaders(contentType: string, downloadName?: string): Record<string, string> {
  return {
    ...SECURITY_HEADERS,
    'Content-Security-Policy': ASSET_CSP,
    'Content-Type': contentType,
    'X-Content-Type-Options': 'nosniff',
    'Content-Disposition': downloadName ? `attachment; filename*=UTF-8''${encodeURIComponent(downloadName)}` : 'inline',
    'Cache-Control': 'private, max-age=86400',
    'Accept-Ranges': 'bytes',
  };
}
