/**
 * Rows of the whole query result for the virtualized list, fetched lazily in blocks of 200 from
 * the index (no API call) as the user scrolls. A new query or index version drops the cache.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { LibraryItem } from '../../../../../electron/shared/features/library.channels';
import { api } from '../../../lib/api';
import { settle } from '../../../lib/app-error';
import type { QueryParams } from './use-library-index';

export const BLOCK = 200;

export function useQueryBlocks(accountId: string, params: Omit<QueryParams, 'offset' | 'limit'>, version: number) {
  const key = JSON.stringify([accountId, params, version]);
  const blocks = useRef(new Map<number, LibraryItem[]>());
  const pending = useRef(new Set<number>());
  const [counted, setCounted] = useState<{ key: string; total: number } | null>(null);
  const [, setTick] = useState(0);
  const keyRef = useRef(key);

  const load = useCallback((block: number) => {
    if (blocks.current.has(block) || pending.current.has(block)) return;
    pending.current.add(block);
    const forKey = keyRef.current;
    const p = JSON.parse(forKey) as [string, Omit<QueryParams, 'offset' | 'limit'>, number];
    void settle(() =>
      api.libraryQuery({
        accountId: p[0],
        kinds: [p[1].kind],
        ...(p[1].text.trim() ? { text: p[1].text.trim() } : {}),
        ...(p[1].from !== undefined ? { from: p[1].from } : {}),
        ...(p[1].to !== undefined ? { to: p[1].to } : {}),
        sort: p[1].sort,
        offset: block * BLOCK,
        limit: BLOCK,
      }),
    ).then((env) => {
      if (keyRef.current !== forKey) return;
      pending.current.delete(block);
      if (!env.ok) return;
      blocks.current.set(block, env.value.items);
      setCounted({ key: forKey, total: env.value.total });
      setTick((t) => t + 1);
    });
  }, []);

  useEffect(() => {
    keyRef.current = key;
    blocks.current = new Map();
    pending.current = new Set();
    load(0);
  }, [key, load]);

  const row = useCallback(
    (index: number): LibraryItem | undefined => {
      const block = Math.floor(index / BLOCK);
      const items = blocks.current.get(block);
      if (!items) {
        load(block);
        return undefined;
      }
      return items[index - block * BLOCK];
    },
    [load],
  );

  return { total: counted?.key === key ? counted.total : undefined, row };
}
