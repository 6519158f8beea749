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
 */
import type { z } from 'zod';
import { accountIdSchema, mediaIdSchema } from '@shared/schema-parts';
import { assetContentType, assetHeaders } from './asset-headers';

export interface AssetResponse {
  body: Uint8Array;
  /** A media type; anything off the allow-list (HTML, script, SVG, octet-stream) is refused. */
  contentType: string;
  /** Set when the response is a download: it is then sent as an attachment under this name. */
  downloadName?: string;
}

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

/** What the transports send: the body and every header, ready to write. */
export interface ServedAsset {
  body: Uint8Array;
  headers: Record<string, string>;
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

  /** The asset at `pathname` (still URL-encoded), or null for 404. */
  async serve(pathname: string): Promise<ServedAsset | null> {
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
    return { body: found.body, headers: assetHeaders(contentType, found.downloadName) };
  }
}
