/** The temp-media ledger of an account: list, fetch by media_id or pasted message XML, save. */
import { useCallback, useEffect, useState } from 'react';
import type { TempMediaEntry } from '../../../../../electron/shared/features/uploads.channels';
import type { DownloadOutcome } from '../../../../../electron/shared/models';
import { useNotices } from '../../../components/notices-context';
import { api } from '../../../lib/api';
import { settle } from '../../../lib/app-error';

export function useTempMedia(accountId: string, refreshKey: number) {
  const { showError } = useNotices();
  const [entries, setEntries] = useState<TempMediaEntry[]>([]);
  const [busy, setBusy] = useState(false);

  const reload = useCallback(async () => {
    const env = await settle(() => api.uploadsTempList({ accountId }));
    if (env.ok) setEntries(env.value);
  }, [accountId]);

  useEffect(() => {
    let live = true;
    void settle(() => api.uploadsTempList({ accountId })).then((env) => {
      if (live && env.ok) setEntries(env.value);
    });
    return () => {
      live = false;
    };
  }, [accountId, refreshKey]);

  const fetchMedia = useCallback(
    async (input: string): Promise<TempMediaEntry | null> => {
      setBusy(true);
      const env = await settle(() => api.uploadsTempFetch({ accountId, input }));
      setBusy(false);
      if (!env.ok) {
        showError(env.error);
        return null;
      }
      await reload();
      return env.value;
    },
    [accountId, reload, showError],
  );

  const save = useCallback(
    async (mediaId: string): Promise<DownloadOutcome | null> => {
      const env = await settle(() => api.uploadsTempSave({ accountId, mediaId }));
      if (!env.ok) {
        showError(env.error);
        return null;
      }
      if (env.value.kind === 'url') {
        // Browser mode: the server holds the file behind a one-time URL; let the browser save it.
        const a = document.createElement('a');
        a.href = env.value.url;
        a.download = env.value.name;
        document.body.appendChild(a);
        a.click();
        a.remove();
      }
      return env.value;
    },
    [accountId, showError],
  );

  return { entries, busy, fetchMedia, save, reload };
}
