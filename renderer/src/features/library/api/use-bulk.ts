/**
 * Delete, download and backup of one or many items (one item is a bulk of one: each action has a
 * single implementation, library:bulk*), with the progress the main process reports.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { Res } from '@shared/contract';
import type { LibraryEvents, LibraryKind } from '@shared/features/library.channels';
import { useNotices } from '../../../components/notices-context';
import { useT } from '../../../i18n';
import { api } from '../../../lib/api';
import { callBridge } from '../../../lib/query/bridge-call';
import { invalidateAfter, libraryIndexChanged } from '../../../lib/query/invalidation';

export type Progress = LibraryEvents['library:progress'];

/** Triggers a browser download of a same-origin URL (browser mode). */
export function clickDownloadLink(url: string, name: string): void {
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
}

type BulkOp =
  | { op: 'delete'; kind: LibraryKind; mediaIds: string[] }
  | { op: 'download'; mediaIds: string[]; folder?: string }
  | { op: 'backup'; folder: string; mediaIds?: string[] };

function runOp(accountId: string, v: BulkOp) {
  switch (v.op) {
    case 'delete':
      return callBridge(() => api.libraryBulkDelete({ accountId, kind: v.kind, mediaIds: v.mediaIds }));
    case 'download':
      return callBridge(() =>
        api.libraryBulkDownload({ accountId, mediaIds: v.mediaIds, ...(v.folder ? { folder: v.folder } : {}) }),
      );
    case 'backup':
      return callBridge(() =>
        api.libraryBackup({ accountId, folder: v.folder, ...(v.mediaIds ? { mediaIds: v.mediaIds } : {}) }),
      );
  }
}

export function useBulk(accountId: string) {
  const client = useQueryClient();
  const { showError, showToast } = useNotices();
  const t = useT();
  const [progress, setProgress] = useState<Progress | null>(null);
  useEffect(() => api.on('library:progress', setProgress), []);
  const mutation = useMutation({
    mutationFn: (v: BulkOp): Promise<unknown> => runOp(accountId, v),
    onMutate: () => setProgress(null),
    onSettled: () => setProgress(null),
    onError: (e) => showError(e.payload),
  });
  // The error is already shown (onError); the caller only needs to know there is no result.
  const run = <R>(v: BulkOp): Promise<R | null> =>
    mutation.mutateAsync(v).then(
      (r) => r as R,
      () => null,
    );

  /** `name`: the one item's name, for the toast of a single delete. */
  const remove = async (kind: LibraryKind, mediaIds: string[], name?: string): Promise<boolean> => {
    const res = await run<Res<'library:bulkDelete'>>({ op: 'delete', kind, mediaIds });
    // Even a failed delete may have removed some items: re-read every view of them either way.
    void invalidateAfter(client, 'items-deleted', accountId);
    if (!res) return false;
    const first = res.failed[0];
    if (first) showError(first.error);
    if (name !== undefined && mediaIds.length === 1 && res.failed.length === 0) showToast(t('delete.done', { name }));
    else showToast(t('library.bulk.deleted', { n: res.deleted.length + res.gone.length, failed: res.failed.length }));
    return res.failed.length === 0;
  };

  const download = async (mediaIds: string[], folder?: string): Promise<void> => {
    const res = await run<Res<'library:bulkDownload'>>({ op: 'download', mediaIds, ...(folder ? { folder } : {}) });
    if (!res || res.cancelled) return;
    for (const s of res.saved) if (s.outcome.kind === 'url') clickDownloadLink(s.outcome.url, s.outcome.name);
    const first = res.failed[0];
    if (first) showError(first.error);
    const only = res.saved.length === 1 && res.failed.length === 0 ? res.saved[0]?.outcome : undefined;
    if (only?.kind === 'saved') showToast(t('download.saved', { path: only.path }));
    else if (only?.kind === 'url') showToast(t('download.started', { name: only.name }));
    else showToast(t('library.bulk.downloaded', { n: res.saved.length, failed: res.failed.length }));
    // 40007: an item is gone at WeChat; the index learnt it, so re-read it.
    if (res.failed.some((f) => f.error.errcode === 40007)) void libraryIndexChanged(client, accountId);
  };

  const backup = async (folder: string, mediaIds?: string[]): Promise<void> => {
    const res = await run<Res<'library:backup'>>({ op: 'backup', folder, ...(mediaIds ? { mediaIds } : {}) });
    if (!res) return;
    const first = res.failed[0];
    if (first) showError(first.error);
    showToast(t('library.backup.done', { fetched: res.fetched, skipped: res.skipped, failed: res.failed.length }));
  };

  const pending = mutation.isPending ? mutation.variables : undefined;
  return {
    busy: pending?.op ?? null,
    /** The item a single-item action is working on (its card shows it). */
    target: pending?.mediaIds?.length === 1 ? pending.mediaIds[0] : undefined,
    progress,
    remove,
    download,
    backup,
  };
}
