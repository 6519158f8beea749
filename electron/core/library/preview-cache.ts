/**
 * Previews of images, voice and video are streamed from files on disk (issue 11): the first request for
 * an item downloads it once into `<data>/preview-cache/<account>/<media>/`, and every Range request of the
 * media element after it is answered from that file (electron/core/assets.ts). Nothing is held in memory
 * but the list of what is cached. The cache is bounded (entries and bytes, least recently used goes
 * first) and is a cache only: it is emptied when the app starts, so it never outlives a session.
 */
import { mkdir, rm, stat } from 'node:fs/promises';
import { containedPath } from '../fs/contained-path';
import { idFileName } from '../fs/id-file-name';
import { readHead } from '../files/sniff';
import { previewType } from './item-files';

export interface CachedPreview {
  file: string;
  contentType: string;
  bytes: number;
}

export interface PreviewCacheLimits {
  maxEntries: number;
  maxBytes: number;
}

/** A few videos (WeChat's own limit is 10 MB each; item-files.ts stops at 64 MB) and many voices. */
export const PREVIEW_CACHE_LIMITS: PreviewCacheLimits = { maxEntries: 48, maxBytes: 512 * 1024 * 1024 };

/** Downloads the item into `dir` (an empty folder of its own); null when there is nothing to show. */
export type PreviewFill = (dir: string) => Promise<{ path: string; bytes: number } | null>;

export class PreviewCache {
  private readonly entries = new Map<string, CachedPreview & { dir: string }>();
  /** One download per item however many Range requests arrive while it runs. */
  private readonly inflight = new Map<string, Promise<CachedPreview | null>>();
  private emptied: Promise<void> | null = null;

  constructor(
    private readonly root: string,
    private readonly limits: PreviewCacheLimits = PREVIEW_CACHE_LIMITS,
  ) {}

  /** The cached file of an item, downloading it first when needed; null when `fill` finds nothing. */
  async get(accountId: string, mediaId: string, fill: PreviewFill): Promise<CachedPreview | null> {
    const key = `${accountId}\n${mediaId}`;
    const hit = this.entries.get(key);
    if (hit && (await stat(hit.file).catch(() => null))?.isFile()) {
      // Most recently used goes to the end of the Map's order.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    this.entries.delete(key);
    let pending = this.inflight.get(key);
    if (!pending) {
      pending = this.load(key, accountId, mediaId, fill).finally(() => this.inflight.delete(key));
      this.inflight.set(key, pending);
    }
    return pending;
  }

  /** Bytes currently kept (for tests and logs). */
  size(): { entries: number; bytes: number } {
    let bytes = 0;
    for (const e of this.entries.values()) bytes += e.bytes;
    return { entries: this.entries.size, bytes };
  }

  private async load(
    key: string,
    accountId: string,
    mediaId: string,
    fill: PreviewFill,
  ): Promise<CachedPreview | null> {
    this.emptied ??= rm(this.root, { recursive: true, force: true });
    await this.emptied;
    const dir = await containedPath(this.root, idFileName(accountId), idFileName(mediaId));
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true, mode: 0o700 });
    const saved = await fill(dir).catch(() => null);
    if (!saved) {
      await rm(dir, { recursive: true, force: true });
      return null;
    }
    const contentType = previewType(await readHead(saved.path), 'application/octet-stream');
    const entry = { file: saved.path, contentType, bytes: saved.bytes, dir };
    this.entries.set(key, entry);
    await this.evict(key);
    return entry;
  }

  /** Drops the least recently used entries (never `keep`) until within the limits. */
  private async evict(keep: string): Promise<void> {
    let { entries, bytes } = this.size();
    for (const [key, entry] of this.entries) {
      if (entries <= this.limits.maxEntries && bytes <= this.limits.maxBytes) break;
      if (key === keep) continue;
      this.entries.delete(key);
      entries -= 1;
      bytes -= entry.bytes;
      // A response still streaming it keeps its open handle (POSIX); on Windows the folder may stay until next start.
      await rm(entry.dir, { recursive: true, force: true }).catch(() => undefined);
    }
  }
}
