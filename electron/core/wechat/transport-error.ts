/**
 * Turns a got error into a WeChatTransportError inside got's `beforeError` hook. The got error itself must
 * never escape: its message holds the URL with `?access_token=`, and its enumerable `options` hold the
 * stable_token JSON body with the AppSecret (docs/security.md § Secrets and redaction; verified for got 14.6).
 */
import { RequestError } from 'got';
import { PROXY_FAILURE_CODES } from '../net/proxy-agent';
import { WeChatTransportError, type TransportPhase } from './errors';
import { safeSnippet } from './redact';

/** Per-request data the hook needs; passed through got's `context` option. */
export interface RequestContext {
  /** Endpoint name such as `material/add_material` (never the URL: a relay base may embed a key). */
  endpoint: string;
  /** True when sending the same request twice is harmless. */
  idempotent: boolean;
}

/** Failures that happen before a single request byte can leave the machine. */
const BEFORE_SEND_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'EADDRNOTAVAIL',
  'ERR_INVALID_URL',
  'CERT_HAS_EXPIRED',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);
const BEFORE_SEND_TIMEOUTS = new Set(['lookup', 'connect', 'secureConnect']);

interface PhaseInput {
  code: string;
  statusCode?: number;
  timeoutPhase?: string;
  timings?: { connect?: number; secureConnect?: number; upload?: number; response?: number };
}

/**
 * Decides whether the request may have reached the server. Pure. Conservative: when the connection was up
 * but the body was not fully written, the answer is `unknown`, which callers treat like `after-send` for
 * non-idempotent calls.
 */
export function classifyPhase(input: PhaseInput): TransportPhase {
  if (input.statusCode !== undefined) return 'after-send';
  // A tunnel that was never opened carried nothing to WeChat.
  if (BEFORE_SEND_CODES.has(input.code) || PROXY_FAILURE_CODES.has(input.code)) return 'before-send';
  if (input.timeoutPhase && BEFORE_SEND_TIMEOUTS.has(input.timeoutPhase)) return 'before-send';
  const t = input.timings;
  if (t?.response !== undefined || t?.upload !== undefined) return 'after-send';
  if (t && t.connect === undefined && t.secureConnect === undefined) return 'before-send';
  return 'unknown';
}

function contextOf(error: RequestError): RequestContext {
  const ctx = (error.options as { context?: Partial<RequestContext> } | undefined)?.context;
  return {
    endpoint: typeof ctx?.endpoint === 'string' ? ctx.endpoint : 'unknown',
    idempotent: ctx?.idempotent === true,
  };
}

/**
 * Builds the replacement error from plain fields only. `scrub` masks the account's known secrets on top
 * of the generic patterns.
 */
export function toTransportError(error: RequestError, scrub: (text: string) => string): WeChatTransportError {
  const { endpoint, idempotent } = contextOf(error);
  const isHttpError = error.name === 'HTTPError';
  const statusCode = isHttpError ? error.response?.statusCode : undefined;
  const code = statusCode !== undefined ? `HTTP_${statusCode}` : (error.code ?? 'ERR_UNKNOWN');
  const timeoutPhase = error.name === 'TimeoutError' ? (error as RequestError & { event?: string }).event : undefined;
  const timings = error.timings as PhaseInput['timings'];
  const phase = classifyPhase({ code, statusCode, timeoutPhase, timings });
  // got's HTTPError message is only "status + method + URL": the status is already in `code`.
  const detail = isHttpError ? '' : ` — ${safeSnippet(scrub(error.message), 160)}`;
  return new WeChatTransportError({
    code,
    endpoint,
    phase,
    idempotent,
    statusCode,
    timeoutPhase,
    message: `WeChat ${endpoint} failed: ${code}${timeoutPhase ? ` (${timeoutPhase} timeout)` : ''}${detail}`,
  });
}

/**
 * Second safety net: a few got paths skip `beforeError` (an AbortSignal destroys the request directly), so
 * every caller also passes what it catches through here. Non-got errors are returned unchanged.
 */
export function replaceGotError(err: unknown, scrub: (text: string) => string): unknown {
  return err instanceof RequestError ? toTransportError(err, scrub) : err;
}
