/**
 * A tiny loopback HTTP server for the WeChat-layer tests (the project's full emulator is separate). Each test
 * sets a handler; every request is recorded with its path, query, headers and raw body bytes.
 */
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  /** Path without query, e.g. `/cgi-bin/stable_token`. */
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: Buffer;
  /** The raw request URL, for tests that reflect it back (canary tests). */
  rawUrl: string;
}

export type Handler = (req: RecordedRequest, res: ServerResponse) => void | Promise<void>;

export interface FakeServer {
  base: string;
  requests: RecordedRequest[];
  setHandler(handler: Handler): void;
  /** Requests whose path ends with `suffix`. */
  hits(suffix: string): RecordedRequest[];
  close(): Promise<void>;
}

/** Sends a JSON body (WeChat style: HTTP 200 even for errors). */
export function sendJson(res: ServerResponse, body: unknown, contentType = 'application/json; charset=utf-8'): void {
  const text = Buffer.from(JSON.stringify(body));
  res.writeHead(200, { 'content-type': contentType, 'content-length': String(text.length) });
  res.end(text);
}

export async function startFakeServer(initial?: Handler): Promise<FakeServer> {
  let handler: Handler = initial ?? ((_req, res) => sendJson(res, { errcode: -1, errmsg: 'no handler' }));
  const requests: RecordedRequest[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const rec: RecordedRequest = {
        method: req.method ?? 'GET',
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        body: Buffer.concat(chunks),
        rawUrl: req.url ?? '',
      };
      requests.push(rec);
      Promise.resolve(handler(rec, res)).catch(() => res.destroy());
    });
  });
  // Keep-alive sockets would keep close() waiting; tests are short-lived.
  server.keepAliveTimeout = 100;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    requests,
    setHandler(h) {
      handler = h;
    },
    hits(suffix) {
      return requests.filter((r) => r.path.endsWith(suffix));
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * A handler that behaves like WeChat for tokens: stable_token issues `<prefix>1`, `<prefix>2`… (a new token
 * per call) and delegates everything else to `business(req, res, token)`.
 */
export function withTokens(
  business: (req: RecordedRequest, res: ServerResponse, token: string) => void | Promise<void>,
  opts: { prefix?: string; expiresIn?: number } = {},
): Handler {
  let issued = 0;
  return (req, res) => {
    if (req.path.endsWith('/cgi-bin/stable_token')) {
      issued++;
      return sendJson(res, { access_token: `${opts.prefix ?? 'TOKEN'}${issued}`, expires_in: opts.expiresIn ?? 7200 });
    }
    return business(req, res, req.query.get('access_token') ?? '');
  };
}
