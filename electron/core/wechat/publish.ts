/**
 * 发布能力 (freepublish/*), docs/wechat-api.md § Publishing. `publish_id` is documented as a string but arrives as a
 * number, possibly beyond 2^53: wire-json quotes it before parsing and it is always a string here.
 */
import { assertId, send, type ApiContext } from './api-context';
import { fetchArticlePage } from './article-page';
import { readArticles, type NewsArticle } from './news';
import { malformedResponse } from './wire-json';
import { arr, num, obj, optStr, str } from './wire-read';

export interface PublishState {
  publishId: string;
  /** 0 成功, 1 发布中, 2 原创失败, 3 常规失败, 4 审核不通过, 5 成功后用户删除所有文章, 6 成功后系统封禁所有文章; -1 when absent. */
  publishStatus: number;
  articleId?: string;
  /** Published article URLs, `idx` 1-based. */
  articles: { idx: number; articleUrl: string }[];
  /** 1-based indexes of articles that failed checks. */
  failIdx: number[];
}

export interface PublishedItem {
  articleId: string;
  updateTime: number;
  newsItems: NewsArticle[];
}

export interface PublishApi {
  /** freepublish/submit: errcode 0 only means "task accepted"; poll `get`. NOT idempotent. */
  submit(draftMediaId: string): Promise<{ publishId: string; msgDataId?: string }>;
  get(publishId: string): Promise<PublishState>;
  batchget(
    offset: number,
    count: number,
    opts?: { noContent?: boolean },
  ): Promise<{ totalCount: number; itemCount: number; items: PublishedItem[] }>;
  getArticle(articleId: string): Promise<{ newsItems: NewsArticle[] }>;
  /** freepublish/delete: irreversible; `index` is 1-based, omitted/0 deletes every article. 10 calls/day. */
  delete(articleId: string, index?: number): Promise<void>;
}

/** Publishing endpoints of one account (every call through its token manager). */
export function createPublishApi(ctx: ApiContext): PublishApi {
  return {
    async submit(draftMediaId) {
      assertId('media_id', draftMediaId);
      const body = await send(ctx, {
        endpoint: 'cgi-bin/freepublish/submit',
        method: 'POST',
        idempotent: false,
        json: { media_id: draftMediaId },
      });
      const publishId = str(body.publish_id);
      if (!publishId) throw malformedResponse({ endpoint: 'freepublish/submit', idempotent: false }, 'no publish_id');
      const msgDataId = optStr(body.msg_data_id);
      return { publishId, ...(msgDataId !== undefined ? { msgDataId } : {}) };
    },
    async get(publishId) {
      assertId('publish_id', publishId);
      const body = await send(ctx, {
        endpoint: 'cgi-bin/freepublish/get',
        method: 'POST',
        idempotent: true,
        json: { publish_id: publishId },
      });
      const detail = obj(body.article_detail);
      const articleId = optStr(body.article_id);
      return {
        publishId: str(body.publish_id) || publishId,
        publishStatus: num(body.publish_status, -1),
        ...(articleId !== undefined ? { articleId } : {}),
        articles: arr(detail.item).map((raw) => ({ idx: num(obj(raw).idx), articleUrl: str(obj(raw).article_url) })),
        failIdx: arr(body.fail_idx).map((n) => num(n)),
      };
    },
    async batchget(offset, count, opts = {}) {
      return fetchArticlePage(
        ctx,
        'cgi-bin/freepublish/batchget',
        { offset, count, noContent: opts.noContent },
        (item, content) => ({
          articleId: str(item.article_id),
          updateTime: num(item.update_time),
          newsItems: readArticles(content.news_item),
        }),
      );
    },
    async getArticle(articleId) {
      assertId('article_id', articleId);
      const body = await send(ctx, {
        endpoint: 'cgi-bin/freepublish/getarticle',
        method: 'POST',
        idempotent: true,
        json: { article_id: articleId },
      });
      return { newsItems: readArticles(body.news_item) };
    },
    async delete(articleId, index) {
      assertId('article_id', articleId);
      await send(ctx, {
        endpoint: 'cgi-bin/freepublish/delete',
        method: 'POST',
        idempotent: true,
        json: index === undefined ? { article_id: articleId } : { article_id: articleId, index },
      });
    },
  };
}
