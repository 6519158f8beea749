/**
 * Keeping the index in step with WeChat while spending as few calls as possible:
 * - incremental: newest-first pages, stop at the first page that holds only known, unchanged items;
 *   then verify the count against total_count and fall back to a full sync on a mismatch
 *   (something was deleted elsewhere, or the live list shifted under us);
 * - full: page 0 gives total_count, the remaining pages are fetched in parallel with a bound
 *   (default 4), deduped by media_id, and the whole pass is repeated once if the total still
 *   does not match (pagination over a live list can skip or repeat items).
 */
import type { IndexKind, IndexedItem } from './index-types';
import { sameRefs, type LibraryIndex } from './library-index';
import { PAGE_SIZE, type ListedPage, type PageFetcher } from './kind-sources';

export interface SyncReport {
  kind: IndexKind;
  mode: 'incremental' | 'full';
  /** listing calls made. */
  calls: number;
  /** Items new or changed. */
  changed: number;
  total: number;
  /** True when the index count equals WeChat's total_count afterwards. */
  verified: boolean;
}

export interface SyncOptions {
  concurrency?: number;
  now?: () => number;
}

/** Runs `tasks` with at most `limit` in flight; results keep their order. */
export async function mapBounded<T, R>(inputs: T[], limit: number, fn: (input: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(inputs.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < inputs.length) {
      const i = next++;
      results[i] = await fn(inputs[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, inputs.length)) }, worker));
  return results;
}

export async function fullSync(
  index: LibraryIndex,
  kind: IndexKind,
  fetch: PageFetcher,
  opts: SyncOptions = {},
): Promise<SyncReport> {
  const now = opts.now ?? Date.now;
  const limit = opts.concurrency ?? 4;
  let calls = 0;
  const counted: PageFetcher = (o, c) => {
    calls++;
    return fetch(o, c);
  };
  let items: IndexedItem[] = [];
  let total = 0;
  for (let attempt = 0; attempt < 2; attempt++) {
    const first = await counted(0, PAGE_SIZE);
    total = first.total;
    const offsets: number[] = [];
    for (let o = first.items.length; o < total; o += PAGE_SIZE) offsets.push(o);
    const rest = await mapBounded(offsets, limit, (o) => counted(o, PAGE_SIZE));
    items = dedupe([first, ...rest]);
    if (items.length === total) break;
  }
  const before = new Map(index.ordered(kind).map((i) => [i.id, i]));
  const changed = items.filter((i) => {
    const old = before.get(i.id);
    return !old || old.updateTime !== i.updateTime || old.name !== i.name;
  }).length;
  index.replaceAll(kind, items, total, now());
  return { kind, mode: 'full', calls, changed, total, verified: items.length === total };
}

function dedupe(pages: ListedPage[]): IndexedItem[] {
  const seen = new Map<string, IndexedItem>();
  for (const page of pages) for (const item of page.items) if (!seen.has(item.id)) seen.set(item.id, item);
  return [...seen.values()];
}

export async function incrementalSync(
  index: LibraryIndex,
  kind: IndexKind,
  fetch: PageFetcher,
  opts: SyncOptions = {},
): Promise<SyncReport> {
  const now = opts.now ?? Date.now;
  if (index.state(kind).syncedAt === 0) return fullSync(index, kind, fetch, opts);
  let calls = 0;
  let changed = 0;
  let total = 0;
  let offset = 0;
  for (;;) {
    const page = await fetch(offset, PAGE_SIZE);
    calls++;
    total = page.total;
    const fresh = page.items.filter((i) => {
      const old = index.get(kind, i.id);
      // Refs differ only when the entry predates where-used (no refs yet): those pages count as changed, so the
      // first sync after an update walks on and reads every draft's refs (electron/core/index/article-refs.ts).
      return (
        !old ||
        old.updateTime !== i.updateTime ||
        old.name !== i.name ||
        old.thumbUrl !== i.thumbUrl ||
        !sameRefs(old, i)
      );
    });
    changed += index.upsert(kind, fresh);
    if (fresh.length === 0 || page.items.length < PAGE_SIZE) break;
    offset += page.items.length;
  }
  if (index.state(kind).count !== total) {
    const full = await fullSync(index, kind, fetch, opts);
    return { ...full, calls: calls + full.calls, changed: changed + full.changed };
  }
  index.markSynced(kind, total, now());
  return { kind, mode: 'incremental', calls, changed, total, verified: true };
}
