/**
 * Item details for the preview pane, and the `preview/<account>/<media>` asset route that brings
 * image, voice and video bytes to the page on our own origin (the renderer never loads mmbiz URLs).
 * A few recent previews stay in memory so replaying a voice does not spend get_material quota again.
 */
import type { LibraryDetail, LibraryItem } from '@shared/features/library.channels';
import { mediaRoute, type AssetResponse, type AssetRoute } from '../assets';
import type { IndexRegistry } from '../index/index-registry';
import type { IndexedItem } from '../index/index-types';
import { fetchBounded } from '../net/bounded-fetch';
import { wechatVideo } from '../net/host-policy';
import type { ThumbService } from '../thumbs/thumb-service';
import type { WeChatClient } from '../wechat/client';
import { articlesOf, previewType } from './item-files';

const CACHE_SIZE = 8;
const MAX_PREVIEW_BYTES = 32 * 1024 * 1024;
/** 32 MB at a slow 1 MB/s, plus slack; a trickling CDN answer cannot hold the preview longer. */
const PREVIEW_DEADLINE_MS = 60_000;

export function toLibraryItem(accountId: string, item: IndexedItem, thumbs: ThumbService): LibraryItem {
  return {
    mediaId: item.id,
    kind: item.kind,
    name: item.name,
    updateTime: item.updateTime,
    hasThumb: Boolean(item.thumbUrl) || thumbs.has(accountId, item.id),
    ...(item.titles ? { titles: item.titles } : {}),
    ...(item.authors ? { authors: item.authors } : {}),
  };
}

export function previewPath(accountId: string, mediaId: string): string {
  return `preview/${encodeURIComponent(accountId)}/${encodeURIComponent(mediaId)}`;
}

export async function itemDetail(
  client: WeChatClient,
  accountId: string,
  item: IndexedItem,
  thumbs: ThumbService,
): Promise<LibraryDetail> {
  const base: LibraryDetail = { item: toLibraryItem(accountId, item, thumbs), previewUrl: null };
  switch (item.kind) {
    case 'image':
      return { ...base, previewUrl: previewPath(accountId, item.id), ...(item.thumbUrl ? { url: item.thumbUrl } : {}) };
    case 'voice':
      return { ...base, previewUrl: previewPath(accountId, item.id) };
    case 'video': {
      const got = await client.material.get(item.id);
      if (got.kind !== 'video') return base;
      return {
        ...base,
        previewUrl: previewPath(accountId, item.id),
        url: got.downUrl,
        title: got.title,
        description: got.description,
      };
    }
    default: {
      const articles = await articlesOf(client, item);
      return {
        ...base,
        articles: articles.map((a) => ({
          title: a.title,
          author: a.author,
          digest: a.digest,
          html: a.content,
          ...(a.url ? { url: a.url } : {}),
        })),
      };
    }
  }
}

/**
 * The `preview` asset route: bytes of an indexed image, voice or video. AssetRoutes hands it validated
 * ids only, and it answers only for items the account's index recorded (nothing touches the disk).
 */
export function createPreviewRoute(
  indexes: IndexRegistry,
  clientFor: (accountId: string) => Promise<WeChatClient>,
): AssetRoute {
  const cache = new Map<string, AssetResponse>();
  return mediaRoute(async ({ accountId, id: mediaId }) => {
    const key = `${accountId}\n${mediaId}`;
    const hit = cache.get(key);
    if (hit) return hit;
    const item = (await indexes.for(accountId)).find(mediaId);
    if (!item || !['image', 'voice', 'video'].includes(item.kind)) return null;
    const client = await clientFor(accountId);
    const got1 = await client.material.get(mediaId);
    let response: AssetResponse | null = null;
    if (got1.kind === 'file') response = { body: new Uint8Array(got1.data), contentType: got1.contentType };
    else if (got1.kind === 'video' && got1.downUrl) {
      const body = await downloadVideoPreview(client.apiBase, got1.downUrl);
      if (!body) return null;
      response = { body: new Uint8Array(body), contentType: previewType(body, 'video/mp4') };
    }
    if (!response) return null;
    cache.set(key, response);
    if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
    return response;
  });
}

/**
 * A video's down_url, fetched into memory for the preview; null when it is refused, fails or is too large
 * to keep. Through the bounded fetch (electron/core/net/bounded-fetch.ts) with the WeChat-media policy:
 * WeChat's CDN or the account's API base host only, every redirect re-checked, the cap enforced while
 * reading, one total deadline.
 */
export async function downloadVideoPreview(apiBase: string, downUrl: string): Promise<Buffer | null> {
  const fetched = await fetchBounded(downUrl, {
    policy: wechatVideo(apiBase),
    maxBytes: MAX_PREVIEW_BYTES,
    deadlineMs: PREVIEW_DEADLINE_MS,
    maxRedirects: 3,
  }).catch(() => null);
  return fetched?.bytes ?? null;
}
