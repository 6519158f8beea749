/**
 * One JSON (or multipart) request to WeChat with a given token. The token manager decides which token;
 * this only sends, parses, and turns `errcode != 0` into WeChatApiError.
 */
import type { WeChatHttp } from './http';
import { replaceGotError, type RequestContext } from './transport-error';
import { parseWeChatBody, type JsonObject } from './wire-json';

/** Upload progress in bytes; `total` is known because every body we send has a Content-Length. */
export type ProgressCallback = (transferred: number, total: number) => void;

export interface CallSpec {
  /** Path under the API base, e.g. `cgi-bin/material/add_material`; also the endpoint name in errors. */
  endpoint: string;
  method: 'GET' | 'POST';
  /** Whether sending it twice is harmless (docs/reliability.md § Which calls may be sent twice); drives AMBIGUOUS vs NETWORK. */
  idempotent: boolean;
  query?: Record<string, string | number>;
  json?: unknown;
  form?: FormData;
  onUploadProgress?: ProgressCallback;
  signal?: AbortSignal;
}

/** Name used in errors and logs: the path without the `cgi-bin/` prefix. */
export function endpointName(path: string): string {
  return path.replace(/^cgi-bin\//, '');
}

/**
 * Sends `spec` with `token` in the query (none for stable_token) and returns the parsed JSON body.
 * @throws WeChatApiError, WeChatTransportError (never a got error: the hook replaces them).
 */
export async function callJson(http: WeChatHttp, token: string | null, spec: CallSpec): Promise<JsonObject> {
  const context: RequestContext = { endpoint: endpointName(spec.endpoint), idempotent: spec.idempotent };
  const searchParams: Record<string, string | number> = {
    ...(token === null ? {} : { access_token: token }),
    ...spec.query,
  };
  const request = http.got(spec.endpoint, {
    method: spec.method,
    searchParams,
    json: spec.json,
    body: spec.form,
    responseType: 'buffer',
    context: { ...context },
    signal: spec.signal,
  });
  const onProgress = spec.onUploadProgress;
  // got's `on` returns the request itself: awaiting what it returns keeps a single promise, awaited below.
  const watched = onProgress
    ? request.on('uploadProgress', (p) => onProgress(p.transferred, p.total ?? p.transferred))
    : request;
  let response;
  try {
    response = await watched;
  } catch (err) {
    throw replaceGotError(err, (text) => http.scrubber.scrub(text));
  }
  return parseWeChatBody(
    response.body,
    { ...context, statusCode: response.statusCode, contentType: response.headers['content-type'] },
    (text) => http.scrubber.scrub(text),
  );
}
