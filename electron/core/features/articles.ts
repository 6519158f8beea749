/**
 * Handlers of the articles feature's channels (see electron/shared/features/articles.channels.ts):
 * the draft box, body images (uploadimg, external re-upload), publishing, and the /artimg/ route.
 */
import type { CoreContext } from '../app-core';
import type { FeatureHandlers } from '../ipc/dispatch';
import type { ArticlesChannel } from '@shared/features/articles.channels';
import { createArticleImageRoute } from '../articles/article-image-route';
import { allowedImageHosts } from '../articles/article-rules';
import { PublishIndexer } from '../articles/article-index';
import { DraftService } from '../articles/draft-service';
import { importImage } from '../articles/image-import';
import { listPublished, publishStatus } from '../articles/publish-service';
import { toAppError } from '../wechat/to-app-error';

export function createArticlesHandlers(ctx: CoreContext): Promise<FeatureHandlers<ArticlesChannel>> {
  ctx.assets.register('artimg', createArticleImageRoute(ctx.thumbs));
  // Saves, deletes and publishes update the account's local index before they answer, so the renderer's
  // re-read after the call (renderer/src/lib/query/invalidation.ts) already sees them.
  const drafts = async (accountId: string) =>
    new DraftService(await ctx.clients.get(accountId), await ctx.indexes.for(accountId));
  const publishes = new PublishIndexer();
  // Other windows (a second browser tab) learn of the change too; this one re-reads after the answer anyway.
  const changed = (accountId: string, type: 'draft' | 'published') => ctx.emit('library:changed', { accountId, type });
  return Promise.resolve({
    'articles:config': async ({ accountId }) => ({
      imageHosts: allowedImageHosts((await ctx.clients.get(accountId)).apiBase),
    }),
    'articles:listDrafts': async ({ accountId, offset, count, query }) =>
      (await drafts(accountId)).list(offset, count, query),
    'articles:getDraft': async ({ accountId, mediaId }) => (await drafts(accountId)).open(mediaId),
    'articles:saveDraft': async ({ accountId, ...req }) => {
      const saved = await (await drafts(accountId)).save(req);
      changed(accountId, 'draft');
      return saved;
    },
    'articles:deleteDraft': async ({ accountId, mediaId }) => {
      await (await drafts(accountId)).remove(mediaId);
      changed(accountId, 'draft');
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
      publishes.submittedDraft(await ctx.indexes.for(accountId), publishId, mediaId);
      changed(accountId, 'draft');
      return { publishId };
    },
    'articles:publishStatus': async ({ accountId, publishId }) => {
      const client = await ctx.clients.get(accountId);
      const status = await publishStatus(client, publishId);
      if (status.state === 'published' && status.articleId) {
        // The status is the answer; recording the article is best effort (the next sync lists it anyway).
        await publishes
          .published(await ctx.indexes.for(accountId), client, publishId, status.articleId)
          .then((added) => added && changed(accountId, 'published'))
          .catch((err: unknown) => ctx.log.failure('articles.index-publish', toAppError(err), { accountId }));
      }
      return status;
    },
    'articles:listPublished': async ({ accountId, offset, count }) =>
      listPublished(await ctx.clients.get(accountId), offset, count),
  });
}
