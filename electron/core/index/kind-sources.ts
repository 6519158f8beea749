/**
 * One listing endpoint per index kind, all paged 20 at a time: batchget_material (4 types),
 * draft/batchget and freepublish/batchget. These two carry the bodies (no no_content): where-used reads the
 * pictures of each article from them (electron/core/index/article-refs.ts) at no extra call per item, and
 * keeps only the refs, not the bodies.
 */
import type { WeChatClient } from '../wechat/client';
import type { BatchgetItem } from '../wechat/material';
import type { NewsArticle } from '../wechat/news';
import { articleRefs } from './article-refs';
import type { IndexKind, IndexedItem } from './index-types';

export const PAGE_SIZE = 20;

export interface ListedPage {
  total: number;
  items: IndexedItem[];
}

/** Fetches one page of a kind's listing (offset, count ≤ 20). */
export type PageFetcher = (offset: number, count: number) => Promise<ListedPage>;

/** Titles, authors and cover of a list of articles (also used for entries the app records itself: electron/core/articles/article-index.ts). */
export function articleFields(articles: NewsArticle[]): Pick<IndexedItem, 'titles' | 'authors' | 'thumbUrl'> {
  const out: Pick<IndexedItem, 'titles' | 'authors' | 'thumbUrl'> = {
    titles: articles.map((a) => a.title),
    authors: [...new Set(articles.map((a) => a.author).filter(Boolean))],
  };
  const cover = articles[0]?.thumbUrl;
  if (cover) out.thumbUrl = cover;
  return out;
}

/** Maps a batchget_material item to an index entry. */
export function fromMaterial(kind: IndexKind, item: BatchgetItem): IndexedItem {
  const out: IndexedItem = { id: item.mediaId, kind, name: item.name, updateTime: item.updateTime };
  if (kind === 'image' && item.url) out.thumbUrl = item.url;
  if (item.newsItems) Object.assign(out, articleFields(item.newsItems));
  return out;
}

export function pageFetcher(client: WeChatClient, kind: IndexKind): PageFetcher {
  switch (kind) {
    case 'draft':
      return async (offset, count) => {
        const page = await client.draft.batchget(offset, count);
        return {
          total: page.totalCount,
          items: page.items.map((d) => ({
            id: d.mediaId,
            kind,
            name: d.newsItems[0]?.title ?? '',
            updateTime: d.updateTime,
            ...articleFields(d.newsItems),
            refs: articleRefs(d.newsItems),
          })),
        };
      };
    case 'published':
      return async (offset, count) => {
        const page = await client.publish.batchget(offset, count);
        return {
          total: page.totalCount,
          items: page.items.map((p) => ({
            id: p.articleId,
            kind,
            name: p.newsItems[0]?.title ?? '',
            updateTime: p.updateTime,
            ...articleFields(p.newsItems),
            refs: articleRefs(p.newsItems),
          })),
        };
      };
    default:
      return async (offset, count) => {
        const page = await client.material.batchget(kind, offset, count);
        return { total: page.totalCount, items: page.items.map((i) => fromMaterial(kind, i)) };
      };
  }
}
