/**
 * The temp-media ledger of an account: list, fetch by media_id or pasted message XML, save. A finished
 * temporary upload re-lists it (lib/query/invalidation.ts).
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TempMediaEntry } from '@shared/features/uploads.channels';
import type { DownloadOutcome } from '@shared/models';
import { useNotices } from '../../../components/notices-context';
import { api } from '../../../lib/api';
import { callBridge } from '../../../lib/query/bridge-call';
import { invalidateAfter } from '../../../lib/query/invalidation';
import { uploadKeys } from '../../../lib/query/keys';

/** Browser mode: the server holds the file behind a one-time URL; let the browser save it. */
function saveThroughBrowser(outcome: DownloadOutcome): void {
  if (outcome.kind !== 'url') return;
  const a = document.createElement('a');
  a.href = outcome.url;
  a.download = outcome.name;
  document.body.appendChild(a);
  a.click();
  a.remove();
}

export function useTempMedia(accountId: string) {
  const client = useQueryClient();
  const { showError } = useNotices();
  const list = useQuery({
    queryKey: uploadKeys.temp(accountId),
    queryFn: () => callBridge(() => api.uploadsTempList({ accountId })),
    // As before: the ledger is local; a failed read leaves the list empty without a banner.
    meta: { notify: false },
  });
  const fetchMedia = useMutation({
    mutationFn: (input: string) => callBridge(() => api.uploadsTempFetch({ accountId, input })),
    onSuccess: () => invalidateAfter(client, 'temp-fetched', accountId),
    onError: (e) => showError(e.payload),
  });
  const save = useMutation({
    mutationFn: (mediaId: string) => callBridge(() => api.uploadsTempSave({ accountId, mediaId })),
    onSuccess: saveThroughBrowser,
    onError: (e) => showError(e.payload),
  });

  return {
    entries: list.data ?? [],
    busy: fetchMedia.isPending,
    /** The fetched entry (to bring it into view), or null after an error (shown in the banner). */
    fetchMedia: (input: string): Promise<TempMediaEntry | null> => fetchMedia.mutateAsync(input).catch(() => null),
    /** The media_id being saved: the core may retry for a while (a video warming up). */
    saving: save.isPending ? (save.variables ?? null) : null,
    /** The outcome (for the "saved to" toast), or null after an error (shown in the banner). */
    save: (mediaId: string): Promise<DownloadOutcome | null> => save.mutateAsync(mediaId).catch(() => null),
  };
}
