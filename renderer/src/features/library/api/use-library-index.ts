/**
 * Hooks over the local index: the stale check when a kind opens, sync on demand, pages, the summary
 * (counts) and every matching id. Index reads cost no API call: a page seen before shows at once from
 * the cache and is re-read in the background when shown again; events and syncs invalidate them
 * (lib/query/invalidation.ts).
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { LibraryKind } from '@shared/features/library.channels';
import { useNotices } from '../../../components/notices-context';
import { api } from '../../../lib/api';
import { callBridge } from '../../../lib/query/bridge-call';
import { syncReported } from '../../../lib/query/invalidation';
import { libraryKeys, type IndexFilter } from '../../../lib/query/keys';
import { indexRequest } from './index-request';

export type { IndexFilter, LibrarySort } from '../../../lib/query/keys';

type SyncMode = 'incremental' | 'full' | 'if-stale';

async function syncKind(client: QueryClient, accountId: string, kind: LibraryKind, mode: SyncMode) {
  const reports = await callBridge(() => api.librarySync({ accountId, kinds: [kind], mode }));
  syncReported(client, accountId, reports);
  return reports;
}

/** Brings the index of `kind` up to date if it is stale, each time a view opens it (fresh: no API call). */
export function useStaleCheck(accountId: string, kind: LibraryKind) {
  const client = useQueryClient();
  return useQuery({
    queryKey: libraryKeys.staleCheck(accountId, kind),
    queryFn: ({ queryKey }) => syncKind(client, accountId, queryKey[3], 'if-stale'),
  });
}

export interface SyncState {
  syncing: boolean;
  sync: (mode: SyncMode) => void;
}

/**
 * Checks `kind` when the view opens it (a fresh index: no API call at all) and syncs on demand. A sync
 * that listed something invalidates the index reads, so the views re-query the index.
 */
export function useLibrarySync(accountId: string, kind: LibraryKind): SyncState {
  const client = useQueryClient();
  const { showError } = useNotices();
  const check = useStaleCheck(accountId, kind);
  const manual = useMutation({
    mutationFn: (mode: SyncMode) => syncKind(client, accountId, kind, mode),
    onError: (e) => showError(e.payload),
  });
  return { syncing: manual.isPending || check.isFetching, sync: (mode) => manual.mutate(mode) };
}

/** The query of one page of the index (useLibraryPage shows it, use-prefetch-next-page.ts fetches it ahead). */
export function libraryPageQuery(accountId: string, filter: IndexFilter, page: { offset: number; limit: number }) {
  return {
    queryKey: libraryKeys.page(accountId, filter, page),
    queryFn: () => callBridge(() => api.libraryQuery(indexRequest(accountId, filter, page))),
  };
}

/** One page of the index. While the next page of the same kind loads, the previous one stays (`isPlaceholderData`). */
export function useLibraryPage(
  accountId: string,
  filter: IndexFilter,
  page: { offset: number; limit: number },
  options: { enabled?: boolean } = {},
) {
  return useQuery({
    enabled: options.enabled ?? true,
    ...libraryPageQuery(accountId, filter, page),
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[4].kind === filter.kind ? previous : undefined,
  });
}

export function useLibrarySummary(accountId: string) {
  return useQuery({
    queryKey: libraryKeys.summary(accountId),
    queryFn: () => callBridge(() => api.librarySummary({ accountId })),
    placeholderData: keepPreviousData,
  });
}

/** Every id matching the filter (select all in view); null after an error (the banner shows it). */
export function useAllIds(accountId: string) {
  const client = useQueryClient();
  return (filter: IndexFilter): Promise<string[] | null> =>
    client
      .fetchQuery({
        queryKey: libraryKeys.ids(accountId, filter),
        queryFn: ({ queryKey }) =>
          callBridge(() =>
            api.libraryQuery(indexRequest(accountId, queryKey[4], { offset: 0, limit: 1, withIds: true })),
          ),
        staleTime: 0,
      })
      .then(
        (r) => r.ids ?? [],
        () => null,
      );
}
