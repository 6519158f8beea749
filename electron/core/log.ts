/**
 * Structured log lines for diagnostics. Lines record what happened (channel, app code, errcode,
 * rid), never URLs or raw error messages, and pass through redact() as a last line of defence,
 * because got 14.6 errors quote the full URL with its access_token.
 */
import type { AppErrorPayload } from '@shared/errors';
import { redact } from './wechat/redact';

export interface Logger {
  info(event: string, fields?: Record<string, string | number | boolean | undefined>): void;
  failure(event: string, error: AppErrorPayload, fields?: Record<string, string | number | undefined>): void;
}

export function createLogger(write: (line: string) => void, now: () => Date = () => new Date()): Logger {
  const emit = (level: string, event: string, fields: Record<string, unknown>) => {
    const line = JSON.stringify({ t: now().toISOString(), level, event, ...fields });
    write(redact(line));
  };
  return {
    info: (event, fields = {}) => emit('info', event, fields),
    failure: (event, error, fields = {}) =>
      emit('error', event, {
        ...fields,
        code: error.code,
        errClass: error.errClass,
        errcode: error.errcode,
        rid: error.rid,
      }),
  };
}

/** A logger that drops everything (tests, and callers that log nothing). */
export const silentLogger: Logger = { info: () => undefined, failure: () => undefined };
