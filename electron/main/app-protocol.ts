/**
 * The `app://bundle/…` handler: the built renderer (with the CSP header — file:// pages cannot get
 * headers, checklist item 18) and `/thumb/<account>/<media>` from the thumbnail cache. Written
 * against web Request/Response only, so it is tested in Node without Electron.
 */
import { readFile, lstat } from 'node:fs/promises';
import { APP_HOST } from './app-origin';
import { SECURITY_HEADERS } from '../core/security/csp';
import { resolveStatic } from '../core/security/resolve-static';
import type { ThumbService } from '../core/thumbs/thumb-service';

export function createAppProtocolHandler(staticDir: string, thumbs: ThumbService) {
  return async function handleAppRequest(request: Request): Promise<Response> {
    const url = new URL(request.url);
    if (url.host !== APP_HOST || request.method !== 'GET') return notFound();
    if (url.pathname.startsWith('/thumb/')) {
      const [, , accountId, encodedMedia] = url.pathname.split('/');
      if (!accountId || !encodedMedia) return notFound();
      const file = await thumbs.get(accountId, decodeURIComponent(encodedMedia)).catch(() => null);
      if (!file) return notFound();
      return new Response(new Uint8Array(file.bytes), {
        headers: { ...SECURITY_HEADERS, 'Content-Type': file.contentType },
      });
    }
    const resolved = resolveStatic(staticDir, url.pathname);
    const info = resolved ? await lstat(resolved.file).catch(() => null) : null;
    if (!resolved || !info?.isFile()) return notFound();
    const body = await readFile(resolved.file);
    return new Response(new Uint8Array(body), { headers: { ...SECURITY_HEADERS, 'Content-Type': resolved.type } });
  };
}

function notFound(): Response {
  return new Response('not found', { status: 404, headers: SECURITY_HEADERS });
}
