/** The articles feature's server state: config, the draft box, published articles, and the calls that change them. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ArticleFields } from '@shared/features/articles.channels';
import { useNotices } from '../../../components/notices-context';
import { api } from '../../../lib/api';
import { callBridge } from '../../../lib/query/bridge-call';
import { invalidateAfter } from '../../../lib/query/invalidation';
import { articleKeys } from '../../../lib/query/keys';

export const LIST_PAGE = 20;

/** Which image hosts WeChat accepts in a body (the editor marks the others). */
export function useArticlesConfig(accountId: string) {
  return useQuery({
    queryKey: articleKeys.config(accountId),
    queryFn: () => callBridge(() => api.articlesConfig({ accountId })),
  });
}

export function useDraftPage(accountId: string, page: { offset: number; query: string }) {
  return useQuery({
    queryKey: articleKeys.draftPage(accountId, page),
    queryFn: ({ queryKey }) =>
      callBridge(() =>
        api.articlesListDrafts({
          accountId,
          offset: queryKey[3].offset,
          count: LIST_PAGE,
          ...(queryKey[3].query ? { query: queryKey[3].query } : {}),
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useDeleteDraft(accountId: string) {
  const client = useQueryClient();
  const { showError } = useNotices();
  return useMutation({
    mutationFn: (mediaId: string) => callBridge(() => api.articlesDeleteDraft({ accountId, mediaId })),
    onError: (e) => showError(e.payload),
    onSettled: () => invalidateAfter(client, 'draft-deleted', accountId),
  });
}

export function usePublishedPage(accountId: string, offset: number) {
  return useQuery({
    queryKey: articleKeys.publishedPage(accountId, offset),
    queryFn: ({ queryKey }) =>
      callBridge(() => api.articlesListPublished({ accountId, offset: queryKey[3].offset, count: LIST_PAGE })),
    placeholderData: keepPreviousData,
  });
}

/** Copies a legacy 图文 into new draft fields. */
export function useCopyNews(accountId: string, onCopy: (articles: ArticleFields[]) => void) {
  const { showError } = useNotices();
  return useMutation({
    mutationFn: (mediaId: string) => callBridge(() => api.articlesCopyNews({ accountId, mediaId })),
    onSuccess: (res) => onCopy(res.articles),
    onError: (e) => showError(e.payload),
  });
}

/** Reads one draft to open it in the editor (always fresh: the draft box may be edited elsewhere). */
export function useFetchDraft(accountId: string) {
  const client = useQueryClient();
  return (mediaId: string) =>
    client
      .fetchQuery({
        queryKey: articleKeys.draft(accountId, mediaId),
        queryFn: () => callBridge(() => api.articlesGetDraft({ accountId, mediaId })),
        staleTime: 0,
      })
      // The error is in the banner (ServerStateProvider); the caller only learns there is no draft.
      .catch(() => null);
}
