/**
 * Every rule for when cached server state is out of date, in one place: one table, "action → the
 * views that show its result", used by the main process's events (library:changed, uploads:progress)
 * and by our own calls that change something (a sync, an upload, a delete, a draft save, a publish, a
 * temp fetch). The core keeps its local index true before it answers those calls
 * (electron/core/library/library-service.ts, electron/core/articles/article-index.ts), so re-reading
 * these keys shows the change at once, with no manual 同步.
 */
import type { QueryClient, QueryKey } from '@tanstack/react-query';
import type { BridgeApi } from '@shared/bridge';
import type { LibraryKind, LibrarySyncReport } from '@shared/features/library.channels';
import type { QueueSnapshot } from '@shared/features/uploads.channels';
import { applyProgress, type UploadsProgress } from '../../features/uploads/api/queue-merge';
import { accountKeys, articleKeys, libraryKeys, uploadKeys } from './keys';

/** A group of cached reads of one account (each one query-key prefix in keys.ts). */
export type View =
  /** Everything answered from the local index: the library's grids, tab counts, select-all, pickers. */
  | 'library-index'
  /** The draft box list (draft/batchget through the articles feature). */
  | 'drafts'
  /** The published list (freepublish/batchget through the articles feature). */
  | 'published'
  /** The temporary-media ledger. */
  | 'temp-media'
  /** The account list. */
  | 'accounts';

/** Everything the app does that changes server state. */
export type AppAction =
  | 'library-changed'
  | 'library-synced'
  | 'material-uploaded'
  | 'temp-uploaded'
  | 'items-deleted'
  | 'draft-saved'
  | 'draft-deleted'
  | 'publish-submitted'
  | 'publish-settled'
  | 'temp-fetched'
  | 'account-added'
  | 'account-removed'
  /** Edited: a new AppID, base or proxy may change every list the account shows (accounts:update). */
  | 'account-updated';

/**
 * The table. Drafts and published articles are shown both by the library (from the index: its 草稿 and
 * 已发表 tabs and their counts) and by the articles section (from their list endpoints), so every
 * article action names both. A library delete may be of drafts or published articles too.
 */
export const INVALIDATES: Readonly<Record<AppAction, readonly View[]>> = {
  'library-changed': ['library-index'],
  'library-synced': ['library-index'],
  'material-uploaded': ['library-index'],
  'temp-uploaded': ['temp-media'],
  'items-deleted': ['library-index', 'drafts', 'published'],
  'draft-saved': ['library-index', 'drafts'],
  'draft-deleted': ['library-index', 'drafts'],
  // WeChat takes the draft out of the draft box at once (the core drops it from the index).
  'publish-submitted': ['library-index', 'drafts'],
  'publish-settled': ['library-index', 'drafts', 'published'],
  'temp-fetched': ['temp-media'],
  'account-added': ['accounts'],
  'account-removed': ['accounts'],
  'account-updated': ['accounts', 'library-index', 'drafts', 'published', 'temp-media'],
};

export function viewKey(view: View, accountId: string): QueryKey {
  switch (view) {
    case 'library-index':
      return libraryKeys.index(accountId);
    case 'drafts':
      return articleKeys.drafts(accountId);
    case 'published':
      return articleKeys.published(accountId);
    case 'temp-media':
      return uploadKeys.temp(accountId);
    case 'accounts':
      return accountKeys.list();
  }
}

/** The query-key prefixes an action makes stale. */
export function keysAfter(action: AppAction, accountId: string): QueryKey[] {
  return INVALIDATES[action].map((view) => viewKey(view, accountId));
}

/** Marks every view that shows the action's result stale; those on screen re-read at once. */
export async function invalidateAfter(client: QueryClient, action: AppAction, accountId: string): Promise<void> {
  await Promise.all(keysAfter(action, accountId).map((queryKey) => client.invalidateQueries({ queryKey })));
}

/** `library:changed` of a kind: drafts and published articles are also shown by the articles section. */
export function libraryEventAction(kind: LibraryKind): AppAction {
  if (kind === 'draft') return 'draft-saved';
  if (kind === 'published') return 'publish-settled';
  return 'library-changed';
}

/** The account's index changed (an upload, a delete, a sync): every index-backed query re-reads it. */
export function libraryIndexChanged(client: QueryClient, accountId: string): Promise<void> {
  return invalidateAfter(client, 'library-changed', accountId);
}

/** `if-stale` on a fresh index answers [] without listing: nothing changed, so nothing to re-read. */
export function syncReported(client: QueryClient, accountId: string, reports: LibrarySyncReport[]): void {
  if (reports.length > 0) void invalidateAfter(client, 'library-synced', accountId);
}

/**
 * A queue event: applied to the cached snapshot (newest `rev` wins). Before the first snapshot has
 * arrived the event cannot be applied, so the snapshot is (re)fetched: it is at least as new as the event.
 * A finished upload changes the library (permanent) or the temp-media ledger (temporary).
 */
export function queueProgressed(client: QueryClient, p: UploadsProgress): void {
  const key = uploadKeys.queue(p.accountId);
  if (client.getQueryData<QueueSnapshot>(key)) {
    client.setQueryData<QueueSnapshot>(key, (s) => (s ? applyProgress(s, p) : s));
  } else {
    void client.invalidateQueries({ queryKey: key });
  }
  const done = p.jobs.filter((j) => j.status === 'done');
  if (done.some((j) => j.mode === 'temporary')) void invalidateAfter(client, 'temp-uploaded', p.accountId);
  if (done.some((j) => j.mode !== 'temporary')) void invalidateAfter(client, 'material-uploaded', p.accountId);
}

/** A draft was saved or deleted: the draft box and the library's 草稿 tab re-read. */
export function draftsChanged(client: QueryClient, accountId: string): void {
  void invalidateAfter(client, 'draft-saved', accountId);
}

/** A publish job settled (or a draft was saved): the published list, the draft box and the library re-read. */
export function publishSettled(client: QueryClient, accountId: string): void {
  void invalidateAfter(client, 'publish-settled', accountId);
}

/** Subscribes the cache to the main process's events; returns the unsubscribe function. */
export function subscribeServerEvents(client: QueryClient, bridge: Pick<BridgeApi, 'on'>): () => void {
  const offs = [
    bridge.on('library:changed', (e) => void invalidateAfter(client, libraryEventAction(e.type), e.accountId)),
    bridge.on('uploads:progress', (p) => queueProgressed(client, p)),
  ];
  return () => {
    for (const off of offs) off();
  };
}
