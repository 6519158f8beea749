/**
 * One HTTP request, end to end: the access guard (access-guard.ts) first, then classify the
 * path, record the call, apply faults around the handler, and transmit. Order of a call:
 *   latency (option + latency faults) → drop-before → read body → errcode / http-status
 *   fault (nothing applied) or the real handler → drop-after / truncate / normal reply.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ADMIN_PREFIX, guardRequest } from './access-guard';
import type { GuardConfig } from './access-guard';
import { handleAdmin } from './admin-routes';
import { redactQuery } from './call-log';
import type { AdminApi } from './admin-routes';
import { dispatchCgi } from './cgi-dispatch';
import { handleArticlePage, handleMmbiz, handleMpvideo } from './handlers/cdn-handlers';
import { dropConnection, readBody, sleep, writeReply, writeTruncated } from './http-io';
import { plain, wxError } from './reply';
import type { Reply } from './reply';
import type { CallRecord, FaultRule } from './types';
import type { World } from './world';

/** Tencent's gateway ("stgw") error page, the HTML a client must not try to JSON-parse. */
function gatewayPage(rule: FaultRule): Reply {
  const status = rule.status ?? 502;
  const reply = plain(
    status,
    `<html>\r\n<head><title>${status}</title></head>\r\n<body>\r\n<center><h1>${status}</h1></center>\r\n<hr><center>stgw</center>\r\n</body>\r\n</html>\r\n`,
  );
  if (rule.retryAfter !== undefined) reply.headers['Retry-After'] = String(rule.retryAfter);
  return reply;
}

function endpointOf(path: string): string | null {
  if (path.startsWith('/cgi-bin/')) return path.slice('/cgi-bin/'.length);
  if (path.startsWith('/mmbiz_')) return 'mmbiz';
  if (path.startsWith('/mpvideo/')) return 'mpvideo';
  if (path === '/s') return 's';
  return null;
}

export async function handleRequest(
  req: IncomingMessage,
  res: ServerResponse,
  world: World,
  admin: AdminApi,
  guard: GuardConfig,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://emulator.invalid');
  const path = url.pathname;
  const refusal = guardRequest({ method: req.method ?? 'GET', path, headers: req.headers }, guard);
  if (refusal) {
    writeReply(res, refusal);
    return;
  }
  if (path.startsWith(ADMIN_PREFIX)) {
    const body = await readBody(req);
    writeReply(
      res,
      handleAdmin(req.method ?? 'GET', path, url.searchParams, body.ok ? body.body : Buffer.alloc(0), admin),
    );
    return;
  }
  const endpoint = endpointOf(path);
  if (!endpoint) {
    writeReply(res, plain(404, 'Not Found', 'text/plain'));
    return;
  }

  const method = req.method ?? 'GET';
  const record: CallRecord = {
    at: world.clock.nowMs(),
    method,
    path,
    query: redactQuery(url.search),
    endpoint,
    referer: req.headers.referer ?? null,
    userAgent: req.headers['user-agent'] ?? '',
    status: 0,
  };
  world.calls.add(record);

  const isCgi = path.startsWith('/cgi-bin/');
  const decision = world.faults.decide(endpoint);
  const action = decision.action;
  if (decision.latencyMs > 0) record.fault = 'latency';
  if (action) record.fault = action.kind;
  const delay = (isCgi ? world.options.latencyMs : 0) + decision.latencyMs;
  if (delay > 0) await sleep(delay);

  if (action?.kind === 'drop-before') {
    dropConnection(req, res);
    return;
  }

  const body = await readBody(req);
  if (!body.ok && body.reason === 'aborted') return; // the client went away

  let reply: Reply;
  if (action?.kind === 'errcode') {
    // "40001 as a fault also invalidates the token that was used".
    const token = url.searchParams.get('access_token');
    if (action.errcode === 40001 && token) world.tokens.invalidate(token);
    reply = wxError(action.errcode ?? -1);
  } else if (action?.kind === 'http-status') {
    reply = gatewayPage(action);
  } else if (!body.ok) {
    reply = wxError(45001);
  } else if (isCgi) {
    reply = dispatchCgi(
      {
        method,
        endpoint,
        query: url.searchParams,
        headers: req.headers,
        body: body.body,
        remoteAddress: req.socket.remoteAddress,
      },
      world,
    );
  } else if (endpoint === 'mmbiz') {
    reply = handleMmbiz(path, req.headers, world);
  } else if (endpoint === 'mpvideo') {
    reply = handleMpvideo(path, req.headers, world);
  } else {
    reply = handleArticlePage(url.searchParams, world);
  }

  if (action?.kind === 'drop-after') {
    dropConnection(req, res);
    return;
  }
  record.status = reply.status;
  if (reply.errcode !== undefined) record.errcode = reply.errcode;
  if (action?.kind === 'truncate') {
    writeTruncated(res, reply);
    return;
  }
  writeReply(res, reply);
}
