/**
 * Today's quota of the endpoints the app uses, per account, from `openapi/quota/get` (one call per
 * cgi_path). That call is quota-limited itself, so an account's report is cached for a minute and shared
 * by concurrent askers; a failed report is not cached, so the next ask tries again.
 */
import type { EndpointQuotaRow, QuotaReport } from '@shared/features/quota.channels';
import type { WeChatClient } from '../wechat/client';
import { WeChatApiError } from '../wechat/errors';
import { toAppError } from '../wechat/to-app-error';
import { APP_ENDPOINTS } from './app-endpoints';

export const QUOTA_CACHE_MS = 60_000;
/** quota/get calls in flight at once for one report: quick, without a burst of 16. */
const PARALLEL = 4;

export interface QuotaServiceDeps {
  clientFor(accountId: string): Promise<WeChatClient>;
  now?: () => number;
  endpoints?: readonly string[];
}

interface CacheEntry {
  at: number;
  report: Promise<QuotaReport>;
}

export class QuotaService {
  private readonly cache = new Map<string, CacheEntry>();
  private readonly now: () => number;
  private readonly endpoints: readonly string[];

  constructor(private readonly deps: QuotaServiceDeps) {
    this.now = deps.now ?? Date.now;
    this.endpoints = deps.endpoints ?? APP_ENDPOINTS;
  }

  /** The account's report: the cached one if under a minute old, else a fresh one. */
  get(accountId: string): Promise<QuotaReport> {
    const hit = this.cache.get(accountId);
    if (hit && this.now() - hit.at < QUOTA_CACHE_MS) return hit.report;
    const entry: CacheEntry = { at: this.now(), report: this.fetch(accountId) };
    this.cache.set(accountId, entry);
    entry.report.catch(() => {
      if (this.cache.get(accountId) === entry) this.cache.delete(accountId);
    });
    return entry.report;
  }

  private async fetch(accountId: string): Promise<QuotaReport> {
    const client = await this.deps.clientFor(accountId);
    const rows: EndpointQuotaRow[] = new Array<EndpointQuotaRow>(this.endpoints.length);
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < this.endpoints.length) {
        const i = next++;
        rows[i] = await rowOf(client, this.endpoints[i]);
      }
    };
    await Promise.all(Array.from({ length: Math.min(PARALLEL, this.endpoints.length) }, worker));
    return { fetchedAt: this.now(), endpoints: rows };
  }
}

/**
 * One endpoint's row. 76021 (WeChat does not know the path) marks only that row unavailable; any other
 * failure (token, IP whitelist, 45009 on quota/get itself, network) fails the whole report, since every
 * other row would fail the same way.
 */
async function rowOf(client: WeChatClient, cgiPath: string): Promise<EndpointQuotaRow> {
  try {
    const q = await client.quota.get(cgiPath);
    return { cgiPath, dailyLimit: q.dailyLimit, used: q.used, remain: q.remain };
  } catch (err) {
    if (err instanceof WeChatApiError && err.errcode === 76021) return { cgiPath, error: toAppError(err) };
    throw err;
  }
}
