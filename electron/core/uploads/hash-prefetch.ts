/**
 * Hashes the next few queued files while the current uploads wait on the network, so a worker that
 * frees up can send at once: the sha256 is needed first, for dedupe (./upload-queue.ts).
 */
import { sha256File } from './hash-file';
import type { JobRecord } from './job';

export class HashPrefetch {
  private readonly hashing = new Map<string, Promise<string>>();

  constructor(
    private readonly jobs: Map<string, JobRecord>,
    /** A file's hash just arrived: the queue may now arm its send (./send-write-ahead.ts). */
    private readonly onHashed: () => void,
  ) {}

  /** Starts hashing queued, unhashed jobs until `concurrency` hashes are running. */
  prefetch(concurrency: number): void {
    let budget = concurrency - this.hashing.size;
    for (const j of this.jobs.values()) {
      if (budget <= 0) break;
      if (j.status !== 'queued' || j.sha256 || this.hashing.has(j.id)) continue;
      budget -= 1;
      const p = sha256File(j.path);
      this.hashing.set(j.id, p);
      p.then(
        (h) => {
          j.sha256 ??= h;
          this.hashing.delete(j.id);
          this.prefetch(concurrency);
          this.onHashed();
        },
        () => this.hashing.delete(j.id), // unreadable: the send reports it
      );
    }
  }

  /** The hash of a job being computed now, if any (a send waits for it rather than reading the file twice). */
  pending(jobId: string): Promise<string> | undefined {
    return this.hashing.get(jobId);
  }
}
