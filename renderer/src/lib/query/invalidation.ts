/**
 * Every rule for when cached server state is out of date, in one place: the main process's events
 * (library:changed, uploads:progress) and our own calls that change something (a sync that listed,
 * a saved or published draft) both come here. The articles feature has no events yet
 * (electron/shared/features/articles.channels.ts declares none); its changes are our own calls.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { BridgeApi } from '@shared/bridge';
import type { LibrarySyncReport } from '@shared/features/library.channels';
import type { QueueSnapshot } from '@shared/features/uploads.channels';
import { applyProgress, type UploadsProgress } from '../../features/uploads/api/queue-merge';
import { articleKeys, libraryKeys, uploadKeys } from './keys';

/** The account's index changed (an upload, a delete, a sync): every index-backed query re-reads it. */
export function libraryIndexChanged(client: QueryClient, accountId: string): Promise<void> {
  return client.invalidateQueries({ queryKey: libraryKeys.index(accountId) });
}

/** `if-stale` on a fresh index answers [] without listing: nothing changed, so nothing to re-read. */
export function syncReported(client: QueryClient, accountId: string, reports: LibrarySyncReport[]): void {
  if (reports.length > 0) void libraryIndexChanged(client, accountId);
}

/**
 * A queue event: applied to the cached snapshot (newest `rev` wins). Before the first snapshot has
 * arrived the event cannot be applied, so the snapshot is (re)fetched: it is at least as new as the event.
 * A temporary upload that finished adds a row to the temp-media ledger.
 */
export function queueProgressed(client: QueryClient, p: UploadsProgress): void {
  const key = uploadKeys.queue(p.accountId);
  if (client.getQueryData<QueueSnapshot>(key)) {
    client.setQueryData<QueueSnapshot>(key, (s) => (s ? applyProgress(s, p) : s));
  } else {
    void client.invalidateQueries({ queryKey: key });
  }
  if (p.jobs.some((j) => j.mode === 'temporary' && j.status === 'done')) {
    void client.invalidateQueries({ queryKey: uploadKeys.temp(p.accountId) });
  }
}

/** A draft was saved or deleted: the draft box re-lists. */
export function draftsChanged(client: QueryClient, accountId: string): void {
  void client.invalidateQueries({ queryKey: articleKeys.drafts(accountId) });
}

/** A publish job settled: the published list and the draft box (a published draft leaves it) re-list. */
export function publishSettled(client: QueryClient, accountId: string): void {
  void client.invalidateQueries({ queryKey: articleKeys.published(accountId) });
  draftsChanged(client, accountId);
}

/** Subscribes the cache to the main process's events; returns the unsubscribe function. */
export function subscribeServerEvents(client: QueryClient, bridge: Pick<BridgeApi, 'on'>): () => void {
  const offs = [
    bridge.on('library:changed', (e) => void libraryIndexChanged(client, e.accountId)),
    bridge.on('uploads:progress', (p) => queueProgressed(client, p)),
  ];
  return () => {
    for (const off of offs) off();
  };
}
