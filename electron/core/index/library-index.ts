/**
 * The in-memory index of one account, persisted as one JSON file written atomically (temp file,
 * fsync, rename) and debounced, so a burst of uploads or a 5,000-page sync writes once.
 */
import { writeFileAtomic } from '../fs/atomic-write';
import type { QuarantineLog } from '../fs/quarantine';
import { readIndexFile } from './index-file';
import { INDEX_KINDS, type IndexFile, type IndexKind, type IndexedItem, type KindState } from './index-types';
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
}

function emptyKind(): KindData {
  return { byId: new Map(), total: 0, syncedAt: 0, ordered: null, haystack: null };
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
    const data = await readIndexFile(file, log);
    if (!data) return index;
    for (const k of INDEX_KINDS) {
      const state = data.kinds[k];
      if (!state) continue;
      const kd = index.kind(k);
      for (const item of state.items) index.put(kd, item);
      kd.total = state.total;
      kd.syncedAt = state.syncedAt;
    }
    return index;
  }

  private kind(k: IndexKind): KindData {
    return this.kinds.get(k)!;
  }

  private put(kd: KindData, item: IndexedItem, front = false): void {
    if (!this.rank.has(item.id)) this.rank.set(item.id, front ? -++this.nextRank : ++this.nextRank);
    kd.byId.set(item.id, item);
    kd.ordered = null;
    kd.haystack = null;
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
      this.rank.delete(id);
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
    for (const id of kd.byId.keys()) if (!keep.has(id)) this.rank.delete(id);
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
    return this.prepared(kind).items;
  }

  private prepared(kind: IndexKind): { items: IndexedItem[]; haystack: string[] } {
    const kd = this.kind(kind);
    if (!kd.ordered || !kd.haystack) {
      const rank = (id: string) => this.rank.get(id) ?? 0;
      kd.ordered = [...kd.byId.values()].sort((a, b) => b.updateTime - a.updateTime || rank(a.id) - rank(b.id));
      kd.haystack = kd.ordered.map(searchText);
    }
    return { items: kd.ordered, haystack: kd.haystack };
  }

  /** Search, filter, sort and page over the whole index of the requested kinds. */
  query(q: IndexQuery): QueryResult {
    const kinds = q.kinds.map((k) => ({ kind: k, ...this.prepared(k) }));
    return runQuery(kinds, compileQuery(q), q);
  }

  private scheduleSave(): void {
    if (!this.file || this.saveTimer) return;
    this.saveTimer = setTimeout(() => {
      this.saveTimer = null;
      this.saving = this.saving.then(() => this.writeNow()).catch(() => undefined);
    }, SAVE_DELAY_MS);
    this.saveTimer.unref?.();
  }

  private async writeNow(): Promise<void> {
    if (!this.file) return;
    const data: IndexFile = { version: 1, kinds: {} };
    for (const k of INDEX_KINDS) {
      const kd = this.kind(k);
      const state: KindState = { items: this.ordered(k), total: kd.total, syncedAt: kd.syncedAt };
      data.kinds[k] = state;
    }
    await writeFileAtomic(this.file, JSON.stringify(data));
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
    (a.authors ?? []).join('\n') === (b.authors ?? []).join('\n')
  );
}
