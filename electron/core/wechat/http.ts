/**
 * One got instance per account: base URL, per-phase timeouts, no got-level retries, and the redacting
 * `beforeError` hook. Nothing else in the app may create a got instance for WeChat.
 */
import got, { type Got } from 'got';
import { AppError } from '@shared/errors';
import { createProxyAgents } from '../net/proxy-agent';
import { createSecretScrubber, type SecretScrubber } from './redact';
import { toTransportError } from './transport-error';

/** WeChat's public API host. */
export const DEFAULT_API_BASE = 'https://api.weixin.qq.com';

/** Per-phase timeouts in ms. There is deliberately no global `request` timeout: a 10 MB video upload on a slow link must not be cut off while bytes still flow. */
export interface HttpTimeouts {
  lookup: number;
  connect: number;
  secureConnect: number;
  /** Idle time on the socket (resets whenever data moves): catches stalls during long uploads/downloads. */
  socket: number;
  /** From the end of sending to the response headers: WeChat may take a while to process a big upload. */
  response: number;
}

export const DEFAULT_TIMEOUTS: HttpTimeouts = {
  lookup: 10_000,
  connect: 10_000,
  secureConnect: 10_000,
  socket: 60_000,
  response: 60_000,
};

/** The HTTP side of one account. */
export interface WeChatHttp {
  readonly got: Got;
  readonly apiBase: string;
  /** Masks the account's secrets; shared with the token manager so every error text goes through it. */
  readonly scrubber: SecretScrubber;
}

function normaliseBase(raw: string): string | null {
  const trimmed = raw.trim();
  if (trimmed === '') return null;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return invalidBase();
  }
  // User-info would put relay credentials in logs and error texts: same rule as apiBaseSchema.
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.search || url.hash) return invalidBase();
  if (url.username || url.password) return invalidBase();
  return trimmed.replace(/\/+$/, '');
}

function invalidBase(): never {
  throw new AppError({
    code: 'CONFIG_API_BASE',
    errClass: 'validation',
    retryable: false,
    message: {
      zh: 'API base URL 不合法：请填写 http(s) 地址，不含用户名密码和查询参数，例如 https://api.weixin.qq.com 或你的中转地址。',
      en: 'Invalid API base URL: use an http(s) address without user:password or a query, e.g. https://api.weixin.qq.com or your relay.',
    },
  });
}

/**
 * The API base for an account: its own relay base, else the app's default (`WX_API_BASE`, read once by
 * the entry points electron/main/main.ts and electron/web/main.ts and passed down in CoreOptions), else
 * WeChat's host. Trailing slashes are removed. Nothing below the entry points reads the environment.
 * @throws AppError CONFIG_API_BASE when the chosen value is not an http(s) URL without query.
 */
export function resolveApiBase(accountBase?: string | null, defaultBase?: string | null): string {
  return normaliseBase(accountBase ?? '') ?? normaliseBase(defaultBase ?? '') ?? DEFAULT_API_BASE;
}

/** Creates the got instance for one account; `apiBase` is checked again here, the last step before got sees it. */
export function createHttp(opts: {
  apiBase: string;
  timeouts?: Partial<HttpTimeouts>;
  scrubber?: SecretScrubber;
  /** The account's HTTP(S) proxy, password included (electron/core/net/proxy-agent.ts); null = direct. */
  proxy?: string | null;
}): WeChatHttp {
  const scrubber = opts.scrubber ?? createSecretScrubber();
  const apiBase = resolveApiBase(opts.apiBase);
  if (opts.proxy) {
    // Its password must never reach an error text or log, like the AppSecret.
    const password = new URL(opts.proxy).password;
    if (password) {
      scrubber.remember(password, true);
      scrubber.remember(decodeURIComponent(password), true);
    }
  }
  const instance = got.extend({
    prefixUrl: `${apiBase}/`,
    ...(opts.proxy ? { agent: createProxyAgents(opts.proxy) } : {}),
    timeout: { ...DEFAULT_TIMEOUTS, ...opts.timeouts },
    // The app owns retries: got would re-send add_material after an ambiguous reset and duplicate material.
    retry: { limit: 0 },
    // Non-2xx becomes an HTTPError, which the hook below replaces; WeChat's own errors arrive as 200 + errcode.
    throwHttpErrors: true,
    // A redirect would carry ?access_token= to whatever host it names.
    followRedirect: false,
    // A body shorter than its Content-Length must fail, not look like a complete (corrupt) file.
    strictContentLength: true,
    hooks: {
      beforeError: [(error) => toTransportError(error, (text) => scrubber.scrub(text))],
    },
  });
  return { got: instance, apiBase, scrubber };
}
