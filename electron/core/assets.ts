/**
 * Same-origin asset routes (thumbnails, previews, temp media, article pictures) that both transports
 * serve: the desktop `app://bundle/<prefix>/…` protocol and the browser-mode server's `/<prefix>/…`.
 * The renderer's CSP allows only 'self', so every picture or sound it shows comes through here.
 *
 * This class is the one choke point (issue 8, test/unit/core/security/asset-routes.test.ts): every route
 * is exactly `/<prefix>/<account>/<id>`; the account must pass accountIdSchema and the id the
 * route's own schema BEFORE its handler runs, so handlers only ever see validated ids, never raw
 * path pieces. What a handler answers must be an allowed media type, and the headers come from
 * electron/core/asset-headers.ts.
 *
 * It also decides HTTP Range (issue 11): a handler may answer a file on disk instead of bytes, and
 * `serve` returns a descriptor (status, headers, which bytes) that each transport pipes from an open
 * file handle, so a video is streamed in the parts the media element asks for and never read whole.
 */
import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import type { z } from 'zod';
import { accountIdSchema, mediaIdSchema } from '@shared/schema-parts';
import { assetContentType, assetHeaders } from './asset-headers';
import { contentRange, decideRange, unsatisfiedRange, type ByteRange } from './byte-range';

interface AssetResponseBase {
  /** A media type; anything off the allow-list (HTML, script, SVG, octet-stream) is refused. */
  contentType: string;
  /** Set when the response is a download: it is then sent as an attachment under this name. */
  downloadName?: string;
}

/**
 * What a handler answers: small bytes in memory (thumbnails), or a file it found inside its own folder
 * (through electron/core/fs/contained-path.ts), which is then streamed in ranges.
 */
export type AssetResponse = AssetResponseBase & ({ body: Uint8Array; file?: never } | { file: string; body?: never });

/** The validated ids of one request: `acc_1` and `MEDIA_ID` for `/thumb/acc_1/MEDIA_ID`. */
export interface AssetIds {
  accountId: string;
  id: string;
}

export type AssetHandler = (ids: AssetIds) => Promise<AssetResponse | null>;

/** A route: the schema its id segment must pass, and the handler that answers validated ids. */
export interface AssetRoute {
  idSchema: z.ZodType<string>;
  handle: AssetHandler;
}

/** The request facts that change the answer. */
export interface AssetRequest {
  method?: 'GET' | 'HEAD';
  /** The `Range` header, as sent. */
  range?: string | null;
  /** The `If-Range` header: a Range is honoured only while the file is the one the client saw. */
  ifRange?: string | null;
}

/**
 * The bytes to send. `file` carries an open handle (the very file that was checked, even if the cache
 * replaces it meanwhile) and inclusive positions; the transport streams it and the stream closes it.
 */
export type AssetBody =
  | { kind: 'bytes'; bytes: Uint8Array }
  | { kind: 'file'; handle: FileHandle; start: number; end: number }
  | { kind: 'none' };

/** What the transports send: status, every header, and the body, ready to write. */
export interface ServedAsset {
  status: 200 | 206 | 416;
  headers: Record<string, string>;
  body: AssetBody;
}

/** A route whose id is a WeChat media_id (thumbnails, previews, temp media). */
export function mediaRoute(handle: AssetHandler): AssetRoute {
  return { idSchema: mediaIdSchema, handle };
}

/**
 * One decoded path segment, or null. Separators, dot segments and NUL are refused here for every
 * route, whatever its id schema allows, so a segment can never become more than one path piece.
 */
function decodeSegment(raw: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return null;
  }
  if (decoded === '.' || decoded === '..' || /[/\\\0]/.test(decoded)) return null;
  return decoded;
}

/** O_NOFOLLOW where the OS has it: a handler's file is never reached through a link planted in its place. */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0);

/** An open regular file and its size/mtime, or null (missing, a link, a folder, unreadable). */
async function openRegularFile(file: string): Promise<{ handle: FileHandle; size: number; mtimeMs: number } | null> {
  const handle = await open(file, OPEN_FLAGS).catch(() => null);
  if (!handle) return null;
  const info = await handle.stat().catch(() => null);
  if (!info?.isFile()) {
    await handle.close().catch(() => undefined);
    return null;
  }
  return { handle, size: info.size, mtimeMs: info.mtimeMs };
}

/** A strong validator for a cached file: it changes whenever the file is replaced by a different one. */
function fileTag(size: number, mtimeMs: number): string {
  return `"${size.toString(16)}-${Math.floor(mtimeMs).toString(16)}"`;
}

export class AssetRoutes {
  private readonly routes = new Map<string, AssetRoute>();

  /** `prefix` is one path segment, e.g. `thumb` or `preview`. */
  register(prefix: string, route: AssetRoute): void {
    if (!/^[a-z][a-z0-9-]*$/.test(prefix)) throw new Error(`bad asset prefix ${prefix}`);
    this.routes.set(prefix, route);
  }

  /** True when the path belongs to an asset route (so static files are not consulted). */
  owns(pathname: string): boolean {
    return this.routes.has(pathname.split('/')[1] ?? '');
  }

  /**
   * The asset at `pathname` (still URL-encoded), or null for 404. A `file` body holds an open handle:
   * the caller must stream it (the stream closes it) or close it.
   */
  async serve(pathname: string, request: AssetRequest = {}): Promise<ServedAsset | null> {
    const segments = pathname.split('/');
    if (segments.length !== 4 || segments[0] !== '') return null;
    const route = this.routes.get(segments[1]);
    if (!route) return null;
    const accountId = accountIdSchema.safeParse(decodeSegment(segments[2]));
    const id = route.idSchema.safeParse(decodeSegment(segments[3]));
    if (!accountId.success || !id.success) return null;
    const found = await route.handle({ accountId: accountId.data, id: id.data }).catch(() => null);
    if (!found) return null;
    const contentType = assetContentType(found.contentType);
    if (!contentType) return null;
    const headers = assetHeaders(contentType, found.downloadName);
    if (found.body !== undefined) {
      return respond(headers, found.body.length, null, request, (r) => ({
        kind: 'bytes',
        bytes: found.body.subarray(r.start, r.end + 1),
      }));
    }
    const file = await openRegularFile(found.file);
    if (!file) return null;
    const served = respond(headers, file.size, fileTag(file.size, file.mtimeMs), request, (r) => ({
      kind: 'file',
      handle: file.handle,
      ...r,
    }));
    if (served.body.kind !== 'file') await file.handle.close().catch(() => undefined);
    return served;
  }
}

/** Status, length headers and body for a resource of `size` bytes under the request's Range. */
function respond(
  headers: Record<string, string>,
  size: number,
  etag: string | null,
  request: AssetRequest,
  slice: (range: ByteRange) => AssetBody,
): ServedAsset {
  const withTag = etag ? { ...headers, ETag: etag } : headers;
  // If-Range names the version the client holds; for any other version (or none we can compare) send it whole.
  const rangeApplies = !request.ifRange || (etag !== null && request.ifRange === etag);
  const decision = rangeApplies ? decideRange(request.range, size) : { kind: 'whole' as const };
  const head = request.method === 'HEAD';
  if (decision.kind === 'unsatisfiable') {
    return {
      status: 416,
      headers: { ...withTag, 'Content-Range': unsatisfiedRange(size), 'Content-Length': '0' },
      body: { kind: 'none' },
    };
  }
  const range = decision.kind === 'partial' ? decision.range : { start: 0, end: size - 1 };
  const length = size === 0 ? 0 : range.end - range.start + 1;
  return {
    status: decision.kind === 'partial' ? 206 : 200,
    headers: {
      ...withTag,
      'Content-Length': String(length),
      ...(decision.kind === 'partial' ? { 'Content-Range': contentRange(range, size) } : {}),
    },
    body: head || length === 0 ? { kind: 'none' } : slice(range),
  };
}
