/**
 * openapi/quota/get and clear_quota (docs/wechat-api.md § Quota and diagnostics). quota/get answers the daily
 * counters of one cgi path for the calling account; an unknown path is 76021.
 * clear_quota resets the counters (10 times, then 48006) and needs {appid} of the
 * caller's own account (else 40013).
 */
import { parseJsonBody } from '../json-body';
import { okBody, wxError } from '../reply';
import type { Reply } from '../reply';
import type { CgiContext } from '../world';
import { MAX_CLEARS } from '../quota';

export function makeQuotaGet(isKnownEndpoint: (endpoint: string) => boolean): (ctx: CgiContext) => Reply {
  return (ctx) => {
    const body = parseJsonBody(ctx.body);
    if (!body.ok) return wxError(body.errcode);
    const path = body.value.cgi_path;
    if (typeof path !== 'string' || !path.startsWith('/cgi-bin/') || !isKnownEndpoint(path.slice('/cgi-bin/'.length))) {
      return wxError(76021);
    }
    return okBody({
      quota: ctx.account.quota.usage(path, ctx.world.clock.quotaDay()),
      rate_limit: { call_count: 0, refresh_second: 60 },
      component_rate_limit: { call_count: 0, refresh_second: 60 },
    });
  };
}

export function handleClearQuota(ctx: CgiContext): Reply {
  const body = parseJsonBody(ctx.body);
  if (!body.ok) return wxError(body.errcode);
  if (body.value.appid !== ctx.account.account.appId) return wxError(40013);
  if (ctx.account.quota.clears >= MAX_CLEARS) return wxError(48006);
  ctx.account.quota.clears += 1;
  ctx.account.quota.clear();
  return okBody();
}
