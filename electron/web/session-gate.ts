/**
 * Who may talk to the browser-mode server. It listens on 127.0.0.1 only, and still every request
 * must (1) name our host in Host (DNS rebinding), (2) carry no foreign Origin, and (3) hold the
 * session cookie, obtained by opening the printed URL with its one-time token.
 *
 * The cookie is not enough for anything but the built renderer: Chromium sends it to every port of
 * 127.0.0.1 (another local program's page is "same site"), so it proves nothing about who is asking.
 * What proves it is a second secret, the API key, that only our own origin can hold: the one-time
 * link redirects to `/#k=<key>` and the renderer keeps it in sessionStorage (renderer/src/lib/session-key.ts).
 *   - API routes need cookie + `X-SucaiDesk-Key: <key>` (fetch only; a form or <img> cannot send it).
 *   - Asset routes (<img>/<audio>/<video>, which cannot send headers) need cookie + a URL signed with
 *     the key that expires within 30 minutes (renderer/src/lib/asset-url.ts builds them).
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const SESSION_COOKIE = 'sd_session';
/** The API key header (renderer/src/lib/session-key.ts repeats the name; a unit test checks they agree). */
export const API_KEY_HEADER = 'X-SucaiDesk-Key';

/** Renderer URLs expire 10–20 minutes ahead; anything further out was not made by our renderer. */
const MAX_ASSET_URL_LIFETIME_S = 30 * 60;
const ASSET_BUCKET_S = 600;

export class SessionGate {
  private readonly session = randomBytes(32).toString('hex');
  private readonly key = randomBytes(32).toString('hex');
  private readonly oneTimeTokens = new Set<string>();
  private port = 0;

  /** `onRedeemed` runs after a link was used (main.ts then says how to get the next one). */
  constructor(private readonly hooks: { onRedeemed?: () => void } = {}) {}

  setPort(port: number): void {
    this.port = port;
  }

  /** A fresh single-use token for the URL printed to the terminal. */
  issueToken(): string {
    const token = randomBytes(24).toString('hex');
    this.oneTimeTokens.add(token);
    return token;
  }

  /** Consumes a one-time token; true once per token. Every redeem joins the same session (same cookie, same key). */
  redeem(token: string | null): boolean {
    if (!token || !this.oneTimeTokens.has(token)) return false;
    this.oneTimeTokens.delete(token);
    this.hooks.onRedeemed?.();
    return true;
  }

  sessionCookie(): string {
    return `${SESSION_COOKIE}=${this.session}; HttpOnly; SameSite=Strict; Path=/`;
  }

  /** The session's API key: handed to the renderer once per redeem, in a URL fragment. */
  apiKey(): string {
    return this.key;
  }

  /** Where the one-time link redirects: the fragment never reaches a server, a log or a Referer header. */
  keyedLandingUrl(): string {
    return `/#k=${this.key}`;
  }

  allowedOrigins(): string[] {
    return [`http://127.0.0.1:${this.port}`, `http://localhost:${this.port}`];
  }

  hostAllowed(req: IncomingMessage): boolean {
    return req.headers.host === `127.0.0.1:${this.port}` || req.headers.host === `localhost:${this.port}`;
  }

  /** Same-origin requests may omit Origin (GET); when present it must be ours. */
  originAllowed(req: IncomingMessage): boolean {
    const origin = req.headers.origin;
    return origin === undefined || this.allowedOrigins().includes(origin);
  }

  hasSession(req: IncomingMessage): boolean {
    const cookie = parseCookies(req.headers.cookie ?? '')[SESSION_COOKIE];
    return cookie !== undefined && sameSecret(cookie, this.session);
  }

  /**
   * API calls: the key header, and (defence in depth) no Sec-Fetch-Site other than same-origin, which
   * Chromium sets on every request a page on another port or site makes.
   */
  isApiCaller(req: IncomingMessage): boolean {
    const site = req.headers['sec-fetch-site'];
    if (site !== undefined && site !== 'same-origin') return false;
    const key = req.headers[API_KEY_HEADER.toLowerCase()];
    return typeof key === 'string' && sameSecret(key, this.key);
  }

  /** The signature query for `pathname` (absolute, percent-encoded as in the request line). */
  signPath(pathname: string, now: number = Date.now()): string {
    const e = Math.ceil(now / 1000 / ASSET_BUCKET_S) * ASSET_BUCKET_S + ASSET_BUCKET_S;
    return `e=${e}&s=${this.mac(pathname, String(e)).toString('base64url')}`;
  }

  /** True when `e`/`s` sign exactly this pathname with this session's key and have not expired. */
  verifyAssetUrl(pathname: string, params: URLSearchParams, now: number = Date.now()): boolean {
    const e = params.get('e') ?? '';
    const s = params.get('s') ?? '';
    if (!/^\d{1,12}$/.test(e) || !/^[A-Za-z0-9_-]{43}$/.test(s)) return false;
    const nowS = now / 1000;
    if (Number(e) < nowS || Number(e) > nowS + MAX_ASSET_URL_LIFETIME_S) return false;
    return timingSafeEqual(Buffer.from(s, 'base64url'), this.mac(pathname, e));
  }

  private mac(pathname: string, e: string): Buffer {
    return createHmac('sha256', Buffer.from(this.key, 'hex')).update(`${pathname}\n${e}`).digest();
  }
}

/** Constant-time comparison of two secrets of any length (a length mismatch reveals only the length). */
function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function parseCookies(header: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0) out[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
  }
  return out;
}
