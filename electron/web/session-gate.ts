/**
 * Who may talk to the browser-mode server. It listens on 127.0.0.1 only, and still every request
 * must (1) name our host in Host (DNS rebinding), (2) carry no foreign Origin, and (3) hold the
 * session cookie, obtained once by opening the printed URL with its one-time token. API calls
 * also need the `X-SucaiDesk: 1` header, which a cross-site form cannot send without a preflight.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const SESSION_COOKIE = 'sd_session';

export class SessionGate {
  private readonly session = randomBytes(32).toString('hex');
  private readonly oneTimeTokens = new Set<string>();
  private port = 0;

  setPort(port: number): void {
    this.port = port;
  }

  /** A fresh single-use token for the URL printed to the terminal. */
  issueToken(): string {
    const token = randomBytes(24).toString('hex');
    this.oneTimeTokens.add(token);
    return token;
  }

  /** Consumes a one-time token; true once per token. */
  redeem(token: string | null): boolean {
    if (!token || !this.oneTimeTokens.has(token)) return false;
    this.oneTimeTokens.delete(token);
    return true;
  }

  sessionCookie(): string {
    return `${SESSION_COOKIE}=${this.session}; HttpOnly; SameSite=Strict; Path=/`;
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
    if (!cookie || cookie.length !== this.session.length) return false;
    return timingSafeEqual(Buffer.from(cookie), Buffer.from(this.session));
  }

  isApiCaller(req: IncomingMessage): boolean {
    return req.headers['x-sucaidesk'] === '1';
  }
}

function parseCookies(header: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0) out[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
  }
  return out;
}
