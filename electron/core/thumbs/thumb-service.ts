/**
 * Thumbnails for the library grid. mmbiz image URLs are hotlink-protected outside Tencent domains
 * and the renderer's CSP forbids them anyway, so the main process fetches them itself, without a
 * Referer, caches the bytes on disk and serves them on our own origin (`/thumb/<account>/<media>`).
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from '../fs/atomic-write';
import { containedPath } from '../fs/contained-path';
import { idFileName } from '../fs/id-file-name';
import { sniffFormat } from '../files/sniff';
import { fetchBounded } from '../net/bounded-fetch';
import { wechatMedia } from '../net/host-policy';
import { shrinkPng } from './png-downscale';

const MAX_THUMB_BYTES = 10 * 1024 * 1024;
/** One thumbnail, start to end: a stalled CDN answer must not hold a grid card forever. */
const THUMB_DEADLINE_MS = 20_000;
/** Longer side of a cached thumbnail (grid cards are ~190 px wide; 2× for dense screens). */
export const THUMB_MAX_SIDE = 384;

const MIME: Record<string, string> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  bmp: 'image/bmp',
};

export interface ThumbFile {
  bytes: Buffer;
  contentType: string;
}

/** Looks up an item's image URL elsewhere (the library index) when it was not remembered in this session. */
export type ThumbUrlResolver = (accountId: string, mediaId: string) => string | undefined;

export class ThumbService {
  private readonly urls = new Map<string, string>();

  constructor(
    private readonly cacheDir: string,
    /** The API base of an account, whose host may also serve images (relay, emulator). */
    private readonly apiBaseOf: (accountId: string) => string,
    /** Lets the index answer for items listed in an earlier session (their URLs live in the index file). */
    private readonly resolver: ThumbUrlResolver = () => undefined,
  ) {}

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

  /** The cached image, fetched once; null when the item has no known image URL or it is not an image. */
  async get(accountId: string, mediaId: string): Promise<ThumbFile | null> {
    const file = await this.cacheFile(accountId, mediaId);
    const cached = await stat(file)
      .then(() => readFile(file))
      .catch(() => null);
    const bytes = cached ?? (await this.fetch(accountId, mediaId, file));
    if (!bytes) return null;
    const format = sniffFormat(bytes.subarray(0, 64));
    const contentType = MIME[format];
    return contentType ? { bytes, contentType } : null;
  }

  /**
   * Where an item's thumbnail lives: `<cache>/<account>/<hash of account and media_id>.bin`, built by
   * containedPath (electron/core/fs/contained-path.ts), so no id ever becomes a path piece of its own.
   */
  private cacheFile(accountId: string, mediaId: string): Promise<string> {
    return containedPath(this.cacheDir, idFileName(accountId), `${key(accountId, mediaId)}.bin`);
  }

  private async fetch(accountId: string, mediaId: string, file: string): Promise<Buffer | null> {
    const url = this.urlOf(accountId, mediaId);
    if (!url) return null;
    // Only WeChat's CDN names and the account's own API base host, no redirects, capped while reading
    // (electron/core/net/bounded-fetch.ts); any failure just leaves the card without a picture.
    const fetched = await fetchBounded(url, {
      policy: wechatMedia(this.apiBaseOf(accountId)),
      maxBytes: MAX_THUMB_BYTES,
      deadlineMs: THUMB_DEADLINE_MS,
    }).catch(() => null);
    if (!fetched) return null;
    const body = fetched.bytes;
    // PNGs are decoded and downsized here (pure JS + node:zlib); JPEG/GIF/BMP keep their bytes (no decoder without native modules).
    const bytes = sniffFormat(body.subarray(0, 64)) === 'png' ? (shrinkPng(body, THUMB_MAX_SIDE) ?? body) : body;
    await mkdir(path.dirname(file), { recursive: true });
    await writeFileAtomic(file, bytes, 0o600);
    return bytes;
  }
}

function key(accountId: string, mediaId: string): string {
  return createHash('sha256').update(`${accountId}\n${mediaId}`).digest('hex').slice(0, 40);
}
