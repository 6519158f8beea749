/**
 * Thumbnails for the library grid. mmbiz image URLs are hotlink-protected outside Tencent domains
 * and the renderer's CSP forbids them anyway, so the main process fetches them itself, without a
 * Referer, turns each into a small thumbnail (electron/core/images/thumbnail.ts: ≤ 384 px, ≤ 64 KB)
 * and serves it on our own origin (`/thumb/<account>/<media>`) from a bounded disk cache
 * (./thumb-cache.ts). Article-body pictures (`original`) are cached as they are: the editor shows them
 * at full size.
 */
import { createHash } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { containedPath } from '../fs/contained-path';
import { idFileName } from '../fs/id-file-name';
import { sniffFormat } from '../files/sniff';
import { createLimiter } from '../images/image-work-limit';
import { makeThumbnail } from '../images/thumbnail';
import { fetchBounded } from '../net/bounded-fetch';
import { wechatMedia } from '../net/host-policy';
import { DEFAULT_THUMB_CACHE_BYTES, ThumbCache, type ThumbCacheInfo } from './thumb-cache';

export { THUMB_MAX_SIDE } from '../images/thumbnail';

/** WeChat's own limit for a permanent image is 10 MB; a bigger answer is not a picture we stored. */
const MAX_SOURCE_BYTES = 10 * 1024 * 1024;
/** One thumbnail, start to end: a stalled CDN answer must not hold a grid card forever. */
const THUMB_DEADLINE_MS = 20_000;
/**
 * Originals downloaded and held at once. A page of 20 tiles asks for 20 thumbnails together; only two
 * are decoded at a time (electron/core/images/image-work-limit.ts), so without this bound up to 20
 * originals of up to 10 MB would wait in memory.
 */
const SOURCES_IN_FLIGHT = 4;

const MIME: Record<string, string> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  bmp: 'image/bmp',
  webp: 'image/webp',
};

export interface ThumbFile {
  bytes: Buffer;
  contentType: string;
}

/** Looks up an item's image URL elsewhere (the library index) when it was not remembered in this session. */
export type ThumbUrlResolver = (accountId: string, mediaId: string) => string | undefined;

export interface ThumbServiceOptions {
  /** Cache bound in bytes (default 1 GB). */
  cacheLimitBytes?: number;
}

export class ThumbService {
  private readonly urls = new Map<string, string>();
  private readonly cache: ThumbCache;
  /** One fetch-and-resize per file at a time: the grid and a re-render may ask together. */
  private readonly inFlight = new Map<string, Promise<ThumbFile | null>>();
  private readonly limitSources = createLimiter(SOURCES_IN_FLIGHT);

  constructor(
    private readonly cacheDir: string,
    /** The API base of an account, whose host may also serve images (relay, emulator). */
    private readonly apiBaseOf: (accountId: string) => string,
    /** Lets the index answer for items listed in an earlier session (their URLs live in the index file). */
    private readonly resolver: ThumbUrlResolver = () => undefined,
    options: ThumbServiceOptions = {},
  ) {
    this.cache = new ThumbCache(cacheDir, options.cacheLimitBytes ?? DEFAULT_THUMB_CACHE_BYTES);
  }

  remember(accountId: string, mediaId: string, url: string): void {
    this.urls.set(key(accountId, mediaId), url);
  }

  forget(accountId: string, mediaId: string): void {
    this.urls.delete(key(accountId, mediaId));
  }

  has(accountId: string, mediaId: string): boolean {
    return this.urlOf(accountId, mediaId) !== undefined;
  }

  private urlOf(accountId: string, mediaId: string): string | undefined {
    return this.urls.get(key(accountId, mediaId)) ?? this.resolver(accountId, mediaId);
  }

  /**
   * The item's grid thumbnail (JPEG or WebP), made once; null when the item has no known image URL or
   * the picture cannot be decoded (the card then shows its type glyph).
   */
  get(accountId: string, mediaId: string): Promise<ThumbFile | null> {
    return this.once(accountId, mediaId, 'thumb', async (source) => {
      const thumb = await makeThumbnail(source);
      return thumb?.bytes ?? null;
    });
  }

  /** The picture at the remembered URL, unchanged (article-body pictures for the editor). */
  original(accountId: string, key: string): Promise<ThumbFile | null> {
    return this.once(accountId, key, 'bin', (source) => Promise.resolve(source));
  }

  cacheInfo(): Promise<ThumbCacheInfo> {
    return this.cache.info();
  }

  clearCache(): Promise<void> {
    return this.cache.clear();
  }

  private once(
    accountId: string,
    mediaId: string,
    ext: 'thumb' | 'bin',
    derive: (source: Buffer) => Promise<Buffer | null>,
  ): Promise<ThumbFile | null> {
    const id = `${key(accountId, mediaId)}.${ext}`;
    let pending = this.inFlight.get(id);
    if (!pending) {
      pending = this.load(accountId, mediaId, id, derive).finally(() => this.inFlight.delete(id));
      this.inFlight.set(id, pending);
    }
    return pending;
  }

  private async load(
    accountId: string,
    mediaId: string,
    fileName: string,
    derive: (source: Buffer) => Promise<Buffer | null>,
  ): Promise<ThumbFile | null> {
    const file = await this.cacheFile(accountId, fileName);
    let bytes = await this.cache.read(file);
    if (!bytes) {
      bytes = await this.limitSources(async () => {
        const source = await this.fetch(accountId, mediaId);
        return source ? derive(source) : null;
      });
      if (!bytes) return null;
      await this.cache.write(file, bytes);
    }
    const contentType = MIME[sniffFormat(bytes.subarray(0, 64))];
    return contentType ? { bytes, contentType } : null;
  }

  /** Deletes an account's cached thumbnails (the account was removed, or now names another AppID). */
  async forgetAccount(accountId: string): Promise<void> {
    await rm(await containedPath(this.cacheDir, idFileName(accountId)), { recursive: true, force: true });
  }

  /**
   * Where a cached file lives: `<cache>/<account>/<hash of account and media_id>.<thumb|bin>`, built by
   * containedPath (electron/core/fs/contained-path.ts), so no id ever becomes a path piece of its own.
   */
  private cacheFile(accountId: string, fileName: string): Promise<string> {
    return containedPath(this.cacheDir, idFileName(accountId), fileName);
  }

  private async fetch(accountId: string, mediaId: string): Promise<Buffer | null> {
    const url = this.urlOf(accountId, mediaId);
    if (!url) return null;
    // Only WeChat's CDN names and the account's own API base host, no redirects, capped while reading
    // (electron/core/net/bounded-fetch.ts); any failure just leaves the card without a picture.
    const fetched = await fetchBounded(url, {
      policy: wechatMedia(this.apiBaseOf(accountId)),
      maxBytes: MAX_SOURCE_BYTES,
      deadlineMs: THUMB_DEADLINE_MS,
    }).catch(() => null);
    return fetched?.bytes ?? null;
  }
}

function key(accountId: string, mediaId: string): string {
  return createHash('sha256').update(`${accountId}\n${mediaId}`).digest('hex').slice(0, 40);
}
