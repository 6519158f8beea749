/**
 * One LibraryIndex per account, opened lazily from `<dataDir>/index/<account>.*`
 * (electron/core/index/index-store.ts), and one sync in flight per (account, kind): a second caller
 * joins the running sync instead of listing again.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { QuarantineLog } from '../fs/quarantine';
import type { WeChatClient } from '../wechat/client';
import type { IndexKind } from './index-types';
import { LibraryIndex } from './library-index';
import { pageFetcher } from './kind-sources';
import { fullSync, incrementalSync, type SyncReport } from './index-sync';
import { indexPaths } from './index-store';

/** How old an index may get before opening a view re-checks it (one listing call per kind). */
export const DEFAULT_STALE_MS = 60_000;

export type SyncMode = 'incremental' | 'full' | 'if-stale';

export interface IndexRegistryOptions {
  /** Folder for the index files; null keeps indexes in memory (tests, benchmarks). */
  dir: string | null;
  clientFor(accountId: string): Promise<WeChatClient>;
  staleMs?: number;
  concurrency?: number;
  now?: () => number;
  /** Where an index file that had to be set aside is reported. */
  quarantine?: QuarantineLog;
}

export class IndexRegistry {
  private readonly open = new Map<string, Promise<LibraryIndex>>();
  private readonly loaded = new Map<string, LibraryIndex>();
  private readonly running = new Map<string, Promise<SyncReport>>();

  constructor(private readonly opts: IndexRegistryOptions) {}

  get staleMs(): number {
    return this.opts.staleMs ?? DEFAULT_STALE_MS;
  }

  private now(): number {
    return (this.opts.now ?? Date.now)();
  }

  private fileOf(accountId: string): string | null {
    return this.opts.dir ? path.join(this.opts.dir, `${accountId.replace(/[^A-Za-z0-9_-]/g, '_')}.json`) : null;
  }

  /**
   * Drops an account's index from memory and deletes its files (snapshot, log, v1 file): the account was
   * removed, or its AppID changed and the items listed belong to another official account.
   */
  async forget(accountId: string): Promise<void> {
    const opened = this.open.get(accountId);
    this.open.delete(accountId);
    this.loaded.delete(accountId);
    const index = await opened?.catch(() => undefined);
    await index?.discard();
    const file = this.fileOf(accountId);
    if (!file) return;
    const { legacy, snapshot, log } = indexPaths(file);
    await Promise.all([legacy, snapshot, log].map((f) => rm(f, { force: true })));
  }

  /** The index of an account (opened once). */
  for(accountId: string): Promise<LibraryIndex> {
    let p = this.open.get(accountId);
    if (!p) {
      const file = this.fileOf(accountId);
      p = LibraryIndex.open(file, this.opts.quarantine).then((index) => {
        this.loaded.set(accountId, index);
        return index;
      });
      this.open.set(accountId, p);
    }
    return p;
  }

  /** The index if it is already open (synchronous; used by the thumbnail route). */
  peek(accountId: string): LibraryIndex | undefined {
    return this.loaded.get(accountId);
  }

  /** Syncs one kind; `if-stale` costs nothing when the index is fresh (see LibraryIndex.isStale). */
  async sync(accountId: string, kind: IndexKind, mode: SyncMode): Promise<SyncReport | null> {
    const index = await this.for(accountId);
    if (mode === 'if-stale' && !index.isStale(kind, this.now(), this.staleMs)) return null;
    const key = `${accountId}\n${kind}`;
    const running = this.running.get(key);
    if (running) return running;
    const task = (async () => {
      const fetch = pageFetcher(await this.opts.clientFor(accountId), kind);
      const opts = { concurrency: this.opts.concurrency, now: () => this.now() };
      return mode === 'full' ? fullSync(index, kind, fetch, opts) : incrementalSync(index, kind, fetch, opts);
    })();
    this.running.set(key, task);
    try {
      return await task;
    } finally {
      this.running.delete(key);
    }
  }

  /** Writes every open index (on close). */
  async flush(): Promise<void> {
    await Promise.all([...this.loaded.values()].map((i) => i.flush()));
  }
}
