/**
 * access_token issuing and checking (docs/wechat-api.md § Tokens), on the emulator clock.
 *
 * - Lifetime 7200 s; a business call with an expired token gets 42001.
 * - stable_token, normal mode: the same token with its REMAINING lifetime; within the last
 *   5 minutes a new token is issued and the old one simply runs out (≤ 5 min).
 * - stable_token, force_refresh: a new token; the previous one is invalid at once (40001).
 * - cgi-bin/token (legacy): isolated from stable tokens; each call issues a new token and
 *   the previous legacy token stays valid for 5 more minutes.
 * - Unknown or invalidated tokens get 40001.
 */
import type { EmuClock } from './clock';
import { accessToken } from './ids';

export const TOKEN_LIFETIME_S = 7200;
const ROTATE_BEFORE_MS = 5 * 60_000;
const LEGACY_GRACE_MS = 5 * 60_000;

type TokenKind = 'stable' | 'legacy';

interface TokenRecord {
  token: string;
  appId: string;
  kind: TokenKind;
  expiresMs: number;
  /** Set when the token was superseded: usable until then, 40001 afterwards. */
  validUntilMs: number | null;
}

export type TokenCheck = { ok: true; appId: string } | { ok: false; errcode: 40001 | 42001 };

export class TokenService {
  private byToken = new Map<string, TokenRecord>();
  private current = new Map<string, TokenRecord>();

  constructor(private readonly clock: EmuClock) {}

  private issue(appId: string, kind: TokenKind): TokenRecord {
    this.prune();
    const rec: TokenRecord = {
      token: accessToken(),
      appId,
      kind,
      expiresMs: this.clock.nowMs() + TOKEN_LIFETIME_S * 1000,
      validUntilMs: null,
    };
    this.byToken.set(rec.token, rec);
    this.current.set(`${kind}:${appId}`, rec);
    return rec;
  }

  private answer(rec: TokenRecord): { access_token: string; expires_in: number } {
    // Rounded up so a fresh token reports the full 7200 even a few ms after issue.
    return { access_token: rec.token, expires_in: Math.max(0, Math.ceil((rec.expiresMs - this.clock.nowMs()) / 1000)) };
  }

  stable(appId: string, forceRefresh: boolean): { access_token: string; expires_in: number } {
    const now = this.clock.nowMs();
    const cur = this.current.get(`stable:${appId}`);
    // An invalidated token (the 40001 fault) is no longer "still valid", so normal mode issues a new one,
    // as the platform does after a token is revoked; otherwise a client could never recover.
    const revoked = cur?.validUntilMs != null && now >= cur.validUntilMs;
    if (cur && !forceRefresh && !revoked && now < cur.expiresMs - ROTATE_BEFORE_MS) return this.answer(cur);
    // Rotation keeps the old token alive until its own expiry; force refresh kills it now.
    if (cur && forceRefresh) cur.validUntilMs = now;
    return this.answer(this.issue(appId, 'stable'));
  }

  legacy(appId: string): { access_token: string; expires_in: number } {
    const cur = this.current.get(`legacy:${appId}`);
    if (cur) cur.validUntilMs = Math.min(cur.validUntilMs ?? Infinity, this.clock.nowMs() + LEGACY_GRACE_MS);
    const rec = this.issue(appId, 'legacy');
    return { access_token: rec.token, expires_in: TOKEN_LIFETIME_S };
  }

  check(token: string): TokenCheck {
    const rec = this.byToken.get(token);
    const now = this.clock.nowMs();
    if (!rec) return { ok: false, errcode: 40001 };
    if (rec.validUntilMs !== null && now >= rec.validUntilMs) return { ok: false, errcode: 40001 };
    if (now >= rec.expiresMs) return { ok: false, errcode: 42001 };
    return { ok: true, appId: rec.appId };
  }

  /** The "40001" fault: the token that was used stops working immediately. */
  invalidate(token: string): void {
    const rec = this.byToken.get(token);
    if (rec) rec.validUntilMs = Math.min(rec.validUntilMs ?? Infinity, this.clock.nowMs());
  }

  /** Forget tokens that expired over a day ago so long benchmarks do not grow the map. */
  private prune(): void {
    if (this.byToken.size < 10_000) return;
    const cutoff = this.clock.nowMs() - 86_400_000;
    for (const [token, rec] of this.byToken) {
      if (rec.expiresMs < cutoff) this.byToken.delete(token);
    }
  }

  clear(): void {
    this.byToken.clear();
    this.current.clear();
  }
}
