/**
 * The one error model that crosses IPC and HTTP. Errors travel as plain data (never as rejected
 * promises): Electron keeps only `message` of a rejected invoke, and got 14.6 puts the full URL,
 * access_token included, into its messages. Nothing in here may hold a URL, header or secret.
 */

/** What kind of failure this is; the UI decides what to offer (retry, fix input, check whitelist…) from it. */
export type ErrorClass =
  | 'auth' // credentials wrong, token invalid after the one retry
  | 'quota' // daily or minute quota reached (45009, 45011)
  | 'ip-whitelist' // 40164, 89503/89506/89507: the caller's IP must be allowed by the account admin
  | 'retryable' // -1 system busy, 5xx, connection refused before sending
  | 'bad-input' // the file or fields are wrong: retrying the same input cannot help
  | 'ambiguous-transport' // the request may have been applied: reconcile before re-sending
  | 'not-found' // 40007 and friends: the item no longer exists
  | 'retired' // the API was removed by WeChat (add_news / update_news)
  | 'permission' // 48001: the account lacks the permission (e.g. unverified 公众号)
  | 'forbidden' // our own gate: untrusted sender, missing session secret
  | 'validation' // the request did not match the contract's schema
  | 'cancelled'
  | 'internal';

export interface LocalizedText {
  zh: string;
  en: string;
}

export interface AppErrorPayload {
  /** Stable app code: `WX_<errcode>` for WeChat errors, otherwise e.g. `VALIDATION`, `FORBIDDEN`, `NETWORK`, `TIMEOUT`. */
  code: string;
  errClass: ErrorClass;
  /** Message in both languages, naming the errcode (when there is one) and saying what to do. */
  message: LocalizedText;
  retryable: boolean;
  /** WeChat's errcode, when WeChat answered with one. */
  errcode?: number;
  /** WeChat's request id from the errmsg suffix (` rid: …`), for `openapi/rid/get`. */
  rid?: string;
  /** Short, secret-free details (e.g. schema issue paths). */
  details?: string[];
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: AppErrorPayload };

/** A thrown error carrying an AppErrorPayload; only ever thrown inside one process, never across IPC. */
export class AppError extends Error {
  readonly payload: AppErrorPayload;
  constructor(payload: AppErrorPayload) {
    super(`${payload.code}: ${payload.message.en}`);
    this.name = 'AppError';
    this.payload = payload;
  }
}

/** Builds a payload for a non-WeChat failure. */
export function appError(
  code: string,
  errClass: ErrorClass,
  message: LocalizedText,
  extra: { retryable?: boolean; details?: string[] } = {},
): AppError {
  return new AppError({ code, errClass, message, retryable: extra.retryable ?? false, details: extra.details });
}
