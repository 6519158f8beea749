/**
 * From a /cgi-bin/ request to a Reply: method check, access_token check (41001 missing,
 * 40001 unknown or invalidated, 42001 expired), daily quota (45009), then the handler.
 * Unknown endpoints answer 48001 (api unauthorized) after the token check.
 */
import { JSON_TYPE, TEXT_PLAIN, wxError } from './reply';
import type { Reply } from './reply';
import { DOWNLOAD_ENDPOINTS, ROUTES } from './routes';
import type { CgiRequest, World } from './world';

function routeAndAuth(req: CgiRequest, world: World): Reply {
  const route = ROUTES[req.endpoint];
  if (route?.method === 'POST' && req.method !== 'POST') return wxError(43002);
  if (route?.method === 'GET' && req.method !== 'GET') return wxError(43001);
  if (route && !route.auth) return route.handle(req, world);

  const token = req.query.get('access_token');
  if (!token) return wxError(41001);
  const check = world.tokens.check(token);
  if (!check.ok) return wxError(check.errcode);
  const account = world.accounts.get(check.appId);
  if (!account || !route) return wxError(48001);
  if (world.options.enforceQuota && !account.quota.take(`/cgi-bin/${req.endpoint}`, world.clock.quotaDay()))
    return wxError(45009);
  return route.handle({ ...req, world, account });
}

export function dispatchCgi(req: CgiRequest, world: World): Reply {
  let reply: Reply;
  try {
    reply = routeAndAuth(req, world);
  } catch (e) {
    // A bug in the emulator must look like WeChat's own "system error", and be visible.
    console.error('[wechat-emulator] handler failed', req.endpoint, e);
    reply = wxError(-1);
  }
  // Download endpoints label their JSON errors text/plain (node-webot/wechat-api#4, #204).
  if (DOWNLOAD_ENDPOINTS.has(req.endpoint) && reply.errcode && reply.headers['Content-Type'] === JSON_TYPE) {
    reply.headers['Content-Type'] = TEXT_PLAIN;
  }
  return reply;
}
