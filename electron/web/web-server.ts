/**
 * Browser mode: the same core and the same contract behind a loopback HTTP server.
 * Routes: `/` + assets (the built renderer), `POST /api/call/<channel>`, `POST /api/stage`,
 * `GET /api/events` (SSE), `GET /api/download/<token>`, `GET /thumb/<account>/<media>`.
 */
import { createReadStream } from 'node:fs';
import { lstat, rm } from 'node:fs/promises';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DESKTOP_ONLY_CHANNELS } from '../shared/contract';
import { createDispatcher, forbiddenPayload } from '../core/ipc/dispatch';
import type { Core } from '../core/app-core';
import type { Logger } from '../core/log';
import { SECURITY_HEADERS } from '../core/security/csp';
import { resolveStatic } from '../core/security/resolve-static';
import { toAppError } from '../core/wechat/to-app-error';
import type { EventStream } from './event-stream';
import type { SessionGate } from './session-gate';
import type { WebDownloadTarget } from './web-download-target';

const MAX_JSON_BODY = 256 * 1024;

export interface WebServerDeps {
  core: Core;
  gate: SessionGate;
  events: EventStream;
  downloads: WebDownloadTarget;
  staticDir: string;
  logger?: Logger;
}

export async function startWebServer(
  deps: WebServerDeps,
  port = 0,
  host = '127.0.0.1',
): Promise<http.Server & { port: number }> {
  const dispatch = createDispatcher(deps.core.handlers, { refused: DESKTOP_ONLY_CHANNELS, logger: deps.logger });
  const server = http.createServer((req, res) => {
    handle(deps, dispatch, req, res).catch(() => {
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'internal error');
      else res.destroy();
    });
  });
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const actual = (server.address() as AddressInfo).port;
  deps.gate.setPort(actual);
  return Object.assign(server, { port: actual });
}

async function handle(
  deps: WebServerDeps,
  dispatch: ReturnType<typeof createDispatcher>,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const { gate } = deps;
  for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
  if (!gate.hostAllowed(req) || !gate.originAllowed(req))
    return send(res, 403, 'text/plain; charset=utf-8', 'forbidden host or origin');
  const url = new URL(req.url ?? '/', 'http://localhost');

  if (req.method === 'GET' && url.pathname === '/' && url.searchParams.has('t')) {
    if (!gate.redeem(url.searchParams.get('t'))) return send(res, 403, 'text/html; charset=utf-8', LINK_USED_PAGE);
    res.writeHead(302, { 'Set-Cookie': gate.sessionCookie(), Location: '/' });
    return void res.end();
  }
  if (!gate.hasSession(req)) return send(res, 403, 'text/html; charset=utf-8', NO_SESSION_PAGE);

  if (url.pathname.startsWith('/api/')) {
    if (!gate.isApiCaller(req) && !url.pathname.startsWith('/api/download/') && url.pathname !== '/api/events') {
      return json(res, 403, { ok: false, error: forbiddenPayload() });
    }
    return api(deps, dispatch, req, res, url);
  }
  if (req.method === 'GET' && deps.core.assets.owns(url.pathname)) return asset(deps, res, url.pathname);
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'method not allowed');
  return serveStatic(deps.staticDir, url.pathname, res);
}

async function api(
  deps: WebServerDeps,
  dispatch: ReturnType<typeof createDispatcher>,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  if (req.method === 'POST' && url.pathname.startsWith('/api/call/')) {
    const channel = decodeURIComponent(url.pathname.slice('/api/call/'.length));
    const body = await readJson(req);
    if (body === INVALID) return json(res, 400, { ok: false, error: badBody() });
    return json(res, 200, await dispatch(channel, body, true));
  }
  if (req.method === 'POST' && url.pathname === '/api/stage') {
    const name = url.searchParams.get('name') ?? 'file';
    try {
      return json(res, 200, { ok: true, value: await deps.core.staging.stageStream(name, req) });
    } catch (err) {
      return json(res, 200, { ok: false, error: toAppError(err) });
    }
  }
  if (req.method === 'GET' && url.pathname === '/api/events') return deps.events.attach(res);
  if (req.method === 'GET' && url.pathname.startsWith('/api/download/')) {
    const entry = deps.downloads.take(url.pathname.slice('/api/download/'.length));
    if (!entry) return send(res, 404, 'text/plain', 'gone');
    res.writeHead(200, {
      'Content-Type': 'application/octet-stream',
      'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(entry.name)}`,
      'Cache-Control': 'no-store',
    });
    createReadStream(entry.path)
      .on('close', () => void rm(entry.path, { force: true }))
      .pipe(res);
    return;
  }
  return json(res, 404, { ok: false, error: badBody() });
}

async function asset(deps: WebServerDeps, res: ServerResponse, pathname: string): Promise<void> {
  const found = await deps.core.assets.serve(pathname);
  if (!found) return send(res, 404, 'text/plain', 'not found');
  res.writeHead(200, { 'Content-Type': found.contentType, 'Cache-Control': 'private, max-age=86400' });
  res.end(found.body);
}

async function serveStatic(root: string, pathname: string, res: ServerResponse): Promise<void> {
  const resolved = resolveStatic(root, pathname);
  const info = resolved ? await lstat(resolved.file).catch(() => null) : null;
  if (!resolved || !info?.isFile()) return send(res, 404, 'text/plain', 'not found');
  res.writeHead(200, { 'Content-Type': resolved.type, 'Cache-Control': 'no-cache' });
  createReadStream(resolved.file).pipe(res);
}

const INVALID = Symbol('invalid');

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_JSON_BODY) return INVALID;
    chunks.push(chunk);
  }
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

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(body);
}

const NO_SESSION_PAGE =
  '<!doctype html><meta charset="utf-8"><title>SucaiDesk</title><p>请打开终端里 <code>npm run web</code> 打印的链接（含一次性密钥）。</p><p>Open the link printed by <code>npm run web</code> (it carries a one-time key).</p>';
const LINK_USED_PAGE =
  '<!doctype html><meta charset="utf-8"><title>SucaiDesk</title><p>这个链接已经用过或无效。重启 <code>npm run web</code> 获取新链接。</p><p>This link was already used or is invalid. Restart <code>npm run web</code> for a new one.</p>';
