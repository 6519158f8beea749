/** Bulk delete, bulk download and backup, with the progress the main process reports. */
import { useCallback, useEffect, useState } from 'react';
import type { LibraryEvents, LibraryKind } from '../../../../../electron/shared/features/library.channels';
import { useNotices } from '../../../components/notices-context';
import { useT } from '../../../i18n';
import { api } from '../../../lib/api';
import { settle } from '../../../lib/app-error';

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

export function useBulk(accountId: string, onChanged: () => void) {
  const { showError, showToast } = useNotices();
  const t = useT();
  const [busy, setBusy] = useState<Progress['op'] | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  useEffect(() => api.on('library:progress', setProgress), []);

  const run = useCallback(
    async <T>(op: Progress['op'], call: () => ReturnType<typeof settle<T>>): Promise<T | null> => {
      setBusy(op);
      setProgress(null);
      const env = await call();
      setBusy(null);
      setProgress(null);
      if (!env.ok) {
        showError(env.error);
        return null;
      }
      return env.value;
    },
    [showError],
  );

  const remove = useCallback(
    async (kind: LibraryKind, mediaIds: string[]) => {
      const res = await run('delete', () => settle(() => api.libraryBulkDelete({ accountId, kind, mediaIds })));
      onChanged();
      if (!res) return false;
      const first = res.failed[0];
      if (first) showError(first.error);
      showToast(t('library.bulk.deleted', { n: res.deleted.length + res.gone.length, failed: res.failed.length }));
      return res.failed.length === 0;
    },
    [accountId, onChanged, run, showError, showToast, t],
  );

  const download = useCallback(
    async (mediaIds: string[], folder?: string) => {
      const res = await run('download', () =>
        settle(() => api.libraryBulkDownload({ accountId, mediaIds, ...(folder ? { folder } : {}) })),
      );
      if (!res || res.cancelled) return;
      for (const s of res.saved) if (s.outcome.kind === 'url') clickDownloadLink(s.outcome.url, s.outcome.name);
      const first = res.failed[0];
      if (first) showError(first.error);
      showToast(t('library.bulk.downloaded', { n: res.saved.length, failed: res.failed.length }));
      if (res.failed.some((f) => f.error.errcode === 40007)) onChanged();
    },
    [accountId, onChanged, run, showError, showToast, t],
  );

  const backup = useCallback(
    async (folder: string, mediaIds?: string[]) => {
      const res = await run('backup', () =>
        settle(() => api.libraryBackup({ accountId, folder, ...(mediaIds ? { mediaIds } : {}) })),
      );
      if (!res) return;
      const first = res.failed[0];
      if (first) showError(first.error);
      showToast(t('library.backup.done', { fetched: res.fetched, skipped: res.skipped, failed: res.failed.length }));
    },
    [accountId, run, showError, showToast, t],
  );

  return { busy, progress, remove, download, backup };
}
