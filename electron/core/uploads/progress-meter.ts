/**
 * Totals, speed and ETA of a queue, and the throttle that turns many progress callbacks into at most
 * ~10 events per second (only the jobs that changed travel; the renderer merges them by id).
 */
import type { QueueTotals, UploadJobStatus } from '@shared/features/uploads.channels';
import type { JobRecord } from './job';

const COUNTED_OUT: ReadonlySet<UploadJobStatus> = new Set(['refused', 'cancelled']);

export class ProgressMeter {
  private lastAt = 0;
  private lastDone = 0;
  private speed = 0;

  constructor(private readonly now: () => number) {}

  totals(jobs: Iterable<JobRecord>): QueueTotals {
    let totalBytes = 0;
    let doneBytes = 0;
    const counts: Partial<Record<UploadJobStatus, number>> = {};
    for (const j of jobs) {
      counts[j.status] = (counts[j.status] ?? 0) + 1;
      if (COUNTED_OUT.has(j.status)) continue;
      totalBytes += j.size;
      doneBytes += j.status === 'done' ? j.size : Math.min(j.size, j.transferred);
    }
    const t = this.now();
    if (this.lastAt > 0 && t > this.lastAt) {
      const inst = (Math.max(0, doneBytes - this.lastDone) * 1000) / (t - this.lastAt);
      // Smooth over ~1 s of samples so the ETA does not jump with every callback.
      this.speed = this.speed === 0 ? inst : this.speed * 0.7 + inst * 0.3;
    }
    this.lastAt = t;
    this.lastDone = doneBytes;
    const active = (counts.sending ?? 0) + (counts.queued ?? 0) + (counts['retry-wait'] ?? 0);
    const left = totalBytes - doneBytes;
    const etaSec = active === 0 ? 0 : this.speed > 0 ? Math.ceil(left / this.speed) : null;
    return { totalBytes, doneBytes, bytesPerSec: Math.round(active === 0 ? 0 : this.speed), etaSec, counts };
  }
}

/** Collects dirty ids and calls `flush` at most once per `intervalMs`. */
export class Throttle {
  private timer: NodeJS.Timeout | null = null;
  private lastAt = 0;
  readonly dirty = new Set<string>();

  constructor(
    private readonly intervalMs: number,
    private readonly flush: (ids: string[]) => void,
  ) {}

  mark(id: string | null): void {
    if (id) this.dirty.add(id);
    if (this.timer) return;
    const wait = Math.max(0, this.lastAt + this.intervalMs - Date.now());
    this.timer = setTimeout(() => this.fire(), wait);
  }

  private fire(): void {
    this.timer = null;
    this.lastAt = Date.now();
    const ids = [...this.dirty];
    this.dirty.clear();
    this.flush(ids);
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
