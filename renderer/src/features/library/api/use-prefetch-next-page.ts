/**
 * Paging feels instant when the next page is ready before it is asked for: once a page of the grid is
 * on screen, the next page's rows are read from the local index (no API call) and its thumbnails are
 * requested, so the browser's cache holds them. Bounded: one page ahead, at most PAGE_SIZE pictures,
 * started after a short pause so the current page's own thumbnails go first.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { thumbUrl } from '../../../lib/thumb';
import { libraryPageQuery, type IndexFilter } from './use-library-index';
import { PAGE_SIZE } from './use-library';

const PREFETCH_DELAY_MS = 300;
/** A prefetched page counts as fresh this long, so going back and forth does not re-read it each time. */
const PREFETCH_STALE_MS = 30_000;

export function usePrefetchNextPage(
  accountId: string,
  filter: IndexFilter,
  page: number,
  /** Matches of the current filter; undefined while the current page loads. */
  total: number | undefined,
): void {
  const client = useQueryClient();
  // The Image objects are held until the next prefetch so their requests are not dropped with them.
  const held = useRef<HTMLImageElement[]>([]);
  useEffect(() => {
    if (total === undefined || (page + 1) * PAGE_SIZE >= total) return undefined;
    let cancelled = false;
    const query = libraryPageQuery(accountId, filter, { offset: (page + 1) * PAGE_SIZE, limit: PAGE_SIZE });
    const timer = setTimeout(() => {
      client
        .fetchQuery({ ...query, staleTime: PREFETCH_STALE_MS })
        .then((next) => {
          if (cancelled) return;
          held.current = next.items
            .filter((item) => item.hasThumb)
            .slice(0, PAGE_SIZE)
            .map((item) => {
              const img = new Image();
              img.decoding = 'async';
              img.src = thumbUrl(accountId, item.mediaId);
              return img;
            });
        })
        // A failed read ahead is not an error to show: the page reads again when it is opened.
        .catch(() => undefined);
    }, PREFETCH_DELAY_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [client, accountId, filter, page, total]);
}
