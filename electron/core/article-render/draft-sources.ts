/**
 * The articles handler's use of the source store (./article-source-store.ts): record what the editor sent
 * after a save succeeded, and add it back to an opened draft while WeChat's copy is unchanged. Kept out of
 * electron/core/articles/draft-service.ts so the WeChat calls and this local convenience stay apart.
 */
import type { ArticleFields, OpenedDraft, SaveDraftResult } from '@shared/features/articles.channels';
import type { ArticleSourceStore } from './article-source-store';

/** The fields WeChat knows, without the local-only `theme` and `source`. */
export function withoutLocalFields(articles: ArticleFields[]): ArticleFields[] {
  return articles.map((a) => {
    const rest = { ...a };
    delete rest.theme;
    delete rest.source;
    return rest;
  });
}

export async function rememberSaved(
  store: ArticleSourceStore,
  sent: ArticleFields[],
  saved: SaveDraftResult,
): Promise<void> {
  if (saved.replaced) await store.forget([saved.replaced]);
  await store.remember(
    saved.mediaId,
    saved.revision,
    sent.map((a) => ({ theme: a.theme, source: a.source })),
  );
}

export async function withStoredSources(store: ArticleSourceStore, opened: OpenedDraft): Promise<OpenedDraft> {
  const stored = await store.recall(opened.mediaId, opened.revision, opened.articles.length);
  if (!stored) return opened;
  return {
    ...opened,
    articles: opened.articles.map((a, i) => {
      const s = stored[i];
      return {
        ...a,
        ...(s?.theme ? { theme: s.theme } : {}),
        ...(s?.source !== undefined ? { source: s.source } : {}),
      };
    }),
  };
}
