/**
 * Handlers of the articles feature's channels (see electron/shared/features/articles.channels.ts):
 * the draft box, body images (uploadimg, external re-upload), publishing, and the /artimg/ route.
 */
import type { CoreContext } from '../app-core';
import type { FeatureHandlers } from '../ipc/dispatch';
import type { ArticlesChannel } from '@shared/features/articles.channels';
import { createArticleImageRoute } from '../articles/article-image-route';
import { allowedImageHosts } from '../articles/article-rules';
import { DraftService } from '../articles/draft-service';
import { importImage } from '../articles/image-import';
import { listPublished, publishStatus } from '../articles/publish-service';

export function createArticlesHandlers(ctx: CoreContext): Promise<FeatureHandlers<ArticlesChannel>> {
  ctx.assets.register('artimg', createArticleImageRoute(ctx.thumbs));
  const drafts = async (accountId: string) => new DraftService(await ctx.clients.get(accountId));
  return Promise.resolve({
    'articles:config': async ({ accountId }) => ({
      imageHosts: allowedImageHosts((await ctx.clients.get(accountId)).apiBase),
    }),
    'articles:listDrafts': async ({ accountId, offset, count, query }) =>
      (await drafts(accountId)).list(offset, count, query),
    'articles:getDraft': async ({ accountId, mediaId }) => (await drafts(accountId)).open(mediaId),
    'articles:saveDraft': async ({ accountId, ...req }) => (await drafts(accountId)).save(req),
    'articles:deleteDraft': async ({ accountId, mediaId }) => {
      await (await drafts(accountId)).remove(mediaId);
      return { deleted: true as const };
    },
    'articles:copyNews': async ({ accountId, mediaId }) => ({
      articles: await (await drafts(accountId)).copyNews(mediaId),
    }),
    'articles:uploadImage': async ({ accountId, file }) => {
      const client = await ctx.clients.get(accountId);
      const staged = ctx.staging.resolve(file);
      // uploadImg validates first (JPG/PNG, < 1 MB, by content) so a bad file costs no call. The staged copy
      // goes either way: a refused picture is re-picked, not retried.
      try {
        const { url } = await client.media.uploadImg(staged.path, { name: staged.name });
        return { url };
      } finally {
        await ctx.staging.release(file);
      }
    },
    'articles:importImage': async ({ accountId, url }) => {
      const client = await ctx.clients.get(accountId);
      return importImage(client, allowedImageHosts(client.apiBase), url);
    },
    'articles:publish': async ({ accountId, mediaId }) => {
      const client = await ctx.clients.get(accountId);
      const { publishId } = await client.publish.submit(mediaId);
      return { publishId };
    },
    'articles:publishStatus': async ({ accountId, publishId }) =>
      publishStatus(await ctx.clients.get(accountId), publishId),
    'articles:listPublished': async ({ accountId, offset, count }) =>
      listPublished(await ctx.clients.get(accountId), offset, count),
  });
}
