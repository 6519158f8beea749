/**
 * Handlers of the thumbnail cache feature (electron/shared/features/thumbs.channels.ts): the cache's
 * size and bound, and clearing it (the work is in electron/core/thumbs/thumb-cache.ts).
 */
import type { CoreContext } from '../app-core';
import type { FeatureHandlers } from '../ipc/dispatch';
import type { ThumbsChannel } from '@shared/features/thumbs.channels';

export function createThumbsHandlers(ctx: CoreContext): Promise<FeatureHandlers<ThumbsChannel>> {
  return Promise.resolve({
    'thumbs:cacheInfo': () => ctx.thumbs.cacheInfo(),
    'thumbs:clearCache': async () => {
      await ctx.thumbs.clearCache();
      return ctx.thumbs.cacheInfo();
    },
  });
}
