/**
 * GET /cgi-bin/token (legacy) and POST /cgi-bin/stable_token (docs/wechat-api.md § Tokens).
 * Credential checks, in order: grant_type ≠ client_credential → 40002; appid missing →
 * 41002; secret missing → 41004; unknown appid → 40013; wrong secret → 40125; daily
 * quota used up → 45009; caller not in the account's IP whitelist (when one is set) → 40164, whose errmsg
 * names the caller's IP as WeChat's does ("invalid ip 1.2.3.4 ipv6 ::ffff:1.2.3.4, not in whitelist").
 * stable_token is POST JSON only (GET → 43002).
 */
import type { AccountState } from '../account-state';
import { parseJsonBody } from '../json-body';
import { json, wxError } from '../reply';
import type { Reply } from '../reply';
import type { CgiRequest, World } from '../world';

interface Credentials {
  grantType: unknown;
  appId: unknown;
  secret: unknown;
}

/** The caller's IPv4 (an IPv4-mapped IPv6 socket address unwrapped), or the address as it is. */
function callerIp(remote: string | undefined): string {
  const addr = remote ?? '0.0.0.0';
  return addr.startsWith('::ffff:') && addr.includes('.') ? addr.slice('::ffff:'.length) : addr;
}

function whitelistRefusal(account: AccountState, remote: string | undefined): Reply | null {
  if (!account.ipWhitelist) return null;
  const ip = callerIp(remote);
  if (account.ipWhitelist.includes(ip)) return null;
  const v6 = ip.includes(':') ? ip : `::ffff:${ip}`;
  return wxError(40164, undefined, `invalid ip ${ip} ipv6 ${v6}, not in whitelist`);
}

function checkCredentials(c: Credentials, world: World, cgiPath: string, remote?: string): AccountState | Reply {
  if (c.grantType !== 'client_credential') return wxError(40002);
  if (typeof c.appId !== 'string' || !c.appId) return wxError(41002);
  if (typeof c.secret !== 'string' || !c.secret) return wxError(41004);
  const account = world.accounts.get(c.appId);
  if (!account) return wxError(40013);
  if (account.account.appSecret !== c.secret) return wxError(40125);
  const refusal = whitelistRefusal(account, remote);
  if (refusal) return refusal;
  if (world.options.enforceQuota && !account.quota.take(cgiPath, world.clock.quotaDay())) return wxError(45009);
  return account;
}

export function handleLegacyToken(req: CgiRequest, world: World): Reply {
  const q = req.query;
  const account = checkCredentials(
    { grantType: q.get('grant_type'), appId: q.get('appid'), secret: q.get('secret') },
    world,
    '/cgi-bin/token',
    req.remoteAddress,
  );
  if (!('account' in account)) return account;
  return json(world.tokens.legacy(account.account.appId));
}

export function handleStableToken(req: CgiRequest, world: World): Reply {
  const body = parseJsonBody(req.body);
  if (!body.ok) return wxError(body.errcode);
  const b = body.value;
  const account = checkCredentials(
    { grantType: b.grant_type, appId: b.appid, secret: b.secret },
    world,
    '/cgi-bin/stable_token',
    req.remoteAddress,
  );
  if (!('account' in account)) return account;
  // force_refresh may arrive as a boolean or (from loosely typed clients) "true".
  const force = b.force_refresh === true || b.force_refresh === 'true';
  return json(world.tokens.stable(account.account.appId, force));
}
