/**
 * Item details for the preview pane. The `preview/<account>/<media>` asset route that brings image,
 * voice and video bytes to the page on our own origin (the renderer never loads mmbiz URLs) is
 * preview-route.ts, streamed from the preview cache (preview-cache.ts).
 */
import type { LibraryDetail, LibraryItem, LibraryUsedIn } from '@shared/features/library.channels';
import type { IndexedItem } from '../index/index-types';
import type { ThumbService } from '../thumbs/thumb-service';
import type { WeChatClient } from '../wechat/client';
import { articlesOf } from './item-files';

/** `usedIn`: where the material is used (electron/core/library/used-in.ts), when it is. */
export function toLibraryItem(
  accountId: string,
  item: IndexedItem,
  thumbs: ThumbService,
  usedIn?: LibraryUsedIn,
): LibraryItem {
  return {
    mediaId: item.id,
    kind: item.kind,
    name: item.name,
    updateTime: item.updateTime,
    hasThumb: Boolean(item.thumbUrl) || thumbs.has(accountId, item.id),
    ...(item.titles ? { titles: item.titles } : {}),
    ...(item.authors ? { authors: item.authors } : {}),
    ...(usedIn ? { usedIn } : {}),
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
  usedIn?: LibraryUsedIn,
): Promise<LibraryDetail> {
  const base: LibraryDetail = { item: toLibraryItem(accountId, item, thumbs, usedIn), previewUrl: null };
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
