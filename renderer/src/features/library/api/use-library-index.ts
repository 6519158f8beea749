/**
 * Hooks over the local index: sync (only when stale, or when asked), query pages, summary (counts),
 * and a version that bumps whenever the index may have changed (sync done, library:changed event),
 * so the grid re-queries the index — which costs no API call.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type {
  LibraryKind,
  LibraryKindSummary,
  LibraryQueryResult,
  LibrarySyncReport,
} from '../../../../../electron/shared/features/library.channels';
import { useNotices } from '../../../components/notices-context';
import { api } from '../../../lib/api';
import { settle } from '../../../lib/app-error';
import type { Envelope } from '../../../../../electron/shared/errors';
import { useEnvelopeQuery, type QueryState } from '../../../lib/use-envelope-query';

export type LibrarySort = 'date-desc' | 'date-asc' | 'name-asc' | 'name-desc';

export interface QueryParams {
  kind: LibraryKind;
  text: string;
  from?: number;
  to?: number;
  sort: LibrarySort;
  offset: number;
  limit: number;
}

/** Bumps on every event that may change the index of `accountId`. */
export function useIndexVersion(accountId: string): [number, () => void] {
  const [version, setVersion] = useState(0);
  const bump = useCallback(() => setVersion((v) => v + 1), []);
  useEffect(
    () =>
      api.on('library:changed', (e) => {
        if (e.accountId === accountId) bump();
      }),
    [accountId, bump],
  );
  return [version, bump];
}

export interface SyncState {
  syncing: boolean;
  last: LibrarySyncReport[] | null;
  sync: (mode: 'incremental' | 'full' | 'if-stale') => Promise<void>;
}

/**
 * Syncs `kind` when the view opens it and the index is stale (fresh: no API call at all), and on demand.
 * `onSynced` runs when a sync actually listed something, so the views re-query the index.
 */
export function useLibrarySync(accountId: string, kind: LibraryKind, onSynced: () => void): SyncState {
  const { showError } = useNotices();
  const [manual, setManual] = useState(false);
  const [last, setLast] = useState<LibrarySyncReport[] | null>(null);
  const key = `${accountId}\n${kind}`;
  const [autoDone, setAutoDone] = useState<string | null>(null);
  const doneRef = useRef({ onSynced, showError });
  useEffect(() => {
    doneRef.current = { onSynced, showError };
  });
  const finish = useCallback((env: Envelope<LibrarySyncReport[]>) => {
    if (!env.ok) {
      doneRef.current.showError(env.error);
      return;
    }
    setLast(env.value);
    // `if-stale` on a fresh index answers [] without listing: nothing changed, so no re-query.
    if (env.value.length > 0) doneRef.current.onSynced();
  }, []);

  useEffect(() => {
    let live = true;
    void settle(() => api.librarySync({ accountId, kinds: [kind], mode: 'if-stale' })).then((env) => {
      if (!live) return;
      setAutoDone(`${accountId}\n${kind}`);
      finish(env);
    });
    return () => {
      live = false;
    };
  }, [accountId, kind, finish]);

  const sync = useCallback(
    async (mode: 'incremental' | 'full' | 'if-stale') => {
      setManual(true);
      const env = await settle(() => api.librarySync({ accountId, kinds: [kind], mode }));
      setManual(false);
      finish(env);
    },
    [accountId, kind, finish],
  );
  return { syncing: manual || autoDone !== key, last, sync };
}

export function useLibraryQuery(accountId: string, p: QueryParams, version: number): QueryState<LibraryQueryResult> {
  const { showError } = useNotices();
  const key = JSON.stringify([accountId, p, version]);
  return useEnvelopeQuery(
    key,
    () =>
      api.libraryQuery({
        accountId,
        kinds: [p.kind],
        ...(p.text.trim() ? { text: p.text.trim() } : {}),
        ...(p.from !== undefined ? { from: p.from } : {}),
        ...(p.to !== undefined ? { to: p.to } : {}),
        sort: p.sort,
        offset: p.offset,
        limit: p.limit,
      }),
    showError,
  );
}

export function useLibrarySummary(
  accountId: string,
  version: number,
): QueryState<Record<LibraryKind, LibraryKindSummary>> {
  const { showError } = useNotices();
  return useEnvelopeQuery(JSON.stringify([accountId, version]), () => api.librarySummary({ accountId }), showError);
}

/** Every id matching the current query (select all in view). */
export async function fetchAllIds(accountId: string, p: QueryParams): Promise<string[] | null> {
  const env = await settle(() =>
    api.libraryQuery({
      accountId,
      kinds: [p.kind],
      ...(p.text.trim() ? { text: p.text.trim() } : {}),
      ...(p.from !== undefined ? { from: p.from } : {}),
      ...(p.to !== undefined ? { to: p.to } : {}),
      sort: p.sort,
      offset: 0,
      limit: 1,
      withIds: true,
    }),
  );
  return env.ok ? (env.value.ids ?? []) : null;
}
