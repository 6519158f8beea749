/**
 * The facade: one WeChatClient per account = one got instance + one token manager + the endpoint groups.
 * Every call goes through the token manager (stable_token, single-flight, one retry on token errcodes).
 */
import { createDraftApi, type DraftApi } from './draft';
import { createHttp, type HttpTimeouts } from './http';
import { createMaterialApi, type MaterialApi } from './material';
import { createMediaApi, type MediaApi } from './media';
import { createPublishApi, type PublishApi } from './publish';
import { createQuotaApi, type QuotaApi } from './quota';
import { createTokenManager } from './token-manager';

export interface WeChatClientOptions {
  appId: string;
  appSecret: string;
  /** The base to call, chosen by resolveApiBase (electron/core/wechat/http.ts); empty = https://api.weixin.qq.com. */
  apiBase?: string | null;
  /** Clock in ms, for tests. */
  now?: () => number;
  /** Per-phase timeout overrides in ms, for tests and slow relays. */
  timeouts?: Partial<HttpTimeouts>;
  /** The account's HTTP(S) proxy with its password; null/absent = direct. */
  proxy?: string | null;
}

export interface WeChatClient {
  /** The base URL this client talks to. */
  readonly apiBase: string;
  /** Calls stable_token (normal mode): proves AppID/AppSecret and the IP whitelist; returns WeChat's expires_in. */
  testConnection(): Promise<{ expiresIn: number }>;
  readonly media: MediaApi;
  readonly material: MaterialApi;
  readonly draft: DraftApi;
  readonly publish: PublishApi;
  readonly quota: QuotaApi;
}

/** Creates the client of one account. Keep one per account so concurrent calls share its token refresh. */
export function createWeChatClient(opts: WeChatClientOptions): WeChatClient {
  const http = createHttp({ apiBase: opts.apiBase ?? '', timeouts: opts.timeouts, proxy: opts.proxy });
  const tokens = createTokenManager({ http, appId: opts.appId, appSecret: opts.appSecret, now: opts.now });
  const ctx = { http, tokens };
  return {
    apiBase: http.apiBase,
    testConnection: () => tokens.probe(),
    media: createMediaApi(ctx),
    material: createMaterialApi(ctx),
    draft: createDraftApi(ctx),
    publish: createPublishApi(ctx),
    quota: createQuotaApi(ctx),
  };
}

export type { DownloadResult } from './download';
export type { BatchgetItem, BatchgetPage, MaterialAddResult, MaterialCount, MaterialGetResult } from './material';
export type { DraftArticleInput, NewsArticle } from './news';
