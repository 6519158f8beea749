/**
 * The one way the renderer builds a URL for an asset route (`thumb/`, `preview/`, `temp/`, `artimg/`…)
 * that <img>, <audio>, <video> or a drag-out load. Those elements cannot send the API key header, so in
 * browser mode each URL carries a short-lived signature made with the session's key:
 * `?e=<expiry, unix s>&s=<base64url HMAC-SHA256(key, pathname + "\n" + e)>`, checked by
 * electron/web/session-gate.ts `verifyAssetUrl`. The expiry is rounded up to a 10-minute bucket plus
 * 10 minutes, so a URL stays the same (and cached) for 10 minutes and is valid for 10 to 20.
 * The desktop window (app://, preload's window.api) is reachable only by our own window: no signature.
 */
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { hexToBytes } from '@noble/hashes/utils.js';
import { sessionKey } from './session-key';

const BUCKET_S = 600;

/** `path` is page-relative (`thumb/acc/id`) or absolute; the result keeps that form, plus the signature. */
export function assetUrl(path: string, now: number = Date.now()): string {
  if (typeof window === 'undefined' || window.api !== undefined) return path;
  const key = sessionKey();
  // No key: the app shows "open the printed link" (see main.tsx); the server would refuse this URL.
  if (!key) return path;
  const pathname = new URL(path, location.href).pathname;
  return `${path}${path.includes('?') ? '&' : '?'}${signAssetPath(pathname, key, now)}`;
}

/** The query string `e=…&s=…` for an absolute, percent-encoded pathname as the server will see it. */
export function signAssetPath(pathname: string, key: string, now: number): string {
  const e = Math.ceil(now / 1000 / BUCKET_S) * BUCKET_S + BUCKET_S;
  const mac = hmac(sha256, hexToBytes(key), new TextEncoder().encode(`${pathname}\n${e}`));
  return `e=${e}&s=${base64url(mac)}`;
}

function base64url(bytes: Uint8Array): string {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
