/**
 * The `preview/<account>/<media>` asset route: an indexed image, voice or video, served from a file in
 * the preview cache (preview-cache.ts) so the media element can ask for byte ranges and seek
 * (electron/core/assets.ts). AssetRoutes hands it validated ids only, and it answers only for items the
 * account's index recorded; the cached file lives in a folder derived from those ids (contained-path.ts).
 */
import { mediaRoute, type AssetRoute } from '../assets';
import type { IndexRegistry } from '../index/index-registry';
import type { WeChatClient } from '../wechat/client';
import { saveItem } from './item-files';
import { PreviewCache } from './preview-cache';

const PREVIEWABLE = new Set(['image', 'voice', 'video']);

export function createPreviewRoute(
  indexes: IndexRegistry,
  clientFor: (accountId: string) => Promise<WeChatClient>,
  cache: PreviewCache,
): AssetRoute {
  return mediaRoute(async ({ accountId, id: mediaId }) => {
    const item = (await indexes.for(accountId)).find(mediaId);
    if (!item || !PREVIEWABLE.has(item.kind)) return null;
    // Image and voice stream from get_material to disk; a video's down_url through the bounded fetch
    // (WeChat's hosts only, size cap while reading) — the same code that saves an item (item-files.ts).
    const cached = await cache.get(accountId, mediaId, async (dir) => saveItem(await clientFor(accountId), item, dir));
    return cached ? { file: cached.file, contentType: cached.contentType } : null;
  });
}
