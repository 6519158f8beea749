/**
 * Which long jobs just ended, read from the shell's observations (shell-observation.ts): an upload
 * queue that drained, a bulk download or backup request that returned, a publish whose status came
 * back published or failed. Pure and clock-free: times come with the observations (the upload queue's
 * from `now`). notification-text.ts decides whether and what to tell the user.
 */
import type { AppErrorPayload } from '@shared/errors';
import type { PublishStatus } from '@shared/features/articles.channels';
import type { BackupResult, BulkDownloadResult } from '@shared/features/library.channels';
import type { UploadJobStatus } from '@shared/features/uploads.channels';
import type { ShellObservation } from './shell-observation';
import { pendingUploads } from './transfer-progress';

export type FinishedJob = { startedAt: number; endedAt: number } & (
  | { kind: 'upload'; uploaded: number; failed: number }
  | { kind: 'download'; saved: number; failed: number }
  | { kind: 'backup'; fetched: number; skipped: number; failed: number }
  | { kind: 'publish'; published: boolean }
  | { kind: 'download-failed' | 'backup-failed'; error: AppErrorPayload }
);

type Counts = Partial<Record<UploadJobStatus, number>>;

export class JobWatch {
  /** accountId → when the queue started running and its finished counts then. */
  private readonly uploads = new Map<string, { startedAt: number; base: Counts }>();
  /** publishId → when articles:publish was asked. */
  private readonly publishes = new Map<string, number>();

  observe(obs: ShellObservation, now: number): FinishedJob | null {
    if (obs.kind === 'event') {
      return obs.event === 'uploads:progress'
        ? this.uploadProgress(obs.payload.accountId, obs.payload.totals.counts, now)
        : null;
    }
    const { channel, envelope, startedAt, endedAt } = obs;
    const times = { startedAt, endedAt };
    if (channel === 'library:bulkDownload') {
      if (!envelope.ok) return { kind: 'download-failed', error: envelope.error, ...times };
      const result = envelope.value as BulkDownloadResult;
      if (result.cancelled) return null;
      return { kind: 'download', saved: result.saved.length, failed: result.failed.length, ...times };
    }
    if (channel === 'library:backup') {
      if (!envelope.ok) return { kind: 'backup-failed', error: envelope.error, ...times };
      const r = envelope.value as BackupResult;
      return { kind: 'backup', fetched: r.fetched, skipped: r.skipped, failed: r.failed.length, ...times };
    }
    if (channel === 'articles:publish' && envelope.ok) {
      this.publishes.set((envelope.value as { publishId: string }).publishId, startedAt);
      return null;
    }
    if (channel === 'articles:publishStatus' && envelope.ok) {
      const status = envelope.value as PublishStatus;
      const askedAt = this.publishes.get(status.publishId);
      if (askedAt === undefined || status.state === 'publishing') return null;
      this.publishes.delete(status.publishId);
      return { kind: 'publish', published: status.state === 'published', startedAt: askedAt, endedAt };
    }
    return null;
  }

  private uploadProgress(accountId: string, counts: Counts, now: number): FinishedJob | null {
    const run = this.uploads.get(accountId);
    if (pendingUploads(counts) > 0) {
      if (!run) this.uploads.set(accountId, { startedAt: now, base: { ...counts } });
      return null;
    }
    if (!run) return null;
    this.uploads.delete(accountId);
    const delta = (s: UploadJobStatus) => Math.max(0, (counts[s] ?? 0) - (run.base[s] ?? 0));
    return {
      kind: 'upload',
      uploaded: delta('done'),
      failed: delta('failed'),
      startedAt: run.startedAt,
      endedAt: now,
    };
  }
}
