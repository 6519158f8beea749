/**
 * Parsing WeChat JSON bodies. Rules from docs/wechat-api.md § Conventions: success may or may not carry `errcode: 0`;
 * `errcode != 0` is an error whatever the HTTP status or Content-Type (uploadimg answers text/plain);
 * ids documented as strings sometimes arrive as numbers (publish_id), possibly beyond 2^53.
 */
import { WeChatApiError, WeChatTransportError } from './errors';

export type JsonObject = Record<string, unknown>;

/** Keys whose numeric values are ids: quoted before JSON.parse so no digit is lost to float rounding. */
const ID_KEYS = ['publish_id', 'msg_data_id'];
const ID_NUMBER_RE = new RegExp(`"(${ID_KEYS.join('|')})"(\\s*:\\s*)(-?\\d+)(?=\\s*[,}\\]])`, 'g');

/** Where the body came from, for error fields. */
export interface BodyOrigin {
  endpoint: string;
  idempotent: boolean;
  statusCode?: number;
  contentType?: string;
}

/** The BAD_RESPONSE error: WeChat (or a relay) answered with something that is not the expected JSON. */
export function malformedResponse(origin: BodyOrigin, why: string): WeChatTransportError {
  return new WeChatTransportError({
    code: 'BAD_RESPONSE',
    endpoint: origin.endpoint,
    phase: 'after-send',
    idempotent: origin.idempotent,
    // Never the body itself: an HTML gateway page may echo the URL, token included.
    message: `WeChat ${origin.endpoint} returned ${why} (content-type ${origin.contentType ?? 'none'})`,
  });
}

/**
 * A non-2xx status that got let through: with `followRedirect: false`, got treats 3xx as OK, but a redirect
 * is never a WeChat answer (and following it would carry the token to another host).
 */
export function unexpectedStatus(origin: BodyOrigin, statusCode: number): WeChatTransportError {
  return new WeChatTransportError({
    code: `HTTP_${statusCode}`,
    statusCode,
    endpoint: origin.endpoint,
    phase: 'after-send',
    idempotent: origin.idempotent,
    message: `WeChat ${origin.endpoint} failed: HTTP_${statusCode} (not followed)`,
  });
}

/** Parses JSON text to an object, keeping big numeric ids exact; null when it is not a JSON object. */
export function parseJsonObject(text: string): JsonObject | null {
  const clean = text.replace(/^\uFEFF/, '').replace(ID_NUMBER_RE, '"$1"$2"$3"');
  try {
    const value: unknown = JSON.parse(clean);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as JsonObject) : null;
  } catch {
    return null;
  }
}

/** The errcode of a parsed body, or 0 when absent (absent means success). */
export function errcodeOf(body: JsonObject): number {
  const raw = body.errcode;
  if (raw === undefined || raw === null) return 0;
  const n = Number(raw);
  return Number.isFinite(n) ? n : 0;
}

/** Throws WeChatApiError when `body` carries a non-zero errcode. `scrub` masks secrets in errmsg. */
export function assertNoErrcode(body: JsonObject, endpoint: string, scrub: (text: string) => string): void {
  const errcode = errcodeOf(body);
  if (errcode !== 0)
    throw new WeChatApiError(errcode, scrub(typeof body.errmsg === 'string' ? body.errmsg : ''), endpoint);
}

/**
 * Parses a WeChat JSON response body.
 * @throws WeChatApiError on errcode != 0; WeChatTransportError HTTP_3xx on a redirect, BAD_RESPONSE when the
 *   body is not a JSON object.
 */
export function parseWeChatBody(body: Buffer, origin: BodyOrigin, scrub: (text: string) => string): JsonObject {
  if (origin.statusCode !== undefined && (origin.statusCode < 200 || origin.statusCode > 299)) {
    throw unexpectedStatus(origin, origin.statusCode);
  }
  const parsed = parseJsonObject(body.toString('utf8'));
  if (!parsed) {
    throw malformedResponse(
      origin,
      body.length === 0 ? 'an empty body' : `a body that is not a JSON object (${body.length} bytes)`,
    );
  }
  assertNoErrcode(parsed, origin.endpoint, scrub);
  return parsed;
}
