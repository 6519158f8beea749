import { useLibraryPage, useStaleCheck } from '../../library/api/use-library-index';

export const INDEX_PAGE_SIZE = 20;

/**
 * One page of the account's library index (permanent images for the cover picker, legacy 图文 to
 * copy), optionally only those whose name matches `text`. Pages come from the local index, not from batchget: paging back and forth costs no API
 * call. The index is checked when the list opens, and synced only when stale (unchanged: one call);
 * the page is read once that check is over, whatever its outcome (its error is in the banner).
 */
export function useIndexPage(accountId: string, kind: 'image' | 'news', page: number, text = '') {
  const check = useStaleCheck(accountId, kind);
  const result = useLibraryPage(
    accountId,
    // `text` searches names like the library's search box (electron/core/index/, no API call).
    { kind, text, sort: 'date-desc' },
    { offset: page * INDEX_PAGE_SIZE, limit: INDEX_PAGE_SIZE },
    { enabled: !check.isPending },
  );
  return result.data ?? null;
}
