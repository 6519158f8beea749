/**
 * Rows of the whole query result for the virtualized views, read lazily from the index (no API call)
 * in blocks of 200: one query per block the views have asked for, so an index change re-reads only
 * those blocks (in the background, keeping the rows on screen) and a block is never fetched twice.
 */
import { hashKey, useQueries } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { LibraryItem } from '@shared/features/library.channels';
import { api } from '../../../lib/api';
import { callBridge } from '../../../lib/query/bridge-call';
import { libraryKeys, type IndexFilter } from '../../../lib/query/keys';
import { indexRequest } from './index-request';

export const BLOCK = 200;

export function useIndexBlocks(accountId: string, filter: IndexFilter) {
  const scope = hashKey(libraryKeys.block(accountId, filter, 0));
  // Blocks asked for under the current filter; a new filter starts again from block 0.
  const [asked, setAsked] = useState<{ scope: string; blocks: readonly number[] }>({ scope, blocks: [0] });
  const blocks = asked.scope === scope ? asked.blocks : [0];
  const missing = useRef(new Set<number>());

  const results = useQueries({
    queries: blocks.map((block) => ({
      queryKey: libraryKeys.block(accountId, filter, block),
      queryFn: () =>
        callBridge(() => api.libraryQuery(indexRequest(accountId, filter, { offset: block * BLOCK, limit: BLOCK }))),
      staleTime: Infinity,
      // As before this split: a block that fails stays a skeleton row; the page view shows index errors.
      meta: { notify: false },
    })),
  });
  const loaded = new Map<number, LibraryItem[]>();
  let total: number | undefined;
  let newest = -1;
  results.forEach((r, i) => {
    const block = blocks[i];
    if (!r.data || block === undefined) return;
    loaded.set(block, r.data.items);
    if (r.dataUpdatedAt > newest) {
      newest = r.dataUpdatedAt;
      total = r.data.total;
    }
  });

  // Rows asked for while rendering are noted, and their blocks requested after the render. It runs
  // after every render on purpose: which rows a render asked for is known only once it is done, and
  // setAsked returns the same state when nothing is new, so it settles.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => {
    if (missing.current.size === 0) return;
    const more = [...missing.current];
    missing.current.clear();
    setAsked((prev) => {
      const have = prev.scope === scope ? prev.blocks : [0];
      const add = more.filter((b) => !have.includes(b));
      return add.length === 0 && prev.scope === scope ? prev : { scope, blocks: [...have, ...add] };
    });
  });

  const row = (index: number): LibraryItem | undefined => {
    const block = Math.floor(index / BLOCK);
    const items = loaded.get(block);
    if (!items) {
      missing.current.add(block);
      return undefined;
    }
    return items[index - block * BLOCK];
  };
  return { total, row };
}
