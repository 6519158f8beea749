/**
 * The `app://bundle/…` handler: the built renderer (with the CSP header — file:// pages cannot get
 * headers, checklist item 18) and the core's asset routes (`/thumb/…`, previews). Written
 * against web Request/Response only, so it is tested in Node without Electron.
 */
import { readFile, lstat } from 'node:fs/promises';
import { APP_HOST } from './app-origin';
import { SECURITY_HEADERS } from '../core/security/csp';
import { resolveStatic } from '../core/security/resolve-static';
import type { AssetRoutes } from '../core/assets';

export function createAppProtocolHandler(staticDir: string, assets: AssetRoutes) {
  return async function handleAppRequest(request: Request): Promise<Response> {
    const url = new URL(request.url);
    if (url.host !== APP_HOST || request.method !== 'GET') return notFound();
    if (assets.owns(url.pathname)) {
      // Validation, the media-type allow-list and every header come from core (electron/core/assets.ts).
      const found = await assets.serve(url.pathname);
      if (!found) return notFound();
      return new Response(new Uint8Array(found.body), { headers: found.headers });
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
