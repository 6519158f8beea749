/**
 * Who may talk to the emulator. It runs inside the app for the demo account, so a web page in the
 * user's browser must not be able to reach it:
 * - it binds to a loopback address only (isLoopbackHost, checked before listening);
 * - every request must be addressed to its own host:port: a page on attacker.example whose DNS
 *   rebinds to 127.0.0.1 still sends `Host: attacker.example`, and is refused;
 * - the admin routes (/__emulator/*) exist only when the starter asked for them (the CLI, tests,
 *   benchmarks); the app's demo account leaves them off;
 * - even then they refuse any request carrying `Origin` (only browsers send it, and our scripts never
 *   do), and state-changing methods need `Content-Type: application/json`, which a cross-origin page
 *   cannot send without a CORS preflight that the emulator never grants.
 * request-handler.ts calls guardRequest() first for every request: the one choke point.
 */
import { isIPv4 } from 'node:net';
import type { IncomingHttpHeaders } from 'node:http';
import { plain } from './reply';
import type { Reply } from './reply';

/** 127.0.0.0/8 as a dotted quad, or ::1. Names (even "localhost") are refused: they resolve elsewhere. */
export function isLoopbackHost(host: string): boolean {
  if (isIPv4(host)) return host.split('.')[0] === '127';
  return host === '::1';
}

/** The authority clients use to reach `baseUrl` (URL drops a default port, as clients do in Host). */
export function ownAuthority(baseUrl: string): string {
  return new URL(baseUrl).host.toLowerCase();
}

/** True when the Host header names exactly this server. A missing Host (HTTP/1.0) is refused too. */
export function hostAllowed(host: string | undefined, authority: string): boolean {
  return typeof host === 'string' && host.trim().toLowerCase() === authority;
}

const SAFE_METHODS = new Set(['GET', 'HEAD']);

function isJson(contentType: string | undefined): boolean {
  return (contentType ?? '').split(';')[0].trim().toLowerCase() === 'application/json';
}

export interface GuardInput {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
}

export interface GuardConfig {
  /** ownAuthority(baseUrl) of the listening server. */
  authority: string;
  /** Whether /__emulator/* exists at all (EmulatorOptions.admin). */
  admin: boolean;
}

export const ADMIN_PREFIX = '/__emulator/';

/**
 * The refusal for a request, or null when it may proceed. Refusals are plain text and say
 * nothing about the emulator's state; with admin off, /__emulator/* answers the same 404 as
 * any unknown path, so its existence is not revealed.
 */
export function guardRequest(req: GuardInput, config: GuardConfig): Reply | null {
  if (!hostAllowed(req.headers.host, config.authority)) return plain(403, 'Forbidden: wrong Host', 'text/plain');
  if (!req.path.startsWith(ADMIN_PREFIX)) return null;
  if (!config.admin) return plain(404, 'Not Found', 'text/plain');
  if (req.headers.origin !== undefined) return plain(403, 'Forbidden: browser requests are refused', 'text/plain');
  if (!SAFE_METHODS.has(req.method) && !isJson(req.headers['content-type']))
    return plain(415, 'Unsupported Media Type: send Content-Type: application/json', 'text/plain');
  return null;
}
