/**
 * The thumbnail cache on disk, bounded (default 1 GB) with least-recently-used eviction, kept across
 * restarts.
 *
 * "Last used" is each file's mtime, set by us on every hit (at most once a minute per file), not an
 * index file: the files are their own index, so there is nothing to keep consistent after a crash,
 * and a cache folder copied or half deleted by the user is still read right. atime is not used
 * because mounts often have `noatime`/`relatime` and Windows does not update it by default. The
 * folder is scanned once, lazily (about 35 000 files at 1 GB of 30 KB thumbnails), and kept in memory.
 *
 * Paths come from the caller, built with containedPath (electron/core/fs/contained-path.ts); the scan
 * and clear() stay inside `root` and never follow a symlink.
 */
import { lstat, readdir, readFile, rm, unlink, utimes } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from '../fs/atomic-write';

export const DEFAULT_THUMB_CACHE_BYTES = 1024 * 1024 * 1024;
/** A hit refreshes the file's mtime only when it is older than this: one syscall a minute at most. */
const TOUCH_AFTER_MS = 60_000;
/** Eviction goes down to this share of the limit, so it does not run again on the very next write. */
const EVICT_TO = 0.9;
const PARTIAL_RE = /\.partial$/;

interface Entry {
  size: number;
  usedAt: number;
}

export interface ThumbCacheInfo {
  bytes: number;
  count: number;
  limitBytes: number;
}

export class ThumbCache {
  private entries: Map<string, Entry> | null = null;
  private scanning: Promise<Map<string, Entry>> | null = null;
  private total = 0;
  private evicting: Promise<void> | null = null;

  constructor(
    private readonly root: string,
    private readonly limitBytes = DEFAULT_THUMB_CACHE_BYTES,
    private readonly now: () => number = Date.now,
  ) {}

  /** The cached bytes, or null; a hit counts as a use. */
  async read(file: string): Promise<Buffer | null> {
    const entries = await this.load();
    const bytes = await readFile(file).catch(() => null);
    if (!bytes) {
      this.drop(entries, file);
      return null;
    }
    const entry = entries.get(file);
    const now = this.now();
    if (!entry || now - entry.usedAt > TOUCH_AFTER_MS) {
      const at = new Date(now);
      await utimes(file, at, at).catch(() => undefined);
      this.put(entries, file, bytes.length, now);
    }
    return bytes;
  }

  /** Stores `bytes` atomically, then evicts the least recently used files while over the limit. */
  async write(file: string, bytes: Uint8Array): Promise<void> {
    const entries = await this.load();
    await writeFileAtomic(file, bytes, 0o600);
    // The file time is the "last used" a later run reads back: make it the clock this instance uses.
    const now = this.now();
    await utimes(file, new Date(now), new Date(now)).catch(() => undefined);
    this.put(entries, file, bytes.length, now);
    if (this.total > this.limitBytes) await this.evict();
  }

  async info(): Promise<ThumbCacheInfo> {
    const entries = await this.load();
    return { bytes: this.total, count: entries.size, limitBytes: this.limitBytes };
  }

  /** Deletes every cached file (the account folders below `root`). */
  async clear(): Promise<void> {
    await this.evicting;
    const dirents = await readdir(this.root, { withFileTypes: true }).catch(() => []);
    await Promise.all(
      dirents
        .filter((d) => d.isDirectory())
        .map((d) => rm(path.join(this.root, d.name), { recursive: true, force: true })),
    );
    this.entries = new Map();
    this.scanning = null;
    this.total = 0;
  }

  private put(entries: Map<string, Entry>, file: string, size: number, usedAt: number): void {
    this.total += size - (entries.get(file)?.size ?? 0);
    entries.set(file, { size, usedAt });
  }

  private drop(entries: Map<string, Entry>, file: string): void {
    const entry = entries.get(file);
    if (!entry) return;
    this.total -= entry.size;
    entries.delete(file);
  }

  private evict(): Promise<void> {
    this.evicting ??= (async () => {
      const entries = await this.load();
      const oldestFirst = [...entries].sort((a, b) => a[1].usedAt - b[1].usedAt);
      const target = this.limitBytes * EVICT_TO;
      for (const [file] of oldestFirst) {
        if (this.total <= target) break;
        this.drop(entries, file);
        await unlink(file).catch(() => undefined);
      }
    })().finally(() => {
      this.evicting = null;
    });
    return this.evicting;
  }

  /** The in-memory index, built from one scan of `<root>/<account>/<file>` (no symlinks followed). */
  private load(): Promise<Map<string, Entry>> {
    if (this.entries) return Promise.resolve(this.entries);
    this.scanning ??= (async () => {
      const entries = new Map<string, Entry>();
      let total = 0;
      const accounts = await readdir(this.root, { withFileTypes: true }).catch(() => []);
      for (const account of accounts) {
        if (!account.isDirectory()) continue;
        const dir = path.join(this.root, account.name);
        const files = await readdir(dir, { withFileTypes: true }).catch(() => []);
        for (const f of files) {
          if (!f.isFile() || PARTIAL_RE.test(f.name)) continue;
          const st = await lstat(path.join(dir, f.name)).catch(() => null);
          if (!st) continue;
          entries.set(path.join(dir, f.name), { size: st.size, usedAt: st.mtimeMs });
          total += st.size;
        }
      }
      this.entries = entries;
      this.total = total;
      return entries;
    })();
    return this.scanning;
  }
}
