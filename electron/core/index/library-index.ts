/**
 * The in-memory index of one account. Saves are debounced, so a burst of uploads or a 5,000-page sync
 * writes once, and incremental: each save appends only the items changed since the last one to a log,
 * and a snapshot is rewritten now and then (electron/core/index/index-store.ts). Every change to an
 * item goes through `put` or is marked in `dirty`, which is what the next save writes.
 */
import type { QuarantineLog } from '../fs/quarantine';
import { fromColumns, toColumns, type IndexData, type LogBatch, type LogOp } from './index-file';
import { IndexStore } from './index-store';
import { INDEX_KINDS, type IndexKind, type IndexedItem } from './index-types';
import { compileQuery, runQuery, type IndexQuery, type QueryResult } from './index-query';

const SAVE_DELAY_MS = 250;

interface KindData {
  byId: Map<string, IndexedItem>;
  total: number;
  syncedAt: number;
  /** Items newest first (ties: API order), rebuilt lazily after a change. */
  ordered: IndexedItem[] | null;
  /** Lower-cased search text per item, aligned with `ordered`. */
  haystack: string[] | null;
  /** Ids added, changed or removed since the last save. */
  dirty: Set<string>;
}

function emptyKind(): KindData {
  return { byId: new Map(), total: 0, syncedAt: 0, ordered: null, haystack: null, dirty: new Set() };
}

/** Lower-cased text a search matches: name, media_id, article titles and authors. */
export function searchText(item: IndexedItem): string {
  return [item.name, item.id, ...(item.titles ?? []), ...(item.authors ?? [])].join('\n').toLowerCase();
}

export class LibraryIndex {
  private readonly kinds = new Map<IndexKind, KindData>();
  /** Insertion order breaks update_time ties; items listed first (newer in the API) get lower ranks. */
  private readonly rank = new Map<string, number>();
  private nextRank = 0;
  private saveTimer: NodeJS.Timeout | null = null;
  private saving: Promise<void> = Promise.resolve();
  private store: IndexStore | null = null;

  private constructor(private readonly file: string | null) {
    for (const k of INDEX_KINDS) this.kinds.set(k, emptyKind());
  }

  /**
   * Opens (or starts) the index stored at `file`; null keeps it in memory only (tests, benchmarks).
   * A corrupt or unknown file is set aside and reported through `log` (electron/core/index/index-file.ts).
   */
  static async open(file: string | null, log?: QuarantineLog): Promise<LibraryIndex> {
    const index = new LibraryIndex(file);
    if (!file) return index;
    const opened = await IndexStore.open(file, log);
    index.store = opened.store;
    if (opened.data) index.load(opened.data);
    for (const batch of opened.batches) index.apply(batch);
    for (const kd of index.kinds.values()) kd.dirty.clear();
    // Migrated, or the log ended torn: rewrite before appending. A failure here is retried by the next save.
    if (opened.compactNow) await opened.store.compact(index.data()).catch(() => undefined);
    return index;
  }

  /** Takes a snapshot's content (ranks included, so ties order as before). */
  private load(data: IndexData): void {
    for (const k of INDEX_KINDS) {
      const state = data.kinds[k];
      if (!state) continue;
      const kd = this.kind(k);
      fromColumns(k, state).forEach((item, i) => {
        const rank = state.ranks[i];
        if (rank === null) this.rank.delete(item.id);
        else this.rank.set(item.id, rank);
        kd.byId.set(item.id, item);
      });
      kd.total = state.total;
      kd.syncedAt = state.syncedAt;
    }
    this.nextRank = data.nextRank;
  }

  /** Replays one logged save: every op states a result, so replaying twice changes nothing. */
  private apply(batch: LogBatch): void {
    for (const op of batch.ops) {
      if (op.op === 'put') {
        const kd = this.kind(op.item.kind);
        if (op.rank === null) this.rank.delete(op.item.id);
        else this.rank.set(op.item.id, op.rank);
        kd.byId.set(op.item.id, op.item);
      } else if (op.op === 'del') {
        if (this.kind(op.kind).byId.delete(op.id)) this.rank.delete(op.id);
      } else {
        const kd = this.kind(op.kind);
        kd.total = op.total;
        kd.syncedAt = op.syncedAt;
      }
    }
    this.nextRank = Math.max(this.nextRank, batch.nextRank);
    for (const kd of this.kinds.values()) {
      kd.ordered = null;
      kd.haystack = null;
    }
  }

  /** The whole index as a snapshot stores it: each kind newest first, with its ranks. */
  private data(): IndexData {
    const data: IndexData = { nextRank: this.nextRank, kinds: {} };
    for (const k of INDEX_KINDS) {
      const kd = this.kind(k);
      data.kinds[k] = toColumns(this.ordered(k), (i) => this.rank.get(i.id) ?? null, kd);
    }
    return data;
  }

  private kind(k: IndexKind): KindData {
    return this.kinds.get(k)!;
  }

  private put(kd: KindData, item: IndexedItem, front = false): void {
    if (!this.rank.has(item.id)) {
      this.rank.set(item.id, front ? -++this.nextRank : ++this.nextRank);
      this.rankChanged(kd, item.id);
    }
    kd.byId.set(item.id, item);
    kd.dirty.add(item.id);
    kd.ordered = null;
    kd.haystack = null;
  }

  /** Ranks are per id: another kind holding the same id must re-sort (and its next save carry the id). */
  private rankChanged(except: KindData, id: string): void {
    for (const other of this.kinds.values()) {
      if (other === except || !other.byId.has(id)) continue;
      other.ordered = null;
      other.haystack = null;
    }
  }

  get(kind: IndexKind, id: string): IndexedItem | undefined {
    return this.kind(kind).byId.get(id);
  }

  /** Finds an item in any kind. */
  find(id: string): IndexedItem | undefined {
    for (const kd of this.kinds.values()) {
      const item = kd.byId.get(id);
      if (item) return item;
    }
    return undefined;
  }

  /** Adds or replaces items as listed (API order); returns how many were new or changed. */
  upsert(kind: IndexKind, items: IndexedItem[]): number {
    const kd = this.kind(kind);
    let changed = 0;
    for (const item of items) {
      const old = kd.byId.get(item.id);
      if (old && sameItem(old, item)) continue;
      changed++;
      this.put(kd, item);
    }
    if (changed) this.scheduleSave();
    return changed;
  }

  /** Records an item created in the app: it is the newest, whatever its second-resolution time says. */
  addNewest(item: IndexedItem): void {
    const kd = this.kind(item.kind);
    const isNew = !kd.byId.has(item.id);
    this.rank.delete(item.id);
    this.put(kd, item, true);
    if (isNew) kd.total += 1;
    this.scheduleSave();
  }

  /** Drops items (deleted in the app, or answered 40007); returns how many were present. */
  remove(kind: IndexKind, ids: Iterable<string>): number {
    const kd = this.kind(kind);
    let removed = 0;
    for (const id of ids) {
      if (!kd.byId.delete(id)) continue;
      kd.dirty.add(id);
      this.rank.delete(id);
      this.rankChanged(kd, id);
      removed++;
    }
    if (removed) {
      kd.total = Math.max(0, kd.total - removed);
      kd.ordered = null;
      kd.haystack = null;
      this.scheduleSave();
    }
    return removed;
  }

  /** Replaces a kind's whole content after a full sync (items not listed any more are gone). */
  replaceAll(kind: IndexKind, items: IndexedItem[], total: number, now: number): void {
    const kd = this.kind(kind);
    const keep = new Set(items.map((i) => i.id));
    for (const id of kd.byId.keys()) {
      if (keep.has(id)) continue;
      this.rank.delete(id);
      // The rank is shared by id: another kind holding it re-sorts now, as it will after reopening.
      this.rankChanged(kd, id);
      kd.dirty.add(id);
    }
    kd.byId.clear();
    for (const item of items) this.rank.delete(item.id);
    for (const item of items) this.put(kd, item);
    kd.total = total;
    kd.syncedAt = now;
    kd.ordered = null;
    kd.haystack = null;
    this.scheduleSave();
  }

  markSynced(kind: IndexKind, total: number, now: number): void {
    const kd = this.kind(kind);
    kd.total = total;
    kd.syncedAt = now;
    this.scheduleSave();
  }

  state(kind: IndexKind): { count: number; total: number; syncedAt: number } {
    const kd = this.kind(kind);
    return { count: kd.byId.size, total: kd.total, syncedAt: kd.syncedAt };
  }

  /** Stale = never synced, or last synced more than `staleMs` ago. Browsing a fresh index costs no API call. */
  isStale(kind: IndexKind, now: number, staleMs: number): boolean {
    const { syncedAt } = this.kind(kind);
    return syncedAt === 0 || now - syncedAt > staleMs;
  }

  /** Items of a kind newest first. */
  ordered(kind: IndexKind): IndexedItem[] {
    return this.prepared(kind, false).items;
  }

  /**
   * The kind's items in order, and their search text only when a query searches: building it for
   * 100,000 items costs more than the sort, and the first page after opening needs none
   * (bench/index-persistence.ts).
   */
  private prepared(kind: IndexKind, withText: boolean): { items: IndexedItem[]; haystack: string[] } {
    const kd = this.kind(kind);
    if (!kd.ordered) {
      const rank = (id: string) => this.rank.get(id) ?? 0;
      // The id breaks what time and rank leave tied (items without a rank), so the order does not depend on
      // the Map's insertion order, which differs after a reopen (test/unit/core/library/index-persistence.test.ts).
      kd.ordered = [...kd.byId.values()].sort(
        (a, b) => b.updateTime - a.updateTime || rank(a.id) - rank(b.id) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
      );
      kd.haystack = null;
    }
    if (withText && !kd.haystack) kd.haystack = kd.ordered.map(searchText);
    return { items: kd.ordered, haystack: kd.haystack ?? [] };
  }

  /** Search, filter, sort and page over the whole index of the requested kinds. */
  query(q: IndexQuery): QueryResult {
    const compiled = compileQuery(q);
    const kinds = q.kinds.map((k) => ({ kind: k, ...this.prepared(k, compiled.words.length > 0) }));
    return runQuery(kinds, compiled, q);
  }

  private scheduleSave(): void {
    if (!this.file || this.saveTimer) return;
    this.saveTimer = setTimeout(() => {
      this.saveTimer = null;
      this.saving = this.saving.then(() => this.writeNow()).catch(() => undefined);
    }, SAVE_DELAY_MS);
    this.saveTimer.unref?.();
  }

  /**
   * Appends what changed since the last save (the dirty ids' current state, and every kind's totals),
   * or writes a snapshot when the log has grown or the change is large. The dirty sets are taken
   * before the first await, so changes made during the write go into the next save.
   */
  private async writeNow(): Promise<void> {
    const store = this.store;
    if (!store) return;
    let dirty = 0;
    for (const kd of this.kinds.values()) dirty += kd.dirty.size;
    if (store.shouldCompact(dirty)) {
      const data = this.data();
      for (const kd of this.kinds.values()) kd.dirty.clear();
      await store.compact(data);
      return;
    }
    // Removals first, then every kind's current item for each changed id: a rank is shared by an id
    // across kinds, and replaying a removal drops it, so the puts that follow restore what memory holds.
    const ids = new Set<string>();
    const ops: LogOp[] = [];
    for (const k of INDEX_KINDS) {
      const kd = this.kind(k);
      for (const id of kd.dirty) {
        ids.add(id);
        if (!kd.byId.has(id)) ops.push({ op: 'del', kind: k, id });
      }
      kd.dirty.clear();
      ops.push({ op: 'meta', kind: k, total: kd.total, syncedAt: kd.syncedAt });
    }
    for (const id of ids) {
      for (const kd of this.kinds.values()) {
        const item = kd.byId.get(id);
        if (item) ops.push({ op: 'put', rank: this.rank.get(id) ?? null, item });
      }
    }
    await store.append({ nextRank: this.nextRank, ops });
  }

  /** Bytes written to disk by this index so far (benchmark: bench/index-persistence.ts). */
  bytesWritten(): number {
    return this.store?.bytesWritten ?? 0;
  }

  /**
   * Stops writing for good: the account's index files are being deleted (IndexRegistry.forget, when the
   * account is removed or now names another AppID), so no pending save may bring them back.
   */
  async discard(): Promise<void> {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = null;
    this.store = null;
    await this.saving.catch(() => undefined);
  }

  /** Writes pending changes now (on close). */
  async flush(): Promise<void> {
    if (this.saveTimer) {
      clearTimeout(this.saveTimer);
      this.saveTimer = null;
      this.saving = this.saving.then(() => this.writeNow());
    }
    await this.saving;
  }
}

function sameItem(a: IndexedItem, b: IndexedItem): boolean {
  return (
    a.name === b.name &&
    a.updateTime === b.updateTime &&
    a.thumbUrl === b.thumbUrl &&
    (a.titles ?? []).join('\n') === (b.titles ?? []).join('\n') &&
    (a.authors ?? []).join('\n') === (b.authors ?? []).join('\n') &&
    sameRefs(a, b)
  );
}

/** Same material refs (electron/core/index/article-refs.ts); "not read yet" differs from "none". */
export function sameRefs(a: IndexedItem, b: IndexedItem): boolean {
  if (a.refs === undefined || b.refs === undefined) return a.refs === b.refs;
  return a.refs.join('\n') === b.refs.join('\n');
}
