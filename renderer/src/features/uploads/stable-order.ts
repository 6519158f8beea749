/**
 * Queue rows stay where they first appeared: a job's place is fixed by the order it was first seen
 * (the order it was added), whatever its status does later or whichever event reports it.
 */
import { useState } from 'react';

/** `jobs` sorted by their first-seen position in `seen`; ids not seen before are appended in the given order. */
export function inFirstSeenOrder<T extends { id: string }>(jobs: readonly T[], seen: Map<string, number>): T[] {
  for (const j of jobs) if (!seen.has(j.id)) seen.set(j.id, seen.size);
  return [...jobs].sort((a, b) => seen.get(a.id)! - seen.get(b.id)!);
}

export function useStableOrder<T extends { id: string }>(jobs: readonly T[]): T[] {
  // One map for the component's life; adding to it while rendering is idempotent (same ids, same places).
  const [seen] = useState(() => new Map<string, number>());
  return inFirstSeenOrder(jobs, seen);
}
