/** openapi/quota/get: how much of an API's daily quota is used (docs/wechat-api.md § Quota and diagnostics); worth showing in the UI. */
import { AppError } from '@shared/errors';
import { send, type ApiContext } from './api-context';
import { num, obj } from './wire-read';

export interface QuotaInfo {
  dailyLimit: number;
  used: number;
  remain: number;
  /** Present when WeChat reports a rate limit for the API. */
  rateLimit?: { callCount: number; refreshSecond: number };
}

export interface QuotaApi {
  /** `cgiPath` like `/cgi-bin/material/batchget_material` (76021 when wrong). */
  get(cgiPath: string): Promise<QuotaInfo>;
}

/** Quota diagnostics of one account. */
export function createQuotaApi(ctx: ApiContext): QuotaApi {
  return {
    async get(cgiPath) {
      if (!/^\/[\w./-]+$/.test(cgiPath)) {
        throw new AppError({
          code: 'VALIDATION',
          errClass: 'validation',
          retryable: false,
          message: {
            zh: 'cgi_path 必须是以 / 开头的接口路径，例如 /cgi-bin/material/batchget_material。',
            en: 'cgi_path must be an API path starting with /, e.g. /cgi-bin/material/batchget_material.',
          },
          details: ['cgiPath'],
        });
      }
      const body = await send(ctx, {
        endpoint: 'cgi-bin/openapi/quota/get',
        method: 'POST',
        idempotent: true,
        json: { cgi_path: cgiPath },
      });
      const quota = obj(body.quota);
      const info: QuotaInfo = { dailyLimit: num(quota.daily_limit), used: num(quota.used), remain: num(quota.remain) };
      if (body.rate_limit !== undefined) {
        const rate = obj(body.rate_limit);
        info.rateLimit = { callCount: num(rate.call_count), refreshSecond: num(rate.refresh_second) };
      }
      return info;
    },
  };
}
