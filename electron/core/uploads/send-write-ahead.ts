/**
 * The upload queue's write-ahead of "sending" records (./upload-queue.ts). While the current uploads
 * are in flight, the "sending" record of the next few queued jobs is journaled ahead of their turn, so
 * a worker that frees up starts its request without waiting for a write + fsync (the bench's idle gap
 * per slot, bench/upload-profile.ts). Durability is unchanged: the record that says "may be at WeChat"
 * is still on disk before a byte leaves (`persist` awaits it). A job armed but not sent when the app
 * dies is reconciled on the next start, then sent: one listing, no duplicate.
 */
import type { JobRecord } from './job';
import type { Journal } from './journal';

/** A "sending" record journaled ahead of the job's turn. */
interface ArmedSend {
  attempts: number;
  startedAt: number;
  written: Promise<void>;
}

export class SendWriteAhead {
  private readonly armed = new Map<string, ArmedSend>();

  constructor(
    private readonly journal: Journal<JobRecord>,
    private readonly jobs: Map<string, JobRecord>,
    /** sha256 of every file already at WeChat (a job with one of these must decide on the duplicate first). */
    private readonly knownHashes: { has(sha256: string): boolean },
    private readonly now: () => number,
  ) {}

  /**
   * Arms up to `concurrency` of the next queued jobs in FIFO order. Only jobs whose send needs no
   * decision first are armed: hashed, not a known duplicate, not awaiting reconciliation, and no
   * in-flight job with the same bytes (which could make it a duplicate).
   */
  arm(concurrency: number): void {
    let budget = concurrency - this.armed.size;
    if (budget <= 0) return;
    // The next few queued jobs in FIFO order (a bounded selection: queues may hold thousands).
    const window = concurrency * 2;
    const next: JobRecord[] = [];
    const busyHashes = new Set<string>();
    for (const j of this.jobs.values()) {
      if ((j.status === 'sending' || this.armed.has(j.id)) && j.sha256) busyHashes.add(j.sha256);
      if (j.status !== 'queued') continue;
      if (next.length === window && j.seq >= next[window - 1].seq) continue;
      let at = next.length;
      while (at > 0 && next[at - 1].seq > j.seq) at--;
      next.splice(at, 0, j);
      if (next.length > window) next.pop();
    }
    for (const j of next) {
      if (budget <= 0) break;
      if (this.armed.has(j.id)) continue;
      budget -= 1; // FIFO: a job not armable now is still next in line; do not arm past too many
      if (!j.sha256 || j.ambiguous || busyHashes.has(j.sha256)) continue;
      if (j.mode === 'permanent' && !j.allowDuplicate && this.knownHashes.has(j.sha256)) continue;
      const startedAt = this.now();
      const record: JobRecord = { ...j, status: 'sending', attempts: j.attempts + 1, startedAt, transferred: 0 };
      delete record.error;
      delete record.nextRetryAt;
      if (j.mode === 'permanent') record.ambiguous = true;
      const written = this.journal.append({ op: 'put', job: record });
      written.catch(() => undefined); // an arm never used must not surface as an unhandled rejection
      this.armed.set(j.id, { attempts: record.attempts, startedAt, written });
      busyHashes.add(j.sha256);
    }
  }

  /**
   * A hold (quota, whitelist) may last until tomorrow: the jobs journaled ahead go back to "queued" on
   * disk, so a restart meanwhile does not list WeChat to reconcile sends that never happened.
   */
  disarm(): void {
    for (const id of this.armed.keys()) {
      const job = this.jobs.get(id);
      if (job) this.journal.append({ op: 'put', job }).catch(() => undefined); // closed: reconciled on start
    }
    this.armed.clear();
  }

  /** The job's own record supersedes its armed one (it ended before sending, or was rewritten). */
  forget(jobId: string): void {
    this.armed.delete(jobId);
  }

  /**
   * The "sending" record of `job` on disk (sendJob awaits this before its request). If the job was
   * armed and nothing about it changed since, that record is already written (or in the group commit
   * under way); its earlier `startedAt` only widens reconciliation's window (./reconcile.ts).
   */
  persist(job: JobRecord): Promise<void> {
    const arm = this.armed.get(job.id);
    this.armed.delete(job.id);
    if (arm && arm.attempts === job.attempts && job.status === 'sending') {
      job.startedAt = arm.startedAt;
      return arm.written;
    }
    return this.journal.append({ op: 'put', job });
  }
}
