/** Pure merges of queue snapshots: whichever view of a job has the higher `rev` wins. */
import type { EventMap } from '@shared/contract';
import type { QueueSnapshot, UploadJobView } from '@shared/features/uploads.channels';

export type UploadsProgress = EventMap['uploads:progress'];

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

/** A progress event applied on top of a snapshot. */
export function applyProgress(s: QueueSnapshot, p: UploadsProgress): QueueSnapshot {
  return { ...mergeJobs(s, p.jobs, p.removed), totals: p.totals, hold: p.hold, concurrency: p.concurrency };
}

/** A control call's answer (a whole snapshot) merged into what events already told us. */
export function applySnapshot(have: QueueSnapshot | undefined, next: QueueSnapshot): QueueSnapshot {
  return have ? mergeJobs({ ...next, jobs: have.jobs }, next.jobs) : next;
}
