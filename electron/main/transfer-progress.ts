/**
 * The taskbar/dock progress of running transfers (uploads, bulk downloads, backups), reduced from the
 * shell's observations (shell-observation.ts). Pure: the glue (progress-bar-glue.ts) gives the result
 * to `win.setProgressBar`, throttled. Several transfers at once show the mean of their fractions.
 */
import type { UploadJobStatus } from '@shared/features/uploads.channels';
import type { ShellObservation } from './shell-observation';

interface UploadRun {
  /** doneBytes when the run started: finished jobs stay listed until cleared, and a new run starts at 0. */
  baseDone: number;
  done: number;
  total: number;
  held: boolean;
}

export interface TransferState {
  /** accountId → the running upload queue. */
  uploads: ReadonlyMap<string, UploadRun>;
  /** 'download' | 'backup' → items done/total. */
  bulk: ReadonlyMap<'download' | 'backup', { done: number; total: number }>;
}

export const IDLE: TransferState = { uploads: new Map(), bulk: new Map() };

/** Jobs that are still to run or running; a queue with none has drained. */
export function pendingUploads(counts: Partial<Record<UploadJobStatus, number>>): number {
  return (counts.queued ?? 0) + (counts.sending ?? 0) + (counts['retry-wait'] ?? 0) + (counts.paused ?? 0);
}

export function reduceTransfers(state: TransferState, obs: ShellObservation): TransferState {
  if (obs.kind === 'event' && obs.event === 'uploads:progress') {
    const { accountId, totals, hold } = obs.payload;
    const uploads = new Map(state.uploads);
    if (pendingUploads(totals.counts) === 0) uploads.delete(accountId);
    else {
      const prev = state.uploads.get(accountId);
      uploads.set(accountId, {
        baseDone: prev?.baseDone ?? totals.doneBytes,
        done: totals.doneBytes,
        total: totals.totalBytes,
        held: hold !== null,
      });
    }
    return { ...state, uploads };
  }
  if (obs.kind === 'event' && obs.event === 'library:progress') {
    const { op, done, total } = obs.payload;
    if (op === 'delete') return state; // not a transfer
    const bulk = new Map(state.bulk);
    if (done >= total) bulk.delete(op);
    else bulk.set(op, { done, total });
    return { ...state, bulk };
  }
  if (obs.kind === 'request' && (obs.channel === 'library:bulkDownload' || obs.channel === 'library:backup')) {
    // The request's end is the transfer's end, also when it failed before its last progress event.
    const bulk = new Map(state.bulk);
    bulk.delete(obs.channel === 'library:bulkDownload' ? 'download' : 'backup');
    return { ...state, bulk };
  }
  return state;
}

export interface ProgressBarValue {
  /** 0…1 while something runs, -1 when idle (Electron removes the bar). */
  fraction: number;
  /** Every running transfer is an upload queue on hold (quota, whitelist, paused by the user). */
  paused: boolean;
}

export function progressBarValue(state: TransferState): ProgressBarValue {
  const fractions: number[] = [];
  for (const run of state.uploads.values()) {
    const span = run.total - run.baseDone;
    fractions.push(span > 0 ? (run.done - run.baseDone) / span : 0);
  }
  for (const op of state.bulk.values()) fractions.push(op.total > 0 ? op.done / op.total : 0);
  if (fractions.length === 0) return { fraction: -1, paused: false };
  const mean = fractions.reduce((a, b) => a + b, 0) / fractions.length;
  const paused = state.bulk.size === 0 && [...state.uploads.values()].every((r) => r.held);
  return { fraction: Math.min(1, Math.max(0, mean)), paused };
}
