import type { AppErrorPayload, Envelope, ErrorClass } from '@shared/errors';
import { localized } from '../i18n';
import type { MessageKey, Vars } from '../i18n';

/** An error produced in the renderer itself, in the same shape the main process sends. */
export function clientError(
  code: string,
  errClass: ErrorClass,
  key: MessageKey,
  vars?: Vars,
  extra: { retryable?: boolean; details?: string[] } = {},
): AppErrorPayload {
  return {
    code,
    errClass,
    message: localized(key, vars),
    retryable: extra.retryable ?? errClass === 'retryable',
    ...(extra.details ? { details: extra.details } : {}),
  };
}

export function fail<T = never>(error: AppErrorPayload): Envelope<T> {
  return { ok: false, error };
}

/** Turns an unexpected exception (a bug, or a bridge that rejected) into an error envelope. */
export function unexpected(e: unknown): AppErrorPayload {
  const detail = e instanceof Error ? e.message : String(e);
  return clientError('INTERNAL', 'internal', 'error.internal', { detail: detail.slice(0, 200) });
}
