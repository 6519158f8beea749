/**
 * The account's upload queue: a snapshot from uploads:list, kept current by uploads:progress events
 * (applied to the cache in lib/query/invalidation.ts), so it is fetched once and never refetched on a timer.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { QueueSnapshot, RefusedFile, UploadMode } from '@shared/features/uploads.channels';
import type { UploadType } from '@shared/models';
import { useNotices } from '../../../components/notices-context';
import { api } from '../../../lib/api';
import { callBridge } from '../../../lib/query/bridge-call';
import { uploadKeys } from '../../../lib/query/keys';
import type { PendingFile } from '../pending-files';
import { looksLikeVideo } from '../pending-files';
import { applySnapshot, mergeJobs } from './queue-merge';

export type QueueAction = 'pause' | 'resume' | 'cancel' | 'retry';

/** Stages the files (desktop: paths; browser: bytes to the loopback server), then enqueues them. */
async function stageAndEnqueue(accountId: string, files: PendingFile[], mode: UploadMode, type: UploadType | 'auto') {
  const staged = await callBridge(() => api.stageFiles(files.map((f) => f.file)));
  const req = staged.map((s, i) => {
    const p = files[i];
    const video =
      p && mode === 'permanent' && (type === 'video' || (type === 'auto' && looksLikeVideo(p.file)))
        ? { video: { title: p.title.slice(0, 64), introduction: p.introduction.slice(0, 300) } }
        : {};
    return { token: s.token, type, ...video };
  });
  return callBridge(() => api.uploadsEnqueue({ accountId, mode, files: req }));
}

export function useUploadQueue(accountId: string) {
  const client = useQueryClient();
  const { showError } = useNotices();
  const key = uploadKeys.queue(accountId);
  const snap = useQuery({
    queryKey: key,
    queryFn: () => callBridge(() => api.uploadsList({ accountId })),
    staleTime: Infinity,
  });

  const start = useMutation({
    mutationFn: (v: { files: PendingFile[]; mode: UploadMode; type: UploadType | 'auto' }) =>
      stageAndEnqueue(accountId, v.files, v.mode, v.type),
    onSuccess: (res) => client.setQueryData<QueueSnapshot>(key, (s) => (s ? mergeJobs(s, res.jobs) : s)),
    onError: (e) => showError(e.payload),
  });
  // Every control call answers a whole snapshot; merged so that newer event views of a job win.
  const control = useMutation({
    mutationFn: (run: () => ReturnType<typeof api.uploadsList>) => callBridge(run),
    onSuccess: (next) => client.setQueryData<QueueSnapshot>(key, (have) => applySnapshot(have, next)),
    onError: (e) => showError(e.payload),
  });
  const apply = (run: () => ReturnType<typeof api.uploadsList>) => control.mutate(run);

  return {
    snap: snap.data ?? null,
    staging: start.isPending,
    /** The refused files, or null when nothing was enqueued (the error is in the banner). */
    start: (files: PendingFile[], mode: UploadMode, type: UploadType | 'auto'): Promise<RefusedFile[] | null> =>
      start.mutateAsync({ files, mode, type }).then(
        (res) => res.refused,
        () => null,
      ),
    control: (action: QueueAction, jobId?: string) =>
      apply(() => api.uploadsControl({ accountId, action, ...(jobId ? { jobId } : {}) })),
    resolveDuplicate: (jobId: string, choice: 'use-existing' | 'upload-anyway') =>
      apply(() => api.uploadsResolveDuplicate({ accountId, jobId, choice })),
    setConcurrency: (concurrency: number) => apply(() => api.uploadsSetConcurrency({ accountId, concurrency })),
    clearFinished: () => apply(() => api.uploadsClearFinished({ accountId })),
  };
}
