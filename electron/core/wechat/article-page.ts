/**
 * draft/batchget and freepublish/batchget share one wire shape: `{total_count, item_count,
 * item: [{…id, update_time, content: {news_item: […]}}]}`, paged 1..20 with `no_content`.
 */
import { assertPage, send, type ApiContext } from './api-context';
import type { JsonObject } from './wire-json';
import { arr, num, obj } from './wire-read';

export interface ArticlePage<T> {
  totalCount: number;
  itemCount: number;
  items: T[];
}

export async function fetchArticlePage<T>(
  ctx: ApiContext,
  endpoint: string,
  page: { offset: number; count: number; noContent?: boolean },
  readItem: (item: JsonObject, content: JsonObject) => T,
): Promise<ArticlePage<T>> {
  assertPage(page.offset, page.count);
  const body = await send(ctx, {
    endpoint,
    method: 'POST',
    idempotent: true,
    json: { offset: page.offset, count: page.count, no_content: page.noContent ? 1 : 0 },
  });
  const items = arr(body.item).map((raw) => {
    const item = obj(raw);
    return readItem(item, obj(item.content));
  });
  return { totalCount: num(body.total_count, items.length), itemCount: num(body.item_count, items.length), items };
}
