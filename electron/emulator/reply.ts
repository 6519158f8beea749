/**
 * Handlers return a Reply value instead of writing to the socket. That is what lets the
 * fault layer apply a request fully and then drop the answer (drop-after) or send only
 * half of it (truncate): the effect and the transmission are separate steps.
 */
import { errorBody } from './errors';

export interface Reply {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  /** errcode carried by the body (0 for successful answers); undefined for non-API bodies. */
  errcode?: number;
}

/** The real API labels JSON this way (note "encoding", not "charset"). */
export const JSON_TYPE = 'application/json; encoding=utf-8';
/** Quirk: uploadimg JSON, some binaries and download errors come back as text/plain. */
export const TEXT_PLAIN = 'text/plain';

export function json(payload: object, contentType: string = JSON_TYPE): Reply {
  const body = Buffer.from(JSON.stringify(payload), 'utf8');
  const code = (payload as { errcode?: unknown }).errcode;
  return {
    status: 200,
    headers: { 'Content-Type': contentType },
    body,
    errcode: typeof code === 'number' ? code : 0,
  };
}

/** Business errors are HTTP 200 with {errcode, errmsg}, like the real API. */
export function wxError(code: number, contentType: string = JSON_TYPE, override?: string): Reply {
  return json(errorBody(code, override), contentType);
}

export function okBody(extra: object = {}): Reply {
  return json({ errcode: 0, errmsg: 'ok', ...extra });
}

export function binary(bytes: Buffer, contentType: string, extraHeaders: Record<string, string> = {}): Reply {
  return {
    status: 200,
    headers: { 'Content-Type': contentType, ...extraHeaders },
    body: bytes,
    errcode: 0,
  };
}

export function plain(status: number, text: string, contentType = 'text/html; charset=utf-8'): Reply {
  return { status, headers: { 'Content-Type': contentType }, body: Buffer.from(text, 'utf8') };
}
