/** Library hooks: the only place the library feature talks to the bridge (besides use-upload.ts). */
import { useCallback, useState } from 'react';
import type { MaterialItem } from '../../../../../electron/shared/models';
import { useNotices } from '../../../components/notices-context';
import { useT } from '../../../i18n';
import { api } from '../../../lib/api';
import { settle } from '../../../lib/app-error';

export const PAGE_SIZE = 20;

export function useDeleteMaterial() {
  const { showError, showToast } = useNotices();
  const t = useT();
  const [deleting, setDeleting] = useState(false);
  const remove = useCallback(
    async (accountId: string, item: MaterialItem): Promise<boolean> => {
      setDeleting(true);
      const env = await settle(() => api.libraryDelete({ accountId, mediaId: item.mediaId }));
      setDeleting(false);
      if (!env.ok) {
        showError(env.error);
        return false;
      }
      showToast(t('delete.done', { name: item.name || item.mediaId }));
      return true;
    },
    [showError, showToast, t],
  );
  return { remove, deleting };
}

/** Triggers a browser download of a same-origin URL (browser mode). */
function clickDownloadLink(url: string, name: string): void {
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
}

export function useDownloadMaterial() {
  const { showError, showToast } = useNotices();
  const t = useT();
  const [downloading, setDownloading] = useState<string | null>(null);
  const download = useCallback(
    async (accountId: string, item: MaterialItem): Promise<void> => {
      setDownloading(item.mediaId);
      const env = await settle(() =>
        api.libraryDownload({ accountId, mediaId: item.mediaId, nameHint: item.name.slice(0, 255) }),
      );
      setDownloading(null);
      if (!env.ok) {
        showError(env.error);
        return;
      }
      const outcome = env.value;
      switch (outcome.kind) {
        case 'url':
          clickDownloadLink(outcome.url, outcome.name);
          showToast(t('download.started', { name: outcome.name }));
          return;
        case 'saved':
          showToast(t('download.saved', { path: outcome.path }));
          return;
        case 'cancelled':
          return;
      }
    },
    [showError, showToast, t],
  );
  return { download, downloading };
}
