/**
 * The upload queue of one account: FIFO with a concurrency limit (default 4, 1–8), every state change
 * journaled before its side effect, retries with exponential backoff + full jitter for retryable
 * errors, reconciliation instead of blind re-sends for add_material, a queue-wide hold on 45009
 * (quota) and 40164 (IP whitelist), and throttled progress events. Electron-free.
 */
import type { AppErrorPayload } from '@shared/errors';
import type { QueueHold, QueueSnapshot, UploadsEvents } from '@shared/features/uploads.channels';
import type { Logger } from '../log';
import type { WeChatClient } from '../wechat/client';
import { toAppError } from '../wechat/to-app-error';
import { backoffDelay } from './backoff';
import { isFinal, toView, type JobRecord } from './job';
import type { Journal, JournalState } from './journal';
import { ProgressMeter, Throttle } from './progress-meter';
import { libraryItemOf, reconcileJob, sendJob, TEMP_LIFETIME_MS, type SendOutcome } from './send-job';
import { holdFor } from './hold-text';
import { HashPrefetch } from './hash-prefetch';
import { SendWriteAhead } from './send-write-ahead';

export interface QueueOptions {
  accountId: string;
  client(): Promise<WeChatClient>;
  journal: Journal<JobRecord>;
  state: JournalState<JobRecord>;
  emit(payload: UploadsEvents['uploads:progress']): void;
  /** A permanent item was created (or found by reconciliation): the library shows it at once. */
  onAdded(job: JobRecord, item: ReturnType<typeof libraryItemOf>, url?: string): void;
  /** A temporary item was created: the temp-media ledger records it. */
  onTempAdded(job: JobRecord, createdAtMs: number): Promise<void>;
  /** The job is final: its spool copy may go. */
  onFinal(job: JobRecord): Promise<void>;
  /** Where a worker failure that escaped `run`'s own handling is logged (redacting). */
  log?: Logger;
  concurrency?: number;
  now?: () => number;
  random?: () => number;
  backoff?: { baseMs: number; capMs: number };
  maxAttempts?: number;
  emitIntervalMs?: number;
  /**
   * How long after a send began a server may still apply it (its own processing, our request timeout).
   * Items found "sending" after a restart are reconciled no earlier than that, else the listing could
   * race the request still being applied and a re-send would duplicate it. Default 5 s.
   */
  settleMs?: number;
}

export class UploadQueue {
  readonly jobs: Map<string, JobRecord>;
  private concurrency: number;
  private hold: QueueHold | null = null;
  private active = 0;
  private closed = false;
  private readonly inflight = new Map<string, AbortController>();
  private readonly cancelling = new Set<string>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly hashes: HashPrefetch;
  /** "sending" records journaled ahead of their job's turn (./send-write-ahead.ts). */
  private readonly writeAhead: SendWriteAhead;
  private readonly meter: ProgressMeter;
  private readonly throttle: Throttle;
  private lock: Promise<unknown> = Promise.resolve();
  private idleWaiters: (() => void)[] = [];
  private readonly now: () => number;

  constructor(private readonly o: QueueOptions) {
    this.jobs = o.state.jobs;
    this.concurrency = o.concurrency ?? 4;
    this.now = o.now ?? Date.now;
    this.meter = new ProgressMeter(this.now);
    this.throttle = new Throttle(o.emitIntervalMs ?? 100, (ids) => this.flush(ids));
    this.writeAhead = new SendWriteAhead(o.journal, this.jobs, o.state.hashes, this.now);
    this.hashes = new HashPrefetch(this.jobs, () => this.armNext());
    // After a crash or quit: whatever was in flight may have been applied; reconcile before re-sending.
    const settle = o.settleMs ?? 5000;
    for (const job of this.jobs.values()) {
      if (job.status === 'sending' || job.status === 'retry-wait') {
        job.transferred = 0;
        const at = job.ambiguous && job.startedAt ? job.startedAt + settle : 0;
        job.status = at > this.now() ? 'retry-wait' : 'queued';
        if (job.status === 'retry-wait') {
          job.nextRetryAt = at;
          this.wake(at - this.now());
        } else delete job.nextRetryAt;
      }
    }
  }

  /**
   * Adds jobs and starts them; resolves once they are journaled. Sending may begin before that: a
   * send first journals its own "sending" record and awaits it, and the journal is FIFO, so nothing
   * reaches WeChat before its job is on disk, and the first upload does not wait one more fsync.
   */
  async add(jobs: JobRecord[]): Promise<void> {
    for (const job of jobs) this.jobs.set(job.id, job);
    const written = Promise.all(jobs.map((job) => this.o.journal.append({ op: 'put', job })));
    for (const job of jobs) this.touch(job);
    this.pump();
    await written;
    for (const job of jobs) if (isFinal(job.status)) await this.o.onFinal(job);
  }

  snapshot(): QueueSnapshot {
    return {
      accountId: this.o.accountId,
      jobs: [...this.jobs.values()].map(toView),
      concurrency: this.concurrency,
      hold: this.hold,
      totals: this.meter.totals(this.jobs.values()),
    };
  }

  setConcurrency(n: number): void {
    this.concurrency = Math.min(8, Math.max(1, Math.floor(n)));
    this.throttle.mark(null);
    this.pump();
  }

  /** Resolves when nothing is queued, sending or waiting to retry (or the queue is held). */
  idle(): Promise<void> {
    return this.isIdle() ? Promise.resolve() : new Promise((r) => this.idleWaiters.push(r));
  }

  async control(action: 'pause' | 'resume' | 'cancel' | 'retry', jobId?: string): Promise<void> {
    const targets = jobId ? [this.jobs.get(jobId)].filter((j): j is JobRecord => Boolean(j)) : [...this.jobs.values()];
    if (!jobId && action === 'pause') this.hold = { kind: 'user' };
    if (!jobId && action === 'resume') this.hold = null;
    for (const job of targets) {
      const s = job.status;
      if (action === 'pause' && (s === 'queued' || s === 'retry-wait')) await this.setStatus(job, 'paused');
      else if (action === 'resume' && s === 'paused') await this.setStatus(job, 'queued');
      else if (action === 'retry' && s === 'failed') {
        job.attempts = 0;
        await this.setStatus(job, 'queued');
      } else if (action === 'cancel' && s === 'sending') {
        this.cancelling.add(job.id);
        this.inflight.get(job.id)?.abort();
      } else if (action === 'cancel' && !isFinal(s)) {
        await this.setStatus(job, 'cancelled');
        await this.o.onFinal(job);
      }
    }
    this.throttle.mark(null);
    this.pump();
  }

  async resolveDuplicate(jobId: string, choice: 'use-existing' | 'upload-anyway'): Promise<void> {
    const job = this.jobs.get(jobId);
    if (!job || job.status !== 'duplicate' || !job.duplicateOf) return;
    if (choice === 'upload-anyway') {
      job.allowDuplicate = true;
      await this.setStatus(job, 'queued');
      this.pump();
      return;
    }
    await this.finish(job, { kind: 'done', mediaId: job.duplicateOf.mediaId, reused: true });
  }

  async clearFinished(): Promise<string[]> {
    const gone = [...this.jobs.values()].filter((j) => isFinal(j.status)).map((j) => j.id);
    for (const id of gone) {
      const job = this.jobs.get(id);
      this.jobs.delete(id);
      if (job) await this.o.onFinal(job);
    }
    await Promise.all(gone.map((id) => this.o.journal.append({ op: 'del', id })));
    this.o.emit({ ...this.eventBase(), jobs: [], removed: gone, totals: this.meter.totals(this.jobs.values()) });
    return gone;
  }

  close(): void {
    this.closed = true;
    this.throttle.stop();
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
  }

  private isIdle(): boolean {
    if (this.active > 0) return false;
    if (this.hold) return true;
    return ![...this.jobs.values()].some((j) => j.status === 'queued' || j.status === 'retry-wait');
  }

  private pump(): void {
    if (this.closed) return;
    const t = this.now();
    while (!this.hold && this.active < this.concurrency) {
      let next: JobRecord | undefined;
      for (const j of this.jobs.values()) {
        if (j.status === 'queued' || (j.status === 'retry-wait' && (j.nextRetryAt ?? 0) <= t)) {
          if (!next || j.seq < next.seq) next = j;
        }
      }
      if (!next) break;
      next.status = 'sending'; // claimed synchronously so no other worker picks it
      this.active += 1;
      // run() records its own failures in the journal; anything escaping it is a bug worth a log line.
      this.run(next).catch((err: unknown) =>
        this.o.log?.failure('uploads.worker', toAppError(err), { accountId: this.o.accountId }),
      );
    }
    this.hashes.prefetch(this.concurrency);
    this.armNext();
    if (this.isIdle()) for (const r of this.idleWaiters.splice(0)) r();
  }

  private armNext(): void {
    if (this.closed || this.hold) return;
    this.writeAhead.arm(this.concurrency);
  }

  private async run(job: JobRecord): Promise<void> {
    const abort = new AbortController();
    this.inflight.set(job.id, abort);
    try {
      const client = await this.o.client();
      const hashing = this.hashes.pending(job.id);
      if (hashing) job.sha256 ??= await hashing.catch(() => undefined);
      const outcome = await sendJob(job, {
        client,
        now: this.now,
        persist: (j) => this.writeAhead.persist(j),
        hashes: this.o.state.hashes,
        claimed: () => this.claimed(job.id),
        exclusive: (fn) => this.exclusive(fn),
        onProgress: (j, sent, total) => {
          j.transferred = total > 0 ? Math.min(j.size, Math.round((j.size * sent) / total)) : 0;
          this.touch(j);
        },
        signal: abort.signal,
      });
      // The slot is freed before the "done" record syncs: the journal is FIFO, so the next job's
      // "sending" record (awaited before its request) cannot reach the disk before this one.
      if (outcome.kind === 'done' && job.mode === 'permanent') {
        const finishing = this.finish(job, outcome);
        this.release(job);
        await finishing.catch(() => undefined);
      } else {
        await this.finish(job, outcome).finally(() => this.release(job));
      }
    } catch (err) {
      await this.fail(job, err).catch(() => undefined); // journal closed at shutdown: next start reconciles
      this.release(job);
    }
  }

  private release(job: JobRecord): void {
    this.writeAhead.forget(job.id); // a run that ended before its request (duplicate, failure) leaves no arm behind
    this.inflight.delete(job.id);
    this.cancelling.delete(job.id);
    this.active -= 1;
    this.touch(job);
    this.pump();
  }

  private async finish(job: JobRecord, outcome: SendOutcome): Promise<void> {
    if (outcome.kind === 'duplicate') {
      job.duplicateOf = { mediaId: outcome.mediaId, name: outcome.name };
      await this.setStatus(job, 'duplicate');
      return;
    }
    Object.assign(job, { mediaId: outcome.mediaId, transferred: job.size, ambiguous: false });
    if (outcome.url) job.url = outcome.url;
    if (outcome.reused) job.reused = true;
    delete job.error;
    if (job.mode === 'temporary') {
      const created = outcome.createdAtMs ?? this.now();
      job.expiresAt = created + TEMP_LIFETIME_MS;
      await this.o.onTempAdded(job, created);
    }
    job.status = 'done';
    const writes = [this.o.journal.append({ op: 'put', job })];
    if (job.mode === 'permanent' && job.sha256) {
      const h = { mediaId: outcome.mediaId, name: job.sentName, type: job.type };
      this.o.state.hashes.set(job.sha256, h);
      writes.push(this.o.journal.append({ op: 'hash', sha256: job.sha256, ...h }));
    }
    if (job.mode === 'permanent') {
      this.o.onAdded(job, libraryItemOf(job, outcome.mediaId, outcome.url, this.now()), outcome.url);
    }
    await Promise.all(writes);
    await this.o.onFinal(job);
  }

  private async fail(job: JobRecord, err: unknown): Promise<void> {
    const error = toAppError(err);
    const cls = error.errClass;
    // Definite answers (an errcode, or nothing sent) prove the item was NOT created.
    if (cls !== 'ambiguous-transport' && cls !== 'cancelled') job.ambiguous = false;
    if (cls === 'cancelled' || this.cancelling.has(job.id)) return this.afterCancel(job);
    const hold = holdFor(error);
    if (hold) {
      this.hold = hold;
      this.writeAhead.disarm();
      job.error = error;
      return this.setStatus(job, 'queued');
    }
    if (cls === 'retryable' || cls === 'ambiguous-transport') return this.retryLater(job, error);
    job.error = error;
    await this.setStatus(job, 'failed'); // the file stays: "retry" may send it again
  }

  /** A cancelled send may still have been applied: keep what exists rather than orphan it. */
  private async afterCancel(job: JobRecord): Promise<void> {
    if (job.mode === 'permanent' && job.ambiguous) {
      const found = await reconcileJob(job, {
        client: await this.o.client(),
        claimed: () => this.claimed(job.id),
        exclusive: (fn) => this.exclusive(fn),
        now: this.now,
      });
      if (found) return this.finish(job, { kind: 'done', mediaId: found.mediaId, url: found.url, reused: true });
    }
    job.ambiguous = false;
    await this.setStatus(job, 'cancelled');
    await this.o.onFinal(job);
  }

  private async retryLater(job: JobRecord, error: AppErrorPayload): Promise<void> {
    job.error = error;
    if (job.attempts >= (this.o.maxAttempts ?? 8)) {
      await this.setStatus(job, 'failed');
      return;
    }
    const b = this.o.backoff ?? { baseMs: 500, capMs: 30_000 };
    const delay = backoffDelay(job.attempts, { ...b, random: this.o.random ?? Math.random });
    job.nextRetryAt = this.now() + delay;
    await this.setStatus(job, 'retry-wait');
    this.wake(delay);
  }

  private wake(delay: number): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      this.pump();
    }, delay + 1);
    this.timers.add(timer);
  }

  private async setStatus(job: JobRecord, status: JobRecord['status']): Promise<void> {
    this.writeAhead.forget(job.id); // this record supersedes an armed "sending" one
    job.status = status;
    if (status !== 'sending') job.transferred = status === 'done' ? job.size : 0;
    await this.o.journal.append({ op: 'put', job });
    this.touch(job);
  }

  /** Every change bumps `rev`, so the renderer can tell a newer view from an older one whatever the arrival order. */
  private touch(job: JobRecord): void {
    job.rev = (job.rev ?? 0) + 1;
    this.throttle.mark(job.id);
  }

  private claimed(except: string): Set<string> {
    const ids = new Set<string>();
    for (const j of this.jobs.values()) if (j.id !== except && j.mediaId) ids.add(j.mediaId);
    return ids;
  }

  private exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.lock.then(fn, fn);
    this.lock = run.catch(() => undefined);
    return run;
  }

  private eventBase() {
    return { accountId: this.o.accountId, concurrency: this.concurrency, hold: this.hold };
  }

  private flush(ids: string[]): void {
    const jobs = ids.map((id) => this.jobs.get(id)).filter((j): j is JobRecord => Boolean(j));
    this.o.emit({
      ...this.eventBase(),
      jobs: jobs.map(toView),
      removed: [],
      totals: this.meter.totals(this.jobs.values()),
    });
  }
}
