/**
 * access_token for one account, from `POST cgi-bin/stable_token` in normal mode ONLY.
 * - never `cgi-bin/token`: each call to it invalidates the token other systems of the account hold;
 * - never `force_refresh: true`: 20/day, and it invalidates everyone's token (docs/wechat-api.md § Tokens);
 * - single-flight: concurrent callers share one in-flight request (no refresh storm);
 * - `invalidate(t)` only drops the cache if it still holds exactly `t` (a late 40001 for an old token
 *   must not throw away the fresh one);
 * - `call()` retries ONCE on 40001/42001/40014 with a fresh token; never loops.
 */
import { callJson } from './api-call';
import { TOKEN_ERRCODES } from './errcodes';
import { WeChatApiError } from './errors';
import type { WeChatHttp } from './http';
import { malformedResponse } from './wire-json';

/** Seconds shaved off `expires_in` so a token is never used in its last moments (latency, clock drift). */
export const EXPIRY_MARGIN_SEC = 120;

export interface TokenManager {
  /** A valid token, from cache or from one shared stable_token call. */
  getToken(): Promise<string>;
  /** Expires the cache if (and only if) it still holds `token`. */
  invalidate(token: string): void;
  /** Runs `fn` with a token; on a token errcode, invalidates that token and runs `fn` once more. */
  call<T>(fn: (token: string) => Promise<T>): Promise<T>;
  /** Asks stable_token now (joining any in-flight call) and returns WeChat's `expires_in`: checks credentials and IP whitelist. */
  probe(): Promise<{ expiresIn: number }>;
}

export interface TokenManagerOptions {
  http: WeChatHttp;
  appId: string;
  appSecret: string;
  /** Clock in ms (tests inject one). */
  now?: () => number;
}

interface Fetched {
  token: string;
  expiresIn: number;
}

/** Creates the token manager of one account. Keep exactly one per account (the client does). */
export function createTokenManager(opts: TokenManagerOptions): TokenManager {
  const { http, appId, appSecret } = opts;
  const now = opts.now ?? Date.now;
  http.scrubber.remember(appSecret, true);

  let cache: { token: string; expiresAt: number } | null = null;
  let inflight: Promise<Fetched> | null = null;

  async function fetchStable(): Promise<Fetched> {
    const endpoint = 'cgi-bin/stable_token';
    const body = await callJson(http, null, {
      endpoint,
      method: 'POST',
      idempotent: true, // normal mode returns the same token while it is valid
      json: { grant_type: 'client_credential', appid: appId, secret: appSecret, force_refresh: false },
    });
    const token = body.access_token;
    const expiresIn = Number(body.expires_in);
    if (typeof token !== 'string' || token === '' || !Number.isFinite(expiresIn) || expiresIn <= 0) {
      throw malformedResponse({ endpoint: 'stable_token', idempotent: true }, 'no access_token/expires_in');
    }
    http.scrubber.remember(token);
    // A token close to expiry (stable_token returns the remaining lifetime) is cached for half of it.
    const ttl = expiresIn > EXPIRY_MARGIN_SEC * 2 ? expiresIn - EXPIRY_MARGIN_SEC : expiresIn / 2;
    cache = { token, expiresAt: now() + ttl * 1000 };
    return { token, expiresIn };
  }

  function shared(): Promise<Fetched> {
    if (!inflight) {
      inflight = fetchStable().finally(() => {
        inflight = null;
      });
    }
    return inflight;
  }

  async function getToken(): Promise<string> {
    if (cache && now() < cache.expiresAt) return cache.token;
    return (await shared()).token;
  }

  function invalidate(token: string): void {
    if (cache?.token === token) cache = null;
  }

  return {
    getToken,
    invalidate,
    async call<T>(fn: (token: string) => Promise<T>): Promise<T> {
      const token = await getToken();
      try {
        return await fn(token);
      } catch (err) {
        if (!(err instanceof WeChatApiError) || !TOKEN_ERRCODES.has(err.errcode)) throw err;
        invalidate(token);
        return fn(await getToken()); // the one retry: whatever happens now is final
      }
    },
    async probe() {
      const { expiresIn } = await shared();
      return { expiresIn };
    },
  };
}
