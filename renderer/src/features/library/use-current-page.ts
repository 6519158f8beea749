/** The page of cards the paged view shows, with the previous page of the same kind kept (dimmed) while the next loads. */
import { PAGE_SIZE } from './api/use-library';
import { useLibraryPage } from './api/use-library-index';
import { usePrefetchNextPage } from './api/use-prefetch-next-page';
import type { LibraryFilters } from './use-library-filters';

export function useCurrentPage(accountId: string, nav: LibraryFilters) {
  const query = useLibraryPage(accountId, nav.filter, { offset: nav.page * PAGE_SIZE, limit: PAGE_SIZE });
  const data = query.data;
  // A delete can shrink the result under the current page: step back to the last page (adjusting state while rendering).
  const total = query.isPlaceholderData ? undefined : data?.total;
  if (total !== undefined && nav.page > 0 && nav.page * PAGE_SIZE >= total)
    nav.setPage(Math.max(0, Math.ceil(total / PAGE_SIZE) - 1));
  // Only the paged view shows pages; the virtualized views load their own blocks.
  usePrefetchNextPage(accountId, nav.filter, nav.page, nav.view === 'pages' ? total : undefined);
  return {
    data,
    items: data?.items,
    /** The items shown belong to another page still loading. */
    stale: query.isPlaceholderData,
    error: query.error,
    retry: () => void query.refetch(),
  };
}
