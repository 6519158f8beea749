/** What every endpoint module needs: the account's HTTP layer and its token manager, plus shared checks. */
import { AppError } from '@shared/errors';
import { callJson, type CallSpec } from './api-call';
import type { WeChatHttp } from './http';
import type { TokenManager } from './token-manager';
import type { JsonObject } from './wire-json';

export interface ApiContext {
  http: WeChatHttp;
  tokens: TokenManager;
}

/** Sends one JSON call through the token manager (so 40001/42001/40014 get their one retry). */
export function send(ctx: ApiContext, spec: CallSpec): Promise<JsonObject> {
  return ctx.tokens.call((token) => callJson(ctx.http, token, spec));
}

function invalid(zh: string, en: string, details: string[]): AppError {
  return new AppError({ code: 'VALIDATION', errClass: 'validation', retryable: false, message: { zh, en }, details });
}

/** batchget paging: offset ≥ 0 and count 1..20, both integers (WeChat's limit for material, draft and freepublish). */
export function assertPage(offset: number, count: number): void {
  if (!Number.isInteger(offset) || offset < 0) {
    throw invalid('分页起点（offset）必须是不小于 0 的整数。', 'The page offset must be an integer ≥ 0.', ['offset']);
  }
  if (!Number.isInteger(count) || count < 1 || count > 20) {
    throw invalid(
      '每页数量（count）必须是 1 到 20 之间的整数。',
      'The page size (count) must be an integer from 1 to 20.',
      ['count'],
    );
  }
}

/** A non-empty id (media_id, article_id, publish_id) before it goes into a request body. */
export function assertId(name: string, value: string): void {
  if (typeof value !== 'string' || value.trim() === '') {
    throw invalid(`${name} 不能为空。`, `${name} must not be empty.`, [name]);
  }
}
