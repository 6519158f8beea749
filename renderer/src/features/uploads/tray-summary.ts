/** What the upload tray says about its batch: counts, overall percent, and whether it is all over. */
import type { UploadJobView } from '@shared/features/uploads.channels';

export interface TraySummary {
  /** Files in the batch (jobs), refused ones included. */
  total: number;
  done: number;
  /** Queued, sending, waiting to retry or paused. */
  active: number;
  /** Jobs that need the user: refused, failed or a duplicate waiting for a choice. */
  attention: number;
  /** 0–100 over the bytes of the files that are (or will be) sent. */
  percent: number;
  /** Nothing will change any more without the user. */
  settled: boolean;
}

const NEEDS_USER = new Set<UploadJobView['status']>(['refused', 'failed', 'duplicate']);
const ACTIVE = new Set<UploadJobView['status']>(['queued', 'sending', 'retry-wait', 'paused']);

export function needsUser(job: UploadJobView): boolean {
  return NEEDS_USER.has(job.status);
}

export function summarizeBatch(jobs: readonly UploadJobView[], checking = 0): TraySummary {
  let sent = 0;
  let size = 0;
  let done = 0;
  let active = 0;
  let attention = 0;
  for (const j of jobs) {
    if (j.status === 'done') done += 1;
    if (ACTIVE.has(j.status)) active += 1;
    if (NEEDS_USER.has(j.status)) attention += 1;
    // Refused and cancelled files will never be sent: they do not hold the bar back.
    if (j.status === 'refused' || j.status === 'cancelled') continue;
    size += j.size;
    sent += j.status === 'done' ? j.size : Math.min(j.size, j.transferred);
  }
  const percent = size > 0 ? Math.floor((sent / size) * 100) : jobs.length > 0 && active === 0 ? 100 : 0;
  return {
    total: jobs.length,
    done,
    active,
    attention,
    percent,
    settled: checking === 0 && active === 0 && !jobs.some((j) => j.status === 'duplicate'),
  };
}
