/**
 * What happens to files that arrive (dropped anywhere, picked, pasted): by default they are staged and
 * enqueued at once — the core checks each one before any network call (electron/core/uploads/uploads-service.ts,
 * `enqueue`) and refuses bad files with their reason, so good files start uploading immediately. With
 * "review first" on they wait in the pending list for 开始上传 instead. Either way the upload tray follows them.
 */
import type { UploadMode } from '@shared/features/uploads.channels';
import type { UploadType } from '@shared/models';
import { isFinal } from './api/queued-upload';
import { useUploadQueue } from './api/use-upload-queue';
import { asPending, pendingFiles, type PendingFile } from './pending-files';
import { trayBatch } from './tray-batch';
import { uploadSettings } from './upload-settings';

export function useFileArrivals(accountId: string) {
  const queue = useUploadQueue(accountId);

  /** Enqueues `files` now and lets the tray follow their jobs; the enqueue answer, or null after an error (in the banner). */
  const startNow = async (files: PendingFile[], mode: UploadMode, type: UploadType | 'auto') => {
    const jobs = new Map((queue.snap?.jobs ?? []).map((j) => [j.id, j]));
    const finished = trayBatch.get().ids.every((id) => {
      const job = jobs.get(id);
      return !job || isFinal(job);
    });
    trayBatch.checking(files.length, finished);
    const res = await queue.start(files, mode, type);
    trayBatch.added(
      files.length,
      (res?.jobs ?? []).map((j) => j.id),
    );
    // Converted pictures (accepted in the conversion offer) join the tray when they are enqueued.
    for (const later of res?.later ?? [])
      void later.then((r) => {
        const ids = r?.jobs.map((j) => j.id) ?? [];
        if (ids.length > 0) trayBatch.added(0, ids);
      });
    return res;
  };

  const arrive = (files: File[]): void => {
    if (files.length === 0) return;
    const { reviewFirst, mode, type } = uploadSettings.get();
    if (reviewFirst) {
      pendingFiles.add(files);
      trayBatch.checking(0, false); // un-dismisses the tray so it can point to the pending list
      return;
    }
    void startNow(asPending(files), mode, type);
  };

  return { queue, arrive, startNow };
}
