/**
 * A small multipart/form-data parser over a fully-read body.
 *
 * It is hand-written (no busboy) because the emulator must reproduce WeChat's parsing
 * quirks rather than be lenient: part headers are read as raw UTF-8, so a Chinese
 * `filename="春节海报.png"` survives intact, while an RFC 2231 `filename*=` parameter is
 * reported separately so the upload rules can refuse it with 41005 (wechatpy#293).
 */

export interface FormPart {
  name: string | null;
  /** The plain `filename="…"` parameter, exactly as sent (no percent-decoding). */
  filename: string | null;
  /** True when the part used the RFC 2231 `filename*=` form. */
  hasFilenameStar: boolean;
  contentType: string | null;
  data: Buffer;
}

export function boundaryOf(contentType: string | undefined): string | null {
  if (!contentType || !/^multipart\/form-data/i.test(contentType.trim())) return null;
  const params = parseParams(contentType.slice(contentType.indexOf(';') + 1));
  return params.get('boundary') ?? null;
}

/** Parses `; key=value; key="quoted \" value"` into a map (keys lower-cased). */
export function parseParams(text: string): Map<string, string> {
  const out = new Map<string, string>();
  let i = 0;
  while (i < text.length) {
    while (i < text.length && (text[i] === ';' || text[i] === ' ' || text[i] === '\t')) i += 1;
    const eq = text.indexOf('=', i);
    const semi = text.indexOf(';', i);
    if (eq < 0 || (semi >= 0 && semi < eq)) {
      // A bare token such as "form-data": skip it.
      i = semi < 0 ? text.length : semi + 1;
      continue;
    }
    const key = text.slice(i, eq).trim().toLowerCase();
    i = eq + 1;
    let value = '';
    if (text[i] === '"') {
      i += 1;
      while (i < text.length && text[i] !== '"') {
        if (text[i] === '\\' && i + 1 < text.length) i += 1;
        value += text[i];
        i += 1;
      }
      i += 1; // closing quote
    } else {
      const end = text.indexOf(';', i);
      value = text.slice(i, end < 0 ? text.length : end).trim();
      i = end < 0 ? text.length : end;
    }
    if (key) out.set(key, value);
  }
  return out;
}

function parsePartHeaders(raw: string): Omit<FormPart, 'data'> {
  let name: string | null = null;
  let filename: string | null = null;
  let hasFilenameStar = false;
  let contentType: string | null = null;
  for (const line of raw.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const header = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (header === 'content-type') contentType = value;
    if (header !== 'content-disposition') continue;
    const params = parseParams(value.slice(value.indexOf(';') + 1));
    name = params.get('name') ?? null;
    filename = params.get('filename') ?? null;
    hasFilenameStar = params.has('filename*');
  }
  return { name, filename, hasFilenameStar, contentType };
}

/** Returns the parts, or null when the body is not well-formed multipart. */
export function parseMultipart(body: Buffer, boundary: string): FormPart[] | null {
  const opener = Buffer.from(`--${boundary}`, 'latin1');
  const delimiter = Buffer.from(`\r\n--${boundary}`, 'latin1');
  let at = body.indexOf(opener);
  if (at < 0) return null;
  at += opener.length;
  const parts: FormPart[] = [];
  for (;;) {
    // After a delimiter: "--" closes the body, CRLF starts another part.
    if (body[at] === 0x2d && body[at + 1] === 0x2d) return parts;
    if (body[at] !== 0x0d || body[at + 1] !== 0x0a) return null;
    const headerStart = at + 2;
    const headerEnd = body.indexOf('\r\n\r\n', headerStart, 'latin1');
    if (headerEnd < 0) return null;
    const next = body.indexOf(delimiter, headerEnd + 4);
    if (next < 0) return null;
    const headers = parsePartHeaders(body.toString('utf8', headerStart, headerEnd));
    parts.push({ ...headers, data: body.subarray(headerEnd + 4, next) });
    at = next + delimiter.length;
  }
}
