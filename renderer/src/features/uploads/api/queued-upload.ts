/**
 * The one way the renderer uploads a file: stage it, hand it to the account's journaled queue
 * (uploads:enqueue) and follow its jobs on uploads:progress. The library toolbar and the cover
 * picker use this too, so an ambiguous failure is reconciled by the queue instead of re-sent.
 */
import type { RefusedFile, UploadJobStatus, UploadJobView } from '@shared/features/uploads.channels';
import type { AppErrorPayload, Envelope } from '@shared/errors';
import type { StagedFile, UploadType } from '@shared/models';
import { api } from '../../../lib/api';
import { clientError } from '../../../lib/app-error';
import { settleBridge } from '../../../lib/query/bridge-call';
import { fitStaged } from './fit-files';

/** A job in one of these states will not change again without the user. */
const FINAL: ReadonlySet<UploadJobStatus> = new Set(['done', 'failed', 'refused', 'cancelled']);
export const isFinal = (job: UploadJobView): boolean => FINAL.has(job.status);

export interface QueuedUpload {
  /** The jobs as enqueued (refused files included, with their reason). */
  jobs: UploadJobView[];
  refused: RefusedFile[];
  /** Calls back with the latest view of every job on each change; returns the unsubscribe function. */
  watch(listener: (jobs: UploadJobView[]) => void): () => void;
}

export interface QueuedUploadOptions {
  /** WeChat requires a title for permanent video; defaults to the file name without its extension. */
  videoTitle?: (file: File) => string;
}

function stem(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

/** Newer view wins (by `rev`), as in use-upload-queue.ts. */
function merge(into: Map<string, UploadJobView>, jobs: UploadJobView[]): boolean {
  let changed = false;
  for (const j of jobs) {
    const have = into.get(j.id);
    if (have && (j.rev ?? 0) < (have.rev ?? 0)) continue;
    into.set(j.id, j);
    changed = true;
  }
  return changed;
}

/**
 * Stages and enqueues `files` as permanent material of `type`. The progress subscription starts
 * before the enqueue: the queue may finish a small file before uploads:enqueue answers.
 */
export async function uploadThroughQueue(
  accountId: string,
  type: UploadType,
  files: File[],
  options: QueuedUploadOptions = {},
): Promise<Envelope<QueuedUpload>> {
  const stagedAll = await settleBridge(() => api.stageFiles(files));
  if (!stagedAll.ok) return stagedAll;
  // Pictures WeChat would refuse are offered a conversion; the caller waits for the user's choices.
  const fit = await fitStaged(stagedAll.value, type, 'permanent');
  const accepted = (await Promise.all(fit.later)).filter((s): s is StagedFile => s !== null);
  const names = new Map(stagedAll.value.map((s, i) => [s.token, files[i]]));
  const staged = { value: [...fit.now, ...accepted] };
  if (staged.value.length === 0)
    return { ok: false, error: clientError('CONVERSION_SKIPPED', 'bad-input', 'convert.skipped') };

  const views = new Map<string, UploadJobView>();
  let mine: ReadonlySet<string> | null = null;
  const listeners = new Set<(jobs: UploadJobView[]) => void>();
  const current = () => [...views.values()].filter((j) => mine?.has(j.id));
  const off = api.on('uploads:progress', (p) => {
    if (p.accountId !== accountId) return;
    if (merge(views, p.jobs) && mine) for (const fn of listeners) fn(current());
  });

  const env = await settleBridge(() =>
    api.uploadsEnqueue({
      accountId,
      mode: 'permanent',
      files: staged.value.map((s) => {
        const file = names.get(s.token);
        const title = file ? (options.videoTitle?.(file) ?? stem(file.name)) : s.name;
        return {
          token: s.token,
          type,
          ...(type === 'video' ? { video: { title: title.slice(0, 64), introduction: '' } } : {}),
        };
      }),
    }),
  );
  if (!env.ok) {
    off();
    return env;
  }
  merge(views, env.value.jobs);
  mine = new Set(env.value.jobs.map((j) => j.id));
  // Keep only this upload's jobs: other uploads of the account also report on this event.
  for (const id of [...views.keys()]) if (!mine.has(id)) views.delete(id);

  const upload: QueuedUpload = {
    jobs: current(),
    refused: env.value.refused,
    watch(listener) {
      listeners.add(listener);
      listener(current());
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) off();
      };
    },
  };
  return { ok: true, value: upload };
}

const NO_RESULT = (): AppErrorPayload => clientError('INTERNAL', 'internal', 'error.internal', { detail: 'no job' });

/**
 * Uploads one file through the queue and waits for its media_id (the cover picker needs it). A file
 * WeChat already has is reused: for a cover, the existing material is exactly as good as a new one.
 */
export async function uploadOneAndWait(
  accountId: string,
  type: UploadType,
  file: File,
): Promise<Envelope<{ mediaId: string; url?: string }>> {
  const started = await uploadThroughQueue(accountId, type, [file]);
  if (!started.ok) return started;
  const refused = started.value.refused[0];
  if (refused) return { ok: false, error: refused.error };
  return new Promise((resolve) => {
    let askedReuse = false;
    let stop: () => void = () => undefined;
    stop = started.value.watch(([job]) => {
      if (!job) return;
      if (job.status === 'duplicate' && !askedReuse) {
        askedReuse = true;
        void settleBridge(() => api.uploadsResolveDuplicate({ accountId, jobId: job.id, choice: 'use-existing' }));
        return;
      }
      if (!isFinal(job)) return;
      // The first call runs inside watch(), before `stop` is assigned: unsubscribe on the next tick.
      queueMicrotask(() => stop());
      if (job.status === 'done' && job.mediaId) resolve({ ok: true, value: { mediaId: job.mediaId, url: job.url } });
      else resolve({ ok: false, error: job.error ?? NO_RESULT() });
    });
  });
}
