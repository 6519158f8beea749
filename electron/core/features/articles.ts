/**
 * Handlers of the articles feature's channels (see electron/shared/features/articles.channels.ts).
 */
import type { CoreContext } from '../app-core';
import type { FeatureHandlers } from '../ipc/dispatch';
import type { ArticlesChannel } from '../../shared/features/articles.channels';

export function createArticlesHandlers(ctx: CoreContext): Promise<FeatureHandlers<ArticlesChannel>> {
  void ctx;
  return Promise.resolve({});
}
