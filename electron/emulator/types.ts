/**
 * Public shapes of the WeChat API emulator.
 *
 * These are the emulator's own types (ledger, call log, faults, seeding), written from
 * docs/wechat-api.md. They deliberately do not reuse electron/shared models:
 * the emulator plays the server, so it must not share assumptions with our client.
 */

export interface EmulatorAccount {
  /** 'wx' + 16 hex digits, like a real AppID. */
  appId: string;
  /** 32 characters [0-9a-zA-Z], like a real AppSecret. */
  appSecret: string;
}

export interface EmulatorOptions {
  /** Interface to bind: a loopback address only (127.x.x.x or ::1; anything else throws); default 127.0.0.1. */
  host?: string;
  /** Port; default 0 (the OS picks a free one). */
  port?: number;
  /** Accounts the emulator knows; default [the demo account]. */
  accounts?: EmulatorAccount[];
  /** Extra delay before every /cgi-bin call is handled (real milliseconds). */
  latencyMs?: number;
  /** How long freepublish/get reports publish_status 1 (emulator-clock ms); default 1500. */
  publishDelayMs?: number;
  /** Base clock in ms (default Date.now); advanceClock() adds to it. */
  now?: () => number;
  /** Enforce the documented daily quotas with 45009 (default true). */
  enforceQuota?: boolean;
  /**
   * Serve the admin routes /__emulator/* over HTTP (default false). Only the CLI, tests and
   * benchmarks turn this on; the app's demo account only when SUCAIDESK_EMULATOR_ADMIN=1.
   */
  admin?: boolean;
  /**
   * Quirk: get_material answers image, voice and thumb bytes labelled `Content-Type: text/plain`
   * (still with `Content-Disposition: attachment`), as the real API has been seen to do. Default
   * false: the documented real type (image/jpeg, audio/mpeg…).
   */
  textPlainMaterial?: boolean;
}

export type LedgerKind = 'material' | 'temp' | 'uploadimg' | 'draft' | 'publish';
export type LedgerType = 'image' | 'voice' | 'video' | 'thumb' | 'news';

/** One object the emulator stored on behalf of a client: the ground truth for "lost = 0, duplicates = 0". */
export interface LedgerEntry {
  appId: string;
  /** media_id; the url for uploadimg (it has no media_id); article_id for publish. */
  mediaId: string;
  kind: LedgerKind;
  type: LedgerType;
  /** Multipart filename as received (raw UTF-8), or the first article title for news. */
  name: string;
  size: number;
  /** Hex sha256 of the stored bytes (canonical JSON of the articles for drafts and publishes). */
  sha256: string;
  /** Unix seconds on the emulator clock. */
  createdAt: number;
  deleted: boolean;
  url?: string;
}

/** One HTTP call as the emulator saw it. Never carries access_token or secret values. */
export interface CallRecord {
  /** Emulator-clock ms when the request arrived. */
  at: number;
  method: string;
  /** URL path without the query string. */
  path: string;
  /** The query string without `?`, credential values (access_token, secret) replaced by REDACTED. */
  query: string;
  /** e.g. 'material/add_material', 'stable_token', 'mmbiz', 'mpvideo'. */
  endpoint: string;
  referer: string | null;
  userAgent: string;
  /** errcode of the answer (0 for successful answers without one); absent when no JSON answer was sent. */
  errcode?: number;
  /** HTTP status sent; 0 when the socket was destroyed without a reply. */
  status: number;
  /** Name of the fault kind applied to this call, if any. */
  fault?: FaultKind;
}

export type FaultKind = 'latency' | 'drop-before' | 'drop-after' | 'errcode' | 'http-status' | 'truncate';

export interface FaultRule {
  /** 'material/add_material', 'stable_token', 'mmbiz', … or '*' for every call. */
  endpoint: string;
  kind: FaultKind;
  latencyMs?: number;
  /** For kind 'errcode': -1, 45009, 40001, 40164 … */
  errcode?: number;
  /** For kind 'http-status': 500, 502, 503 … */
  status?: number;
  /** For kind 'http-status': a Retry-After header value in seconds. */
  retryAfter?: number;
  /** Apply to the next N matching calls; default unlimited. */
  times?: number;
  /** 0..1; drawn from a deterministic PRNG seeded with `seed`. */
  probability?: number;
  seed?: number;
}

export interface SeedSpec {
  images?: number;
  voices?: number;
  videos?: number;
  /** Legacy 图文 items (add_news is gone, so only seeding can create them). */
  news?: number;
  drafts?: number;
  /** Add the curated demo set (named sample files, Chinese titles). */
  demo?: boolean;
}

export interface Emulator {
  /** http://127.0.0.1:PORT, no trailing slash. */
  url: string;
  close(): Promise<void>;
  ledger(appId?: string): LedgerEntry[];
  calls(): CallRecord[];
  setFaults(rules: FaultRule[]): void;
  clearFaults(): void;
  seed(appId: string, spec: SeedSpec): void;
  reset(): void;
  advanceClock(ms: number): void;
  /** Sets (or with null clears) an account's API IP whitelist; token calls from elsewhere get 40164. */
  setIpWhitelist(appId: string, ips: string[] | null): void;
}
