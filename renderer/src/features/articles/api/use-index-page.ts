import { useEffect, useRef, useState } from 'react';
import type { AppErrorPayload } from '../../../../../electron/shared/errors';
import type { LibraryQueryResult } from '../../../../../electron/shared/features/library.channels';
import { articlesApi } from './articles-api';

export const INDEX_PAGE_SIZE = 20;

/**
 * One page of the account's library index (permanent images for the cover picker, legacy 图文 to
 * copy). Pages come from the local index, not from batchget: paging back and forth costs no API
 * call. The index is synced once per mount, and only when stale (an unchanged library: one call).
 */
export function useIndexPage(
  accountId: string,
  kind: 'image' | 'news',
  page: number,
  onError: (e: AppErrorPayload) => void,
): LibraryQueryResult | null {
  const [data, setData] = useState<LibraryQueryResult | null>(null);
  const synced = useRef<Promise<boolean> | null>(null);
  useEffect(() => {
    synced.current = null;
  }, [accountId, kind]);
  useEffect(() => {
    let live = true;
    synced.current ??= articlesApi.syncIfStale(accountId, kind).then((env) => {
      if (!env.ok && live) onError(env.error);
      return env.ok;
    });
    void synced.current
      .then(() => articlesApi.indexPage(accountId, kind, page * INDEX_PAGE_SIZE, INDEX_PAGE_SIZE))
      .then((env) => {
        if (!live) return;
        if (env.ok) setData(env.value);
        else onError(env.error);
      });
    return () => {
      live = false;
    };
  }, [accountId, kind, page, onError]);
  return data;
}
