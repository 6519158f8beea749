/**
 * What a downloaded file is and what it should be called: the format comes from its magic bytes first,
 * then from headers; the final name gets the extension of the real content.
 */
import { extensionFor, formatFromMime, mimeFor, type MediaFormat } from '../files/formats';
import { sanitizeFileName, splitExt, withFormatExtension } from '../files/file-name';
import { sniffFormat } from '../files/sniff';
import { dispositionFilename, type ResponseHeaders } from './response-kind';

export interface ContentMeta {
  format: MediaFormat;
  /** MIME type of the content as detected (not the header when the header is text/plain or missing). */
  contentType: string;
  /** Extension from Content-Disposition's filename, used only when the content is not recognised. */
  headerExt?: string;
}

function headerValue(headers: ResponseHeaders, name: string): string {
  const v = headers[name];
  return ((Array.isArray(v) ? v[0] : v) ?? '').split(';')[0].trim().toLowerCase();
}

/** Describes a body from its first bytes and headers. Pure. */
export function describeContent(headers: ResponseHeaders, head: Uint8Array): ContentMeta {
  const headerType = headerValue(headers, 'content-type');
  let format = sniffFormat(head);
  if (format === 'unknown') format = formatFromMime(headerType);
  const fromDisposition = splitExt(sanitizeFileName(dispositionFilename(headers) ?? '', '')).ext.toLowerCase();
  const usableHeaderType =
    headerType !== '' && !headerType.startsWith('text/') ? headerType : 'application/octet-stream';
  return {
    format,
    contentType: format === 'unknown' ? usableHeaderType : mimeFor(format),
    ...(fromDisposition && /^[a-z0-9]{1,8}$/.test(fromDisposition) ? { headerExt: fromDisposition } : {}),
  };
}

/** The extension (no dot) the content should carry: detected format, else the header's, else `bin`. */
export function contentExtension(meta: ContentMeta): string {
  return meta.format !== 'unknown' ? extensionFor(meta.format) : (meta.headerExt ?? extensionFor('unknown'));
}

/**
 * The file name to save under: the sanitised hint with the extension of the detected format; for
 * unrecognised content, the hint keeps its own extension or gets the header's, else `.bin`.
 */
export function finalFileName(nameHint: string, meta: ContentMeta): string {
  const base = sanitizeFileName(nameHint, 'download');
  // Sanitised again after the extension is added: a 200-byte name plus `.jpg` must still fit.
  if (meta.format !== 'unknown') return sanitizeFileName(withFormatExtension(base, meta.format));
  if (splitExt(base).ext) return base;
  return sanitizeFileName(`${base}.${contentExtension(meta)}`);
}
