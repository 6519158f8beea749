/**
 * Thumbnail cache feature: how much disk the grid's thumbnails take and a way to empty it (zod-free,
 * so the preload can list the channels). The cache is one folder for every account, bounded with LRU
 * eviction (electron/core/thumbs/thumb-cache.ts); clearing it only costs re-making thumbnails.
 */
export const THUMBS_CHANNELS = ['thumbs:cacheInfo', 'thumbs:clearCache'] as const;
export type ThumbsChannel = (typeof THUMBS_CHANNELS)[number];

export interface ThumbCacheSummary {
  /** Bytes the cached files take now. */
  bytes: number;
  /** Number of cached files. */
  count: number;
  /** The bound: beyond it the least recently shown thumbnails are deleted. */
  limitBytes: number;
}

export interface ThumbsResponses {
  'thumbs:cacheInfo': ThumbCacheSummary;
  /** The cache after clearing (normally empty). */
  'thumbs:clearCache': ThumbCacheSummary;
}
