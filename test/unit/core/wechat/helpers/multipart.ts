/** A strict little multipart/form-data parser for tests: keeps each part's raw header text and exact bytes. */

export interface RawPart {
  /** The header block exactly as sent (UTF-8 decoded). */
  rawHeaders: string;
  name?: string;
  filename?: string;
  contentType?: string;
  body: Buffer;
}

export function parseMultipart(body: Buffer, contentTypeHeader: string): RawPart[] {
  const m = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentTypeHeader);
  if (!m) throw new Error('no boundary');
  const boundary = Buffer.from(`--${m[1] ?? m[2]}`);
  const parts: RawPart[] = [];
  let pos = body.indexOf(boundary);
  while (pos !== -1) {
    const start = pos + boundary.length;
    if (body.subarray(start, start + 2).toString() === '--') break;
    const headerStart = start + 2; // CRLF after the boundary
    const headerEnd = body.indexOf('\r\n\r\n', headerStart);
    const next = body.indexOf(boundary, headerEnd);
    const rawHeaders = body.subarray(headerStart, headerEnd).toString('utf8');
    const content = body.subarray(headerEnd + 4, next - 2); // minus the CRLF before the next boundary
    const disposition = /content-disposition:([^\r\n]*)/i.exec(rawHeaders)?.[1] ?? '';
    parts.push({
      rawHeaders,
      name: /\bname="([^"]*)"/.exec(disposition)?.[1],
      filename: /\bfilename="([^"]*)"/.exec(disposition)?.[1],
      contentType: /content-type:\s*([^\r\n]*)/i.exec(rawHeaders)?.[1],
      body: content,
    });
    pos = next;
  }
  return parts;
}
