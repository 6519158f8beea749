/**
 * Browser mode: the same core and the same contract behind a loopback HTTP server.
 * Routes: `/` + assets (the built renderer), `POST /api/call/<channel>`, `POST /api/stage`,
 * `GET /api/events` (SSE), `GET /api/download/<token>`, and the core's asset routes (`/thumb/…`,
 * `/preview/…`…). Who may use which route is decided in one place, `authorize` below (with
 * session-gate.ts); how long a client may take is decided by `LIMITS` and the per-route timers.
 */
import { createReadStream } from 'node:fs';
import { lstat, rm } from 'node:fs/promises';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pipeline } from 'node:stream/promises';
import { answerClientError } from './client-error';
import { DESKTOP_ONLY_CHANNELS } from '@shared/contract';
import { createDispatcher, forbiddenPayload } from '../core/ipc/dispatch';
import type { Core } from '../core/app-core';
import type { Logger } from '../core/log';
import { SECURITY_HEADERS } from '../core/security/csp';
import { resolveStatic } from '../core/security/resolve-static';
import { toAppError } from '../core/wechat/to-app-error';
import type { EventStream } from './event-stream';
import type { SessionGate } from './session-gate';
import type { WebDownloadTarget } from './web-download-target';

/**
 * The largest contract call: a draft save of 8 articles, each with its HTML (< 1 MB at WeChat) and its
 * editor source (electron/shared/features/articles.schemas.ts). Themed HTML with SVG formulas passes
 * 256 KB easily, which was the cap before. Only a caller holding the session key gets this far.
 */
const MAX_JSON_BODY = 16 * 1024 * 1024;
/** An oversized API body is still read (and dropped) up to this size, so the caller gets a clean 413. */
const MAX_DRAINED_BODY = 24 * 1024 * 1024;

/**
 * How long and how many. A contract call's body is small JSON: it must arrive whole within
 * `bodyTimeoutMs`. A staging upload streams a big file, so it has no total deadline, only an idle one.
 * The event stream is open for the whole session (heartbeats, no idle timeout). Node's own total
 * `requestTimeout` is off because it would apply to staging uploads too; these replace it.
 */
export interface ServerLimits {
  /** The request line and headers must arrive within this. */
  headersTimeoutMs: number;
  /** A `/api/call` body must arrive whole within this (else 408). */
  bodyTimeoutMs: number;
  /** Any request, while its body is being received: longest silence before the socket is dropped. */
  idleTimeoutMs: number;
  /** An idle keep-alive connection is closed after this. */
  keepAliveTimeoutMs: number;
  /** One browser needs a handful of connections; more than this are dropped. */
  maxConnections: number;
  /** Comment lines on the event stream, so a dead client is noticed. */
  heartbeatMs: number;
}

export const LIMITS: ServerLimits = {
  headersTimeoutMs: 5_000,
  bodyTimeoutMs: 10_000,
  idleTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  maxConnections: 32,
  heartbeatMs: 25_000,
};

export interface WebServerDeps {
  core: Core;
  gate: SessionGate;
  events: EventStream;
  downloads: WebDownloadTarget;
  staticDir: string;
  logger?: Logger;
  /** Tests shorten these; `npm run web` uses LIMITS. */
  limits?: Partial<ServerLimits>;
}

type Dispatch = ReturnType<typeof createDispatcher>;

export async function startWebServer(
  deps: WebServerDeps,
  port = 0,
  host = '127.0.0.1',
): Promise<http.Server & { port: number }> {
  const limits: ServerLimits = { ...LIMITS, ...deps.limits };
  const dispatch = createDispatcher(deps.core.handlers, { refused: DESKTOP_ONLY_CHANNELS, logger: deps.logger });
  const server = http.createServer(
    {
      requestTimeout: 0,
      headersTimeout: limits.headersTimeoutMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      // Node checks the headers deadline on this interval (default 30 s, longer than the deadline).
      connectionsCheckingInterval: Math.max(50, Math.min(1_000, Math.floor(limits.headersTimeoutMs / 4))),
    },
    (req, res) => {
      handle(deps, dispatch, limits, req, res).catch(() => {
        if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'internal error');
        else res.destroy();
      });
    },
  );
  server.maxConnections = limits.maxConnections;
  server.on('clientError', answerClientError);
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const actual = (server.address() as AddressInfo).port;
  deps.gate.setPort(actual);
  return Object.assign(server, { port: actual });
}

/** What a request may reach; decided before any route runs. */
type Access = 'redeem' | 'static' | 'api' | 'asset' | 'download';

async function handle(
  deps: WebServerDeps,
  dispatch: Dispatch,
  limits: ServerLimits,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const { gate } = deps;
  // Armed for every request while it is being received; routes that legitimately run long after
  // the request arrived (contract calls, asset fetches from WeChat, the event stream) disarm it.
  req.socket.setTimeout(limits.idleTimeoutMs);
  for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
  if (!gate.hostAllowed(req) || !gate.originAllowed(req))
    return send(res, 403, 'text/plain; charset=utf-8', 'forbidden host or origin');
  const url = parseRequestUrl(req.url);
  if (!url) return send(res, 400, 'text/plain; charset=utf-8', 'malformed path');

  const access = authorize(deps, req, url);
  if (access === 'redeem') {
    if (!gate.redeem(url.searchParams.get('t'))) return send(res, 403, 'text/html; charset=utf-8', LINK_USED_PAGE);
    res.writeHead(302, {
      'Set-Cookie': gate.sessionCookie(),
      Location: gate.keyedLandingUrl(),
      'Cache-Control': 'no-store',
    });
    return void res.end();
  }
  if (access === 'no-session') return send(res, 403, 'text/html; charset=utf-8', NO_SESSION_PAGE);
  if (access === 'refused') return json(res, 403, { ok: false, error: forbiddenPayload() });
  if (access === 'api' || access === 'download') return api(deps, dispatch, limits, req, res, url);
  if (access === 'asset') {
    req.socket.setTimeout(0);
    return asset(deps, req, res, url.pathname);
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'method not allowed');
  return serveStatic(deps.staticDir, url.pathname, res);
}

/**
 * The one access decision. The session cookie alone reaches only the built renderer: Chromium sends
 * it to every 127.0.0.1 port, so a page of any other local program holds it too. API routes also
 * need the key header; asset routes and download links (loaded by elements and links, which cannot
 * send headers) need a URL signed with the key instead. See session-gate.ts.
 */
function authorize(deps: WebServerDeps, req: IncomingMessage, url: URL): Access | 'no-session' | 'refused' {
  const { gate } = deps;
  if (req.method === 'GET' && url.pathname === '/' && url.searchParams.has('t')) return 'redeem';
  if (!gate.hasSession(req)) return 'no-session';
  if (url.pathname.startsWith('/api/')) {
    if (gate.isApiCaller(req)) return url.pathname.startsWith('/api/download/') ? 'download' : 'api';
    const signedDownload =
      req.method === 'GET' &&
      url.pathname.startsWith('/api/download/') &&
      gate.verifyAssetUrl(url.pathname, url.searchParams);
    return signedDownload ? 'download' : 'refused';
  }
  if ((req.method === 'GET' || req.method === 'HEAD') && deps.core.assets.owns(url.pathname)) {
    return gate.verifyAssetUrl(url.pathname, url.searchParams) ? 'asset' : 'refused';
  }
  return 'static';
}

/**
 * The request target as a URL, or null when it is not an origin-form path or a `%` escape anywhere
 * in it does not decode: checked once here so no route can fail on client input later (a 400, not a 500).
 */
function parseRequestUrl(target: string | undefined): URL | null {
  if (!target?.startsWith('/')) return null;
  try {
    // Prefixing (not resolving against a base) keeps `//x/y` a path instead of a host.
    const url = new URL(`http://localhost${target}`);
    decodeURIComponent(url.pathname);
    return url;
  } catch {
    return null;
  }
}

async function api(
  deps: WebServerDeps,
  dispatch: Dispatch,
  limits: ServerLimits,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  if (req.method === 'POST' && url.pathname.startsWith('/api/call/')) {
    const channel = decodeURIComponent(url.pathname.slice('/api/call/'.length));
    const body = await readJson(req, limits.bodyTimeoutMs);
    if (body === TOO_SLOW) return sendAndClose(res, 408, { ok: false, error: badBody() });
    if (body === TOO_LARGE) return sendAndClose(res, 413, { ok: false, error: badBody() });
    if (body === INVALID) return json(res, 400, { ok: false, error: badBody() });
    // The request is in; a handler (sync, bulk download) may take minutes with a silent socket.
    req.socket.setTimeout(0);
    return json(res, 200, await dispatch(channel, body, true));
  }
  if (req.method === 'POST' && url.pathname === '/api/stage') {
    const name = url.searchParams.get('name') ?? 'file';
    // No total deadline (big files), only the idle timeout armed in handle().
    try {
      const staged = await deps.core.staging.stageStream(name, req);
      req.socket.setTimeout(0);
      return json(res, 200, { ok: true, value: staged });
    } catch (err) {
      return json(res, 200, { ok: false, error: toAppError(err) });
    }
  }
  if (req.method === 'GET' && url.pathname === '/api/events') return deps.events.attach(res, limits.heartbeatMs);
  if (req.method === 'GET' && url.pathname.startsWith('/api/download/')) {
    const entry = deps.downloads.take(url.pathname.slice('/api/download/'.length));
    if (!entry) return send(res, 404, 'text/plain', 'gone');
    res.writeHead(200, {
      'Content-Type': 'application/octet-stream',
      'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(entry.name)}`,
      'Cache-Control': 'no-store',
    });
    createReadStream(entry.path)
      .on('close', () => {
        // A copy left behind is only a temp file of this session; say so in the log rather than nowhere.
        rm(entry.path, { force: true }).catch((err: unknown) =>
          deps.logger?.failure('web.download-cleanup', toAppError(err)),
        );
      })
      .pipe(res);
    return;
  }
  return json(res, 404, { ok: false, error: badBody() });
}

async function asset(deps: WebServerDeps, req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
  // Validation, the media-type allow-list, Range and every header come from core (electron/core/assets.ts).
  const found = await deps.core.assets.serve(pathname, {
    method: req.method === 'HEAD' ? 'HEAD' : 'GET',
    range: req.headers.range,
    ifRange: headerValue(req.headers['if-range']),
  });
  if (!found) return send(res, 404, 'text/plain', 'not found');
  res.writeHead(found.status, found.headers);
  const { body } = found;
  if (body.kind === 'bytes') return void res.end(body.bytes);
  if (body.kind === 'none') return void res.end();
  // Streamed from the open file, only the bytes asked for; a client that goes away (a seek) ends the stream.
  pipeline(body.handle.createReadStream({ start: body.start, end: body.end }), res).catch(() => undefined);
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

async function serveStatic(root: string, pathname: string, res: ServerResponse): Promise<void> {
  const resolved = resolveStatic(root, pathname);
  const info = resolved ? await lstat(resolved.file).catch(() => null) : null;
  if (!resolved || !info?.isFile()) return send(res, 404, 'text/plain', 'not found');
  res.writeHead(200, { 'Content-Type': resolved.type, 'Cache-Control': 'no-cache' });
  createReadStream(resolved.file).pipe(res);
}

const INVALID = Symbol('invalid');
const TOO_LARGE = Symbol('too large');
const TOO_SLOW = Symbol('too slow');

/** The whole JSON body within `deadlineMs`, or TOO_LARGE, INVALID (not JSON) or TOO_SLOW. */
async function readJson(req: IncomingMessage, deadlineMs: number): Promise<unknown> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<typeof TOO_SLOW>((resolve) => {
    timer = setTimeout(() => resolve(TOO_SLOW), deadlineMs);
  });
  try {
    return await Promise.race([readJsonBody(req), deadline]);
  } finally {
    clearTimeout(timer);
  }
}

async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    // Leaving the loop destroys the socket, and the client then sees a reset instead of our 413
    // (always on Node 24, Electron's Node). So an oversized body is read to its end and dropped;
    // only past MAX_DRAINED_BODY, which no page of ours sends, is the connection cut.
    if (size > MAX_DRAINED_BODY) return TOO_LARGE;
    if (size <= MAX_JSON_BODY) chunks.push(chunk);
  }
  if (size > MAX_JSON_BODY) return TOO_LARGE;
  if (size === 0) return {};
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
  } catch {
    return INVALID;
  }
}

function badBody() {
  return {
    code: 'BAD_REQUEST',
    errClass: 'validation' as const,
    retryable: false,
    message: { zh: '请求格式不正确。', en: 'Malformed request.' },
  };
}

function json(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

/** Answers and drops the connection: the rest of a too-slow body is not worth waiting for. */
function sendAndClose(res: ServerResponse, status: number, value: unknown): void {
  res.setHeader('Connection', 'close');
  res.on('finish', () => res.socket?.destroy());
  json(res, status, value);
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(body);
}

const NO_SESSION_PAGE =
  '<!doctype html><meta charset="utf-8"><title>SucaiDesk</title><p>请打开终端里 <code>npm run web</code> 打印的链接（含一次性密钥）。</p><p>Open the link printed by <code>npm run web</code> (it carries a one-time key).</p>';
const LINK_USED_PAGE =
  '<!doctype html><meta charset="utf-8"><title>SucaiDesk</title><p>这个链接已经用过或无效。在运行 <code>npm run web</code> 的终端按回车获取新链接，或运行 <code>npm run web -- --new-link</code>。</p><p>This link was already used or is invalid. Press Enter in the terminal running <code>npm run web</code> for a new one, or run <code>npm run web -- --new-link</code>.</p>';
