/**
 * Thumbnails for the library grid. mmbiz image URLs are hotlink-protected outside Tencent domains
 * and the renderer's CSP forbids them anyway, so the main process fetches them itself, without a
 * Referer, caches the bytes on disk and serves them on our own origin (`/thumb/<account>/<media>`).
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import got from 'got';
import { writeFileAtomic } from '../fs/atomic-write';
import { sniffFormat } from '../files/sniff';
import { shrinkPng } from './png-downscale';

/** Hosts a thumbnail may come from: WeChat's CDN, plus the account's own API base (relay/emulator). */
const CDN_HOSTS = ['mmbiz.qpic.cn', 'mmbiz.qlogo.cn', 'mmecoa.qpic.cn'];
const MAX_THUMB_BYTES = 10 * 1024 * 1024;
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
  private resolver: ThumbUrlResolver | null = null;

  constructor(
    private readonly cacheDir: string,
    /** The API base of an account, whose host may also serve images (relay, emulator). */
    private readonly apiBaseOf: (accountId: string) => string,
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

  /** Lets the index answer for items listed in an earlier session (their URLs live in the index file). */
  setResolver(resolver: ThumbUrlResolver): void {
    this.resolver = resolver;
  }

  private urlOf(accountId: string, mediaId: string): string | undefined {
    return this.urls.get(key(accountId, mediaId)) ?? this.resolver?.(accountId, mediaId);
  }

  /** The cached image, fetched once; null when the item has no known image URL or it is not an image. */
  async get(accountId: string, mediaId: string): Promise<ThumbFile | null> {
    const file = path.join(this.cacheDir, safeSegment(accountId), `${key(accountId, mediaId)}.bin`);
    const cached = await stat(file)
      .then(() => readFile(file))
      .catch(() => null);
    const bytes = cached ?? (await this.fetch(accountId, mediaId, file));
    if (!bytes) return null;
    const format = sniffFormat(bytes.subarray(0, 64));
    const contentType = MIME[format];
    return contentType ? { bytes, contentType } : null;
  }

  private async fetch(accountId: string, mediaId: string, file: string): Promise<Buffer | null> {
    const url = this.urlOf(accountId, mediaId);
    if (!url || !this.isAllowed(accountId, url)) return null;
    // No Referer, no cookies: mmbiz answers a "not allowed" placeholder when a foreign Referer is sent.
    const response = await got(url, {
      responseType: 'buffer',
      headers: { referer: undefined, 'user-agent': 'SucaiDesk' },
      timeout: { connect: 5_000, response: 10_000, socket: 10_000 },
      retry: { limit: 1 },
      throwHttpErrors: false,
      strictContentLength: true,
      followRedirect: false,
    }).catch(() => null);
    if (!response || response.statusCode !== 200 || response.body.length > MAX_THUMB_BYTES) return null;
    // PNGs are decoded and downsized here (pure JS + node:zlib); JPEG/GIF/BMP keep their bytes (no decoder without native modules).
    const bytes =
      sniffFormat(response.body.subarray(0, 64)) === 'png'
        ? (shrinkPng(response.body, THUMB_MAX_SIDE) ?? response.body)
        : response.body;
    await mkdir(path.dirname(file), { recursive: true });
    await writeFileAtomic(file, bytes, 0o600);
    return bytes;
  }

  private isAllowed(accountId: string, raw: string): boolean {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      return false;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
    if (CDN_HOSTS.includes(url.hostname)) return true;
    return url.host === new URL(this.apiBaseOf(accountId)).host;
  }
}

function key(accountId: string, mediaId: string): string {
  return createHash('sha256').update(`${accountId}\n${mediaId}`).digest('hex').slice(0, 40);
}

function safeSegment(s: string): string {
  return s.replace(/[^A-Za-z0-9_-]/g, '_');
}
