/**
 * File or JSON? media/get and get_material answer with raw bytes on success and JSON on failure (and JSON
 * for videos), and binaries have come back as `text/plain` (easywechat#290, co-wechat-api#87), so
 * Content-Type alone cannot decide. Order (docs/wechat-api.md § File or JSON):
 *   1. `Content-Disposition: attachment` → file, FIRST;
 *   2. body starts with `{` → parse it: errcode → error; otherwise a JSON value (video_url/down_url/news_item);
 *   3. Content-Type image/audio/video/octet-stream → file;
 *   4. magic bytes of a known format → file (a text/plain binary without the attachment header);
 *   5. anything else (an HTML gateway page…) is unrecognised.
 * Pure: headers and the first bytes in, decision out.
 */
import { sniffFormat } from '../files/sniff';
import { errcodeOf, parseJsonObject, type JsonObject } from './wire-json';

export type ResponseHeaders = Readonly<Record<string, string | string[] | undefined>>;

export type ResponseKind =
  | { kind: 'file'; reason: 'attachment' | 'content-type' | 'magic' }
  /** Looks like JSON: read the whole body, then decide again with `complete = true`. */
  | { kind: 'need-body' }
  | { kind: 'json'; value: JsonObject }
  | { kind: 'api-error'; errcode: number; errmsg: string }
  | { kind: 'unrecognised' };

const MEDIA_TYPE_RE = /^(image|audio|video)\/|^application\/octet-stream\b/i;

function header(headers: ResponseHeaders, name: string): string {
  const v = headers[name];
  return (Array.isArray(v) ? v[0] : v) ?? '';
}

/** True when Content-Disposition says `attachment` (any case, any parameters). */
export function isAttachment(headers: ResponseHeaders): boolean {
  return /^\s*attachment\b/i.test(header(headers, 'content-disposition'));
}

/** The `filename` parameter of Content-Disposition, if any (only used for its extension). */
export function dispositionFilename(headers: ResponseHeaders): string | undefined {
  const m = /filename\s*=\s*"?([^";]+)"?/i.exec(header(headers, 'content-disposition'));
  return m?.[1]?.trim() || undefined;
}

/** First non-whitespace byte is `{` (JSON object). No supported media format starts that way. */
function looksLikeJson(head: Uint8Array): boolean {
  for (let i = 0; i < head.length; i++) {
    const b = head[i];
    if (b === 0xef && head[i + 1] === 0xbb && head[i + 2] === 0xbf) {
      i += 2; // UTF-8 BOM
      continue;
    }
    if (b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d) continue;
    return b === 0x7b;
  }
  return false;
}

/**
 * Decides what a download response is. `head` is the body so far; `complete` says whether it is all of it.
 * Call with the first bytes (≥ SNIFF_BYTES, or the whole body if shorter) and complete=false; on
 * `need-body`, call again with the whole (capped) body and complete=true.
 */
export function decideResponseKind(headers: ResponseHeaders, head: Uint8Array, complete: boolean): ResponseKind {
  if (isAttachment(headers)) return { kind: 'file', reason: 'attachment' };
  if (looksLikeJson(head)) {
    if (!complete) return { kind: 'need-body' };
    const parsed = parseJsonObject(Buffer.from(head.buffer, head.byteOffset, head.byteLength).toString('utf8'));
    if (parsed) {
      const errcode = errcodeOf(parsed);
      if (errcode !== 0)
        return { kind: 'api-error', errcode, errmsg: typeof parsed.errmsg === 'string' ? parsed.errmsg : '' };
      return { kind: 'json', value: parsed };
    }
  }
  if (MEDIA_TYPE_RE.test(header(headers, 'content-type').trim())) return { kind: 'file', reason: 'content-type' };
  if (sniffFormat(head) !== 'unknown') return { kind: 'file', reason: 'magic' };
  return { kind: 'unrecognised' };
}
