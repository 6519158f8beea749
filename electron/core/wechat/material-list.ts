/**
 * Normalises batchget_material pages. The shapes differ per type (docs/wechat-api.md § Permanent material): image items have
 * `url`; voice items have no `url` but a `tags` field; video items may have no `url`; news items nest
 * articles under `content.news_item` and may carry their times inside `content`.
 */
import { readArticles, type NewsArticle } from './news';
import { arr, num, obj, optStr, str } from './wire-read';
import type { JsonObject } from './wire-json';

/** One listed permanent material item. */
export interface BatchgetItem {
  mediaId: string;
  /** File name (image/voice/video); for news, the first article's title. */
  name: string;
  /** Unix seconds. */
  updateTime: number;
  /** Present for images (and sometimes video); absent when WeChat sends none or an empty string. */
  url?: string;
  /** Voice items only (undocumented field). */
  tags?: string[];
  /** News items only. */
  newsItems?: NewsArticle[];
}

export interface BatchgetPage {
  totalCount: number;
  itemCount: number;
  items: BatchgetItem[];
}

function readItem(raw: unknown): BatchgetItem | null {
  const item = obj(raw);
  const mediaId = str(item.media_id);
  if (mediaId === '') return null;
  const content = obj(item.content);
  const newsItems = item.content !== undefined ? readArticles(content.news_item) : undefined;
  const out: BatchgetItem = {
    mediaId,
    name: str(item.name) || newsItems?.[0]?.title || '',
    updateTime: num(item.update_time, num(content.update_time)),
  };
  const url = optStr(item.url);
  if (url !== undefined) out.url = url;
  if (Array.isArray(item.tags)) out.tags = item.tags.map((t) => str(t)).filter((t) => t !== '');
  if (newsItems) out.newsItems = newsItems;
  return out;
}

/** Reads one batchget_material body; duplicate media_ids within the page are dropped. */
export function readBatchgetPage(body: JsonObject): BatchgetPage {
  const seen = new Set<string>();
  const items: BatchgetItem[] = [];
  for (const raw of arr(body.item)) {
    const item = readItem(raw);
    if (!item || seen.has(item.mediaId)) continue;
    seen.add(item.mediaId);
    items.push(item);
  }
  return { totalCount: num(body.total_count, items.length), itemCount: num(body.item_count, items.length), items };
}
