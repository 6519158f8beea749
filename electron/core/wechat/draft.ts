/** The draft box (草稿箱): the replacement for the retired add_news/update_news (docs/wechat-api.md § Drafts). */
import { AppError } from '@shared/errors';
import { assertId, send, type ApiContext } from './api-context';
import { fetchArticlePage } from './article-page';
import { readArticles, writeArticle, type DraftArticleInput, type NewsArticle } from './news';
import { malformedResponse } from './wire-json';
import { num, optNum, str } from './wire-read';

export interface Draft {
  newsItems: NewsArticle[];
  /** Unix seconds, when WeChat sends them (undocumented but present in real bodies). */
  createTime?: number;
  updateTime?: number;
}

export interface DraftListItem {
  mediaId: string;
  updateTime: number;
  newsItems: NewsArticle[];
}

export interface DraftPage {
  totalCount: number;
  itemCount: number;
  items: DraftListItem[];
}

export interface DraftApi {
  /** draft/add. NOT idempotent (a duplicate draft): reconcile through the list after an ambiguous failure. */
  add(articles: DraftArticleInput[]): Promise<{ mediaId: string }>;
  get(mediaId: string): Promise<Draft>;
  /** draft/update: replaces ONE article; `index` starts at 0. */
  update(mediaId: string, index: number, article: DraftArticleInput): Promise<void>;
  /** draft/delete: irreversible. */
  delete(mediaId: string): Promise<void>;
  /** draft/batchget: count 1..20; `noContent` omits article bodies (much smaller pages). */
  batchget(offset: number, count: number, opts?: { noContent?: boolean }): Promise<DraftPage>;
  count(): Promise<{ totalCount: number }>;
}

function assertArticles(articles: DraftArticleInput[]): void {
  if (!Array.isArray(articles) || articles.length === 0) {
    throw new AppError({
      code: 'VALIDATION',
      errClass: 'validation',
      retryable: false,
      message: { zh: '草稿至少需要一篇文章。', en: 'A draft needs at least one article.' },
      details: ['articles'],
    });
  }
}

/** Draft-box endpoints of one account (every call through its token manager). */
export function createDraftApi(ctx: ApiContext): DraftApi {
  return {
    async add(articles) {
      assertArticles(articles);
      const body = await send(ctx, {
        endpoint: 'cgi-bin/draft/add',
        method: 'POST',
        idempotent: false,
        json: { articles: articles.map(writeArticle) },
      });
      const mediaId = str(body.media_id);
      if (!mediaId) throw malformedResponse({ endpoint: 'draft/add', idempotent: false }, 'no media_id');
      return { mediaId };
    },
    async get(mediaId) {
      assertId('media_id', mediaId);
      const body = await send(ctx, {
        endpoint: 'cgi-bin/draft/get',
        method: 'POST',
        idempotent: true,
        json: { media_id: mediaId },
      });
      const draft: Draft = { newsItems: readArticles(body.news_item) };
      const createTime = optNum(body.create_time);
      const updateTime = optNum(body.update_time);
      if (createTime !== undefined) draft.createTime = createTime;
      if (updateTime !== undefined) draft.updateTime = updateTime;
      return draft;
    },
    async update(mediaId, index, article) {
      assertId('media_id', mediaId);
      await send(ctx, {
        endpoint: 'cgi-bin/draft/update',
        method: 'POST',
        idempotent: true, // writing the same article twice leaves the same draft
        // `articles` is ONE object here, not an array (unlike draft/add).
        json: { media_id: mediaId, index, articles: writeArticle(article) },
      });
    },
    async delete(mediaId) {
      assertId('media_id', mediaId);
      await send(ctx, {
        endpoint: 'cgi-bin/draft/delete',
        method: 'POST',
        idempotent: true,
        json: { media_id: mediaId },
      });
    },
    async batchget(offset, count, opts = {}) {
      return fetchArticlePage(
        ctx,
        'cgi-bin/draft/batchget',
        { offset, count, noContent: opts.noContent },
        (item, content) => ({
          mediaId: str(item.media_id),
          updateTime: num(item.update_time, num(content.update_time)),
          newsItems: readArticles(content.news_item),
        }),
      );
    },
    async count() {
      const body = await send(ctx, { endpoint: 'cgi-bin/draft/count', method: 'GET', idempotent: true });
      return { totalCount: num(body.total_count) };
    },
  };
}
