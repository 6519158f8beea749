/**
 * The files the upload tray follows: the jobs of what arrived since the tray was last dismissed, in
 * the order they were added, plus how many files are still being read and checked. A new arrival
 * after everything finished starts a fresh batch, so the tray's count is about what the user just did.
 */
import { useSyncExternalStore } from 'react';

export interface TrayBatch {
  /** Job ids in the order they were added. */
  ids: readonly string[];
  /** Files read or checked right now (not yet jobs). */
  checking: number;
  /** Set when the user closed the tray; cleared by the next arrival. */
  dismissed: boolean;
}

const EMPTY: TrayBatch = { ids: [], checking: 0, dismissed: false };
let batch: TrayBatch = EMPTY;
const seeded = new Set<string>();
const listeners = new Set<() => void>();

function set(next: TrayBatch): void {
  batch = next;
  for (const l of listeners) l();
}

export const trayBatch = {
  get: (): TrayBatch => batch,
  /** Files arrived: `finished` says whether every job of the current batch is final (then it starts over). */
  checking: (count: number, finished: boolean): void => {
    const base = finished || batch.dismissed ? { ...EMPTY, checking: batch.checking } : batch;
    set({ ...base, checking: base.checking + count, dismissed: false });
  },
  /** The core answered for `count` files with these job ids (refused files included). */
  added: (count: number, ids: readonly string[]): void => {
    const known = new Set(batch.ids);
    set({
      ...batch,
      ids: [...batch.ids, ...ids.filter((id) => !known.has(id))],
      checking: Math.max(0, batch.checking - count),
    });
  },
  /**
   * The first queue snapshot of an account after the window opened: jobs still under way (a queue
   * resumed after a reload or restart) are followed like new arrivals. Once per account.
   */
  resumed: (accountId: string, ids: readonly string[]): void => {
    if (seeded.has(accountId)) return;
    seeded.add(accountId);
    if (ids.length > 0 && batch.ids.length === 0 && batch.checking === 0) set({ ...batch, ids: [...ids] });
  },
  dismiss: (): void => set({ ...EMPTY, dismissed: true }),
  reset: (): void => {
    seeded.clear();
    set(EMPTY);
  },
  subscribe: (l: () => void): (() => void) => {
    listeners.add(l);
    return () => listeners.delete(l);
  },
};

export function useTrayBatch(): TrayBatch {
  return useSyncExternalStore(trayBatch.subscribe, trayBatch.get);
}
