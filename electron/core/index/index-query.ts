/**
 * Search, filter, sort and paging over the index. Runs over pre-sorted arrays and pre-lowered
 * search text, so a query over 100,000 items is a linear scan with `includes` (a few ms).
 */
import type { IndexKind, IndexedItem } from './index-types';

export const SORTS = ['date-desc', 'date-asc', 'name-asc', 'name-desc'] as const;
export type IndexSort = (typeof SORTS)[number];

export interface IndexQuery {
  kinds: IndexKind[];
  /** Matched against name, media_id, article titles and authors, case-insensitively; every word must match. */
  text?: string;
  /** Unix seconds, inclusive. */
  from?: number;
  to?: number;
  sort: IndexSort;
  offset: number;
  limit: number;
  /** Also return the ids of every match (for "select all in view"). */
  withIds?: boolean;
}

export interface QueryResult {
  items: IndexedItem[];
  /** How many items match (across all pages). */
  total: number;
  offset: number;
  ids?: string[];
}

interface Compiled {
  words: string[];
  from: number;
  to: number;
}

export function compileQuery(q: IndexQuery): Compiled {
  const words = (q.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  return { words, from: q.from ?? -Infinity, to: q.to ?? Infinity };
}

const collator = new Intl.Collator(['zh-CN', 'en'], { numeric: true, sensitivity: 'base' });
const nameOrderCache = new WeakMap<IndexedItem[], number[]>();

/** Positions of `items` (newest first) in name order, cached per array (arrays are rebuilt on change). */
function nameOrder(items: IndexedItem[]): number[] {
  let order = nameOrderCache.get(items);
  if (!order) {
    order = items.map((_, i) => i);
    order.sort((a, b) => collator.compare(items[a].name, items[b].name));
    nameOrderCache.set(items, order);
  }
  return order;
}

export function runQuery(
  sources: { kind: IndexKind; items: IndexedItem[]; haystack: string[] }[],
  c: Compiled,
  q: IndexQuery,
): QueryResult {
  const filtering = c.words.length > 0 || c.from !== -Infinity || c.to !== Infinity;
  const matches = (items: IndexedItem[], hay: string[], i: number): boolean => {
    const item = items[i];
    if (item.updateTime < c.from || item.updateTime > c.to) return false;
    const text = hay[i];
    for (const w of c.words) if (!text.includes(w)) return false;
    return true;
  };
  let out: IndexedItem[] = [];
  const byName = q.sort === 'name-asc' || q.sort === 'name-desc';
  for (const src of sources) {
    const order = byName ? nameOrder(src.items) : null;
    const n = src.items.length;
    if (!filtering && !order && sources.length === 1) {
      out = src.items;
      break;
    }
    for (let j = 0; j < n; j++) {
      const i = order ? order[j] : j;
      if (!filtering || matches(src.items, src.haystack, i)) out.push(src.items[i]);
    }
  }
  if (sources.length > 1) {
    if (byName) out.sort((a, b) => collator.compare(a.name, b.name));
    else out.sort((a, b) => b.updateTime - a.updateTime);
  }
  const reversed = q.sort === 'date-asc' || q.sort === 'name-desc';
  const total = out.length;
  const start = Math.max(0, q.offset);
  let items: IndexedItem[];
  if (reversed) {
    items = [];
    for (let k = total - 1 - start; k >= 0 && items.length < q.limit; k--) items.push(out[k]);
  } else {
    items = out.slice(start, start + q.limit);
  }
  const result: QueryResult = { items, total, offset: start };
  if (q.withIds) {
    const ids = out.map((i) => i.id);
    result.ids = reversed ? ids.reverse() : ids;
  }
  return result;
}
