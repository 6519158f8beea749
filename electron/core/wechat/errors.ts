/**
 * Errors thrown inside the WeChat layer. None of them holds a URL, header, request body or got object:
 * each is built from scrubbed strings and plain fields only, so message, stack, util.inspect and
 * JSON.stringify are all safe to log (docs/security.md § Secrets and redaction). `toAppError` turns them into IPC payloads.
 */
import type { LocalizedText } from '@shared/errors';

export { FileRejectedError, type FileRejectCode } from '../files/file-rejected-error';

/** Splits WeChat's `errmsg` into the message and the request id of its ` rid: …` suffix. */
export function splitRid(errmsg: string): { errmsg: string; rid?: string } {
  const m = /^(.*?)[\s,;]*\brid:\s*(\S+)\s*$/s.exec(errmsg);
  if (!m) return { errmsg: errmsg.trim() };
  return { errmsg: m[1].trim(), rid: m[2] };
}

/** WeChat answered with `errcode != 0`: a definite, server-side rejection. */
export class WeChatApiError extends Error {
  readonly errcode: number;
  /** WeChat's errmsg without the ` rid: …` suffix (already scrubbed of secrets). */
  readonly errmsg: string;
  /** Request id for `openapi/rid/get`, when WeChat sent one. */
  readonly rid?: string;
  /** Endpoint name like `material/add_material` (never a URL). */
  readonly endpoint: string;

  constructor(errcode: number, scrubbedErrmsg: string, endpoint: string) {
    const { errmsg, rid } = splitRid(scrubbedErrmsg);
    super(`WeChat ${endpoint} errcode ${errcode}: ${errmsg}${rid ? ` (rid ${rid})` : ''}`);
    this.name = 'WeChatApiError';
    this.errcode = errcode;
    this.errmsg = errmsg;
    if (rid !== undefined) this.rid = rid;
    this.endpoint = endpoint;
  }
}

/**
 * Whether the request may have reached WeChat: `before-send` (DNS, refused connection, TLS: nothing was
 * sent), `after-send` (the whole request was written or a response arrived: it may have been applied),
 * `unknown` (connected, body partly written).
 */
export type TransportPhase = 'before-send' | 'after-send' | 'unknown';

/** The request failed below WeChat's JSON layer: network, timeout, HTTP status, truncated or unparseable body. */
export class WeChatTransportError extends Error {
  /** e.g. ECONNRESET, ETIMEDOUT, ECONNREFUSED, ERR_HTTP_CONTENT_LENGTH_MISMATCH, HTTP_500, BAD_RESPONSE. */
  readonly code: string;
  readonly statusCode?: number;
  readonly endpoint: string;
  readonly phase: TransportPhase;
  /** Whether repeating the call is harmless (set per endpoint); false + not before-send = ambiguous. */
  readonly idempotent: boolean;
  /** For timeouts: which phase timed out (lookup, connect, secureConnect, socket, response…). */
  readonly timeoutPhase?: string;

  constructor(init: {
    code: string;
    endpoint: string;
    phase: TransportPhase;
    idempotent: boolean;
    /** Must already be redacted. */
    message: string;
    statusCode?: number;
    timeoutPhase?: string;
  }) {
    super(init.message);
    this.name = 'WeChatTransportError';
    this.code = init.code;
    if (init.statusCode !== undefined) this.statusCode = init.statusCode;
    this.endpoint = init.endpoint;
    this.phase = init.phase;
    this.idempotent = init.idempotent;
    if (init.timeoutPhase !== undefined) this.timeoutPhase = init.timeoutPhase;
  }
}

/** The two legacy news APIs WeChat switched off on 2022-02-28. */
export type RetiredApi = 'add_news' | 'update_news';

/** Thrown instead of calling a retired API; no request is ever sent. Same meaning as WeChat's 45106. */
export class RetiredApiError extends Error {
  readonly api: RetiredApi;
  readonly errcode = 45106;
  readonly text: LocalizedText;

  constructor(api: RetiredApi) {
    const text: LocalizedText = {
      zh: `material/${api} 已于 2022-02-28 被微信下线（错误码 45106），永久图文素材不能再新增或修改。请改用草稿箱：draft/add、draft/update 编辑，再用 freepublish/submit 发布。`,
      en: `material/${api} was retired by WeChat on 2022-02-28 (errcode 45106): legacy news material can no longer be created or edited. Use the draft box instead (draft/add, draft/update), then publish with freepublish/submit.`,
    };
    super(text.en);
    this.name = 'RetiredApiError';
    this.api = api;
    this.text = text;
  }
}
