/**
 * The `app://bundle/…` handler: the built renderer (with the CSP header — file:// pages cannot get
 * headers, checklist item 18) and the core's asset routes (`/thumb/…`, previews). Written
 * against web Request/Response only, so it is tested in Node without Electron.
 */
import { readFile, lstat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { APP_HOST } from './app-origin';
import { SECURITY_HEADERS } from '../core/security/csp';
import { resolveStatic } from '../core/security/resolve-static';
import type { AssetBody, AssetRoutes } from '../core/assets';

export function createAppProtocolHandler(staticDir: string, assets: AssetRoutes) {
  return async function handleAppRequest(request: Request): Promise<Response> {
    const url = new URL(request.url);
    if (url.host !== APP_HOST) return notFound();
    const isHead = request.method === 'HEAD';
    if (assets.owns(url.pathname) && (request.method === 'GET' || isHead)) {
      // Validation, the media-type allow-list, Range and every header come from core (electron/core/assets.ts).
      const found = await assets.serve(url.pathname, {
        method: isHead ? 'HEAD' : 'GET',
        range: request.headers.get('range'),
        ifRange: request.headers.get('if-range'),
      });
      if (!found) return notFound();
      return new Response(responseBody(found.body), { status: found.status, headers: found.headers });
    }
    if (request.method !== 'GET') return notFound();
    const resolved = resolveStatic(staticDir, url.pathname);
    const info = resolved ? await lstat(resolved.file).catch(() => null) : null;
    if (!resolved || !info?.isFile()) return notFound();
    const body = await readFile(resolved.file);
    return new Response(new Uint8Array(body), { headers: { ...SECURITY_HEADERS, 'Content-Type': resolved.type } });
  };
}

/**
 * A file body becomes a web stream over just the requested bytes (the scheme is registered with
 * `stream: true` in electron/main/main.ts so media elements can seek); cancelling it closes the file.
 */
function responseBody(body: AssetBody): BodyInit | null {
  if (body.kind === 'bytes') return new Uint8Array(body.bytes);
  if (body.kind === 'none') return null;
  const stream = body.handle.createReadStream({ start: body.start, end: body.end });
  return Readable.toWeb(stream) as ReadableStream<Uint8Array>;
}

function notFound(): Response {
  return new Response('not found', { status: 404, headers: SECURITY_HEADERS });
}
