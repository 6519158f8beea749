/**
 * The account's upload queue: a snapshot from uploads:list, kept current by uploads:progress events
 * (applied to the cache in lib/query/invalidation.ts), so it is fetched once and never refetched on a timer.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { QueueSnapshot, UploadMode, UploadsResponses } from '@shared/features/uploads.channels';
import type { StagedFile, UploadType } from '@shared/models';
import { useNotices } from '../../../components/notices-context';
import { api } from '../../../lib/api';
import { callBridge, type BridgeError } from '../../../lib/query/bridge-call';
import { uploadKeys } from '../../../lib/query/keys';
import type { PendingFile } from '../pending-files';
import { looksLikeVideo } from '../pending-files';
import { fitStaged } from './fit-files';
import { applySnapshot, mergeJobs } from './queue-merge';

export type QueueAction = 'pause' | 'resume' | 'cancel' | 'retry';

type EnqueueResult = UploadsResponses['uploads:enqueue'];

/** The enqueue answer, plus one promise per picture offered a conversion (its enqueue, or null when skipped). */
export type EnqueueAnswer = EnqueueResult & { later: Promise<EnqueueResult | null>[] };

/**
 * Stages the files (desktop: paths; browser: bytes to the loopback server), then enqueues them. Pictures
 * WeChat would refuse are offered a conversion first (api/fit-files.ts): they are enqueued once the user
 * accepts, while everything else (fitting files byte-identical) is enqueued at once.
 */
async function stageAndEnqueue(
  accountId: string,
  files: PendingFile[],
  mode: UploadMode,
  type: UploadType | 'auto',
): Promise<EnqueueAnswer> {
  const staged = await callBridge(() => api.stageFiles(files.map((f) => f.file)));
  const source = new Map(staged.map((s, i) => [s.token, files[i]]));
  const enqueue = (list: StagedFile[]) => {
    const req = list.map((s) => {
      const p = source.get(s.token);
      const video =
        p && mode === 'permanent' && (type === 'video' || (type === 'auto' && looksLikeVideo(p.file)))
          ? { video: { title: p.title.slice(0, 64), introduction: p.introduction.slice(0, 300) } }
          : {};
      return { token: s.token, type, ...video };
    });
    return callBridge(() => api.uploadsEnqueue({ accountId, mode, files: req }));
  };
  const { now, later } = await fitStaged(staged, type, mode);
  const first = now.length > 0 ? await enqueue(now) : { jobs: [], refused: [] };
  return { ...first, later: later.map((p) => p.then((s) => (s ? enqueue([s]) : null))) };
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
    mutationFn: async (v: { files: PendingFile[]; mode: UploadMode; type: UploadType | 'auto' }) => {
      const res = await stageAndEnqueue(accountId, v.files, v.mode, v.type);
      // A converted picture joins the queue when the user accepts it: merged like the first answer.
      const later = res.later.map((p) =>
        p.then(
          (r) => {
            if (r) client.setQueryData<QueueSnapshot>(key, (s) => (s ? mergeJobs(s, r.jobs) : s));
            return r;
          },
          (e: BridgeError) => {
            showError(e.payload);
            return null;
          },
        ),
      );
      return { ...res, later };
    },
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
    /** The enqueued jobs (refused files included, with their reason), or null when nothing was enqueued (the error is in the banner). */
    start: (files: PendingFile[], mode: UploadMode, type: UploadType | 'auto'): Promise<EnqueueAnswer | null> =>
      start.mutateAsync({ files, mode, type }).catch(() => null),
    control: (action: QueueAction, jobId?: string) =>
      apply(() => api.uploadsControl({ accountId, action, ...(jobId ? { jobId } : {}) })),
    resolveDuplicate: (jobId: string, choice: 'use-existing' | 'upload-anyway') =>
      apply(() => api.uploadsResolveDuplicate({ accountId, jobId, choice })),
    setConcurrency: (concurrency: number) => apply(() => api.uploadsSetConcurrency({ accountId, concurrency })),
    clearFinished: () => apply(() => api.uploadsClearFinished({ accountId })),
  };
}
