/**
 * The one way to download from a URL we did not build ourselves. Every hop: http(s) only, no user-info,
 * host policy on the URL, then on every resolved address, then a connection pinned to those addresses
 * (pinned-lookup.ts); redirects are followed here, at most `maxRedirects`, each one checked the same way.
 * The body is streamed with the byte cap enforced while reading (a Content-Length over the cap is refused
 * before reading), and one total deadline runs from the first lookup to the last byte, on top of
 * outbound-got.ts's per-phase timeouts. Failures are BoundedFetchError with a reason and never carry
 * the URL, status line or body, so callers cannot echo them to the user by accident.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { HostPolicy } from './host-policy';
import { outboundGot } from './outbound-got';
import { pinnedLookup, resolveChecked, systemResolver, type Resolver } from './pinned-lookup';

export type FetchFailure =
  | 'bad-url' // not an http(s) URL, or it carries user:password@
  | 'refused' // the host policy refused the host or one of its addresses
  | 'too-many-redirects'
  | 'status' // an answer other than 200 (or a redirect)
  | 'too-large'
  | 'deadline' // the total deadline passed
  | 'timeout' // one phase (connect, first byte, a silence while reading) took too long
  | 'network';

export class BoundedFetchError extends Error {
  constructor(
    readonly reason: FetchFailure,
    /** Short, URL-free detail for logs and tests (the refused range, the status code). */
    readonly detail = '',
    /** Body bytes read before giving up. */
    readonly bytesRead = 0,
  ) {
    super(`outbound fetch failed: ${reason}`);
    this.name = 'BoundedFetchError';
  }
}

export interface BoundedFetchOptions {
  policy: HostPolicy;
  /** Largest body accepted, in bytes. */
  maxBytes: number;
  /** Total time for the whole download, redirects included. */
  deadlineMs: number;
  /** Redirects to follow (each re-checked); 0 = none. At most 3. */
  maxRedirects?: number;
  /** Tests inject a resolver; production resolves with the system's. */
  resolver?: Resolver;
}

export interface BoundedResponse {
  /** The URL of the hop that answered 200. */
  url: URL;
  headers: IncomingHttpHeaders;
  /** The body chunk by chunk; throws BoundedFetchError past the cap or the deadline. Read it at most once. */
  body: AsyncIterable<Buffer>;
  /** Drops the download when the body is not wanted after all. */
  abort: () => void;
}

const MAX_REDIRECTS = 3;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

function checkedUrl(raw: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    throw new BoundedFetchError('bad-url', 'unparsable');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new BoundedFetchError('bad-url', 'scheme');
  if (url.username || url.password) throw new BoundedFetchError('bad-url', 'user-info');
  return url;
}

function withinDeadline<T>(work: Promise<T>, deadline: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new BoundedFetchError('deadline')), Math.max(0, deadline - Date.now()));
    work.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (err: unknown) => (clearTimeout(timer), reject(err instanceof Error ? err : new Error(String(err)))),
    );
  });
}

function fromGot(err: unknown, bytesRead = 0): BoundedFetchError {
  if (err instanceof BoundedFetchError) return err;
  const name = (err as { name?: string } | null)?.name;
  return new BoundedFetchError(name === 'TimeoutError' ? 'timeout' : 'network', '', bytesRead);
}

interface Hop extends BoundedResponse {
  status: number;
}

/** One request to an already checked URL: policy + pinned lookup, then the response head. */
async function openHop(url: URL, opts: BoundedFetchOptions, deadline: number): Promise<Hop> {
  const resolution = await withinDeadline(resolveChecked(url, opts.policy, opts.resolver ?? systemResolver), deadline);
  if (!resolution.ok) throw new BoundedFetchError('refused', resolution.reason);
  const stream = outboundGot.stream(url, { dnsLookup: pinnedLookup(url.hostname, resolution.addresses) });
  // Errors surface through the 'response' wait or the body iterator; this keeps a late one from crashing.
  stream.on('error', () => undefined);
  let expired = false;
  const timer = setTimeout(
    () => {
      expired = true;
      stream.destroy(new Error('deadline'));
    },
    Math.max(0, deadline - Date.now()),
  );
  const stop = () => {
    clearTimeout(timer);
    stream.destroy();
  };
  const response = await new Promise<{ statusCode: number; headers: IncomingHttpHeaders }>((resolve, reject) => {
    stream.once('response', resolve);
    stream.once('error', reject);
  }).catch((err: unknown) => {
    stop();
    throw expired ? new BoundedFetchError('deadline') : fromGot(err);
  });
  const length = Number(response.headers['content-length']);
  if (response.statusCode === 200 && Number.isFinite(length) && length > opts.maxBytes) {
    stop();
    throw new BoundedFetchError('too-large', 'content-length');
  }
  async function* body(): AsyncGenerator<Buffer> {
    let read = 0;
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        read += chunk.length;
        // Checked per chunk, before the chunk is kept: memory stays at most the cap plus one socket read.
        if (read > opts.maxBytes) throw new BoundedFetchError('too-large', 'body', read);
        yield chunk;
      }
    } catch (err) {
      throw expired ? new BoundedFetchError('deadline', '', read) : fromGot(err, read);
    } finally {
      stop();
    }
  }
  return { url, status: response.statusCode, headers: response.headers, body: body(), abort: stop };
}

/** Opens a download: every hop checked, redirects followed up to `maxRedirects`, a 200 answer or a BoundedFetchError. */
export async function openBounded(raw: string, opts: BoundedFetchOptions): Promise<BoundedResponse> {
  const deadline = Date.now() + opts.deadlineMs;
  const maxRedirects = Math.min(opts.maxRedirects ?? 0, MAX_REDIRECTS);
  let url = checkedUrl(raw);
  for (let hops = 0; ; hops++) {
    const hop = await openHop(url, opts, deadline);
    const location = hop.headers.location;
    if (REDIRECTS.has(hop.status) && location) {
      hop.abort();
      if (hops >= maxRedirects) throw new BoundedFetchError('too-many-redirects');
      url = checkedUrl(location, url);
      continue;
    }
    if (hop.status !== 200) {
      hop.abort();
      throw new BoundedFetchError('status', String(hop.status));
    }
    return { url: hop.url, headers: hop.headers, body: hop.body, abort: hop.abort };
  }
}

/** The whole body in memory (small things: pictures, thumbnails, a capped preview). */
export async function fetchBounded(
  raw: string,
  opts: BoundedFetchOptions,
): Promise<{ url: URL; headers: IncomingHttpHeaders; bytes: Buffer }> {
  const res = await openBounded(raw, opts);
  const chunks: Buffer[] = [];
  for await (const chunk of res.body) chunks.push(chunk);
  return { url: res.url, headers: res.headers, bytes: Buffer.concat(chunks) };
}
