/** The account's upload queue: a snapshot from uploads:list, kept fresh by uploads:progress events. */
import { useCallback, useEffect, useState } from 'react';
import type { EventMap } from '../../../../../electron/shared/contract';
import type {
  QueueSnapshot,
  RefusedFile,
  UploadJobView,
  UploadMode,
} from '../../../../../electron/shared/features/uploads.channels';
import type { UploadType } from '../../../../../electron/shared/models';
import { useNotices } from '../../../components/notices-context';
import { api } from '../../../lib/api';
import { settle } from '../../../lib/app-error';
import type { PendingFile } from '../pending-files';
import { looksLikeVideo } from '../pending-files';

export type QueueAction = 'pause' | 'resume' | 'cancel' | 'retry';
type UploadsProgress = EventMap['uploads:progress'];

/** Merges job views into a snapshot, keeping whichever view of a job has the higher `rev`. */
export function mergeJobs(s: QueueSnapshot, jobs: UploadJobView[], removed: string[] = []): QueueSnapshot {
  const byId = new Map(s.jobs.map((j) => [j.id, j]));
  for (const j of jobs) {
    const have = byId.get(j.id);
    if (!have || (j.rev ?? 0) >= (have.rev ?? 0)) byId.set(j.id, j);
  }
  for (const id of removed) byId.delete(id);
  return { ...s, jobs: [...byId.values()] };
}

function applyProgress(s: QueueSnapshot, p: UploadsProgress): QueueSnapshot {
  return { ...mergeJobs(s, p.jobs, p.removed), totals: p.totals, hold: p.hold, concurrency: p.concurrency };
}

export function useUploadQueue(accountId: string) {
  const { showError } = useNotices();
  const [snap, setSnap] = useState<QueueSnapshot | null>(null);
  const [staging, setStaging] = useState(false);

  useEffect(() => {
    let live = true;
    // Events may overtake the first snapshot: keep them and apply them on top, newest `rev` wins.
    let early: UploadsProgress[] = [];
    let loaded = false;
    const off = api.on('uploads:progress', (p) => {
      if (p.accountId !== accountId) return;
      if (!loaded) early.push(p);
      else setSnap((s) => (s ? applyProgress(s, p) : s));
    });
    void settle(() => api.uploadsList({ accountId })).then((env) => {
      if (!live) return;
      loaded = true;
      if (!env.ok) return showError(env.error);
      setSnap(early.reduce(applyProgress, env.value));
      early = [];
    });
    return () => {
      live = false;
      off();
    };
  }, [accountId, showError]);

  const apply = useCallback(
    async (run: () => ReturnType<typeof api.uploadsList>) => {
      const env = await settle(run);
      if (env.ok) setSnap((s) => (s ? mergeJobs({ ...env.value, jobs: s.jobs }, env.value.jobs) : env.value));
      else showError(env.error);
    },
    [showError],
  );

  /** Stages the files (desktop: paths; browser: bytes to the loopback server), then enqueues them. */
  const start = useCallback(
    async (files: PendingFile[], mode: UploadMode, type: UploadType | 'auto'): Promise<RefusedFile[] | null> => {
      setStaging(true);
      try {
        const staged = await settle(() => api.stageFiles(files.map((f) => f.file)));
        if (!staged.ok) {
          showError(staged.error);
          return null;
        }
        const req = staged.value.map((s, i) => {
          const p = files[i];
          const video =
            p && mode === 'permanent' && (type === 'video' || (type === 'auto' && looksLikeVideo(p.file)))
              ? { video: { title: p.title.slice(0, 64), introduction: p.introduction.slice(0, 300) } }
              : {};
          return { token: s.token, type, ...video };
        });
        const env = await settle(() => api.uploadsEnqueue({ accountId, mode, files: req }));
        if (!env.ok) {
          showError(env.error);
          return null;
        }
        setSnap((s) => (s ? mergeJobs(s, env.value.jobs) : s));
        return env.value.refused;
      } finally {
        setStaging(false);
      }
    },
    [accountId, showError],
  );

  return {
    snap,
    staging,
    start,
    control: (action: QueueAction, jobId?: string) =>
      apply(() => api.uploadsControl({ accountId, action, ...(jobId ? { jobId } : {}) })),
    resolveDuplicate: (jobId: string, choice: 'use-existing' | 'upload-anyway') =>
      apply(() => api.uploadsResolveDuplicate({ accountId, jobId, choice })),
    setConcurrency: (concurrency: number) => apply(() => api.uploadsSetConcurrency({ accountId, concurrency })),
    clearFinished: () => apply(() => api.uploadsClearFinished({ accountId })),
  };
}
