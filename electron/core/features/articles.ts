/**
 * Handlers of the articles feature's channels (see electron/shared/features/articles.channels.ts):
 * the draft box, body images (uploadimg, external re-upload), publishing, and the /artimg/ route.
 */
import type { CoreContext } from '../app-core';
import type { FeatureHandlers } from '../ipc/dispatch';
import type { ArticlesChannel } from '@shared/features/articles.channels';
import path from 'node:path';
import { ArticleSourceStores } from '../article-render/article-source-store';
import { rememberSaved, withoutLocalFields, withStoredSources } from '../article-render/draft-sources';
import { createArticleImageRoute } from '../articles/article-image-route';
import { allowedImageHosts } from '../articles/article-rules';
import { PublishIndexer } from '../articles/article-index';
import { DraftJournals } from '../articles/draft-journal';
import { DraftService } from '../articles/draft-service';
import { recoverDraftsAtStart } from '../articles/draft-startup';
import { importImage } from '../articles/image-import';
import { listPublished, publishStatus } from '../articles/publish-service';
import { toAppError } from '../wechat/to-app-error';

export function createArticlesHandlers(ctx: CoreContext): Promise<FeatureHandlers<ArticlesChannel>> {
  ctx.assets.register('artimg', createArticleImageRoute(ctx.thumbs));
  // Saves, deletes and publishes update the account's local index before they answer, so the renderer's
  // re-read after the call (renderer/src/lib/query/invalidation.ts) already sees them.
  // One journal per account, shared by its saves: duplicate-safe draft/add and article-count changes that
  // survive a crash (electron/core/articles/draft-journal.ts).
  const draftJournals = new DraftJournals(path.join(ctx.options.dataDir, 'drafts'), ctx.quarantine);
  const drafts = async (accountId: string) =>
    new DraftService(await ctx.clients.get(accountId), await ctx.indexes.for(accountId), {
      journal: await draftJournals.for(accountId),
    });
  const publishes = new PublishIndexer();
  // Theme and editor source of the articles this app saved (electron/core/article-render/article-source-store.ts).
  const sources = new ArticleSourceStores(path.join(ctx.options.dataDir, 'article-sources'));
  // A removed account (or a new AppID) leaves no pending draft steps or stored sources behind.
  ctx.onForgetAccount(async (accountId) => {
    await draftJournals.forget(accountId);
    await sources.forget(accountId);
  });
  // Other windows (a second browser tab) learn of the change too; this one re-reads after the answer anyway.
  const changed = (accountId: string, type: 'draft' | 'published') => ctx.emit('library:changed', { accountId, type });
  // Saves a crash interrupted are finished in the background; a save of the account waits for it.
  recoverDraftsAtStart({
    journals: draftJournals,
    knownAccounts: ctx.accounts.list().map((a) => a.id),
    serviceFor: drafts,
    log: ctx.log,
    changed: (accountId) => changed(accountId, 'draft'),
  }).catch((err: unknown) => ctx.log.failure('drafts.recover', toAppError(err)));
  return Promise.resolve({
    'articles:config': async ({ accountId }) => ({
      imageHosts: allowedImageHosts((await ctx.clients.get(accountId)).apiBase),
    }),
    'articles:listDrafts': async ({ accountId, offset, count, query }) =>
      (await drafts(accountId)).list(offset, count, query),
    'articles:getDraft': async ({ accountId, mediaId }) =>
      withStoredSources(sources.for(accountId), await (await drafts(accountId)).open(mediaId)),
    'articles:saveDraft': async ({ accountId, ...req }) => {
      const saved = await (await drafts(accountId)).save({ ...req, articles: withoutLocalFields(req.articles) });
      changed(accountId, 'draft');
      // The draft is saved whatever happens here: a failed local write costs only the exact reopen.
      await rememberSaved(sources.for(accountId), req.articles, saved).catch((err: unknown) =>
        ctx.log.failure('articles.remember-source', toAppError(err), { accountId }),
      );
      return saved;
    },
    'articles:deleteDraft': async ({ accountId, mediaId }) => {
      await (await drafts(accountId)).remove(mediaId);
      await sources.for(accountId).forget([mediaId]);
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
    'articles:render': async ({ html, theme }) => {
      // Loaded on first use: initialising MathJax, highlight.js and juice takes about half a second, which
      // would otherwise be added to every start (the bundler keeps a dynamic import lazy).
      const { renderArticle } = await import('../article-render/render-article');
      const rendered = renderArticle(html, theme);
      if (rendered.warnings.length) ctx.log.info('articles.render-math-failed', { formulas: rendered.warnings.length });
      return rendered;
    },
  });
}
