/**
 * Conversions waiting for the user's choice, from every entry point (drop, pick, paste, editor body
 * image, cover, thumb). A tiny external store: features/uploads/api/fit-files.ts adds a conversion and
 * awaits the decision; ConversionOffer.tsx (mounted once by the app shell through UploadFlow) shows
 * the ready ones one at a time. "Convert all like this" records the choice for the rest of the batch,
 * so later offers of that batch are answered without asking again. Nothing is converted silently:
 * without a choice, nothing is sent.
 */
import { useSyncExternalStore } from 'react';
import type { AppErrorPayload } from '@shared/errors';
import type { ConversionOffer, FitTarget } from '@shared/features/images.channels';

export type Decision = 'convert' | 'skip';

export type ConvertOutcome = { ok: true; offer: ConversionOffer } | { ok: false; error: AppErrorPayload };

export type Answer =
  | { decision: 'convert'; offer: ConversionOffer }
  | { decision: 'skip' }
  | { decision: 'failed'; error: AppErrorPayload };

export interface OfferItem {
  id: string;
  batch: string;
  /** The original file's name, shown while it converts. */
  name: string;
  target: FitTarget;
  /** Set once the converted copy is ready to be shown. */
  offer: ConversionOffer | null;
}

let items: OfferItem[] = [];
const listeners = new Set<() => void>();
const answers = new Map<string, (a: Answer) => void>();
/** "Convert all like this": the batch's standing choice. */
const batchChoice = new Map<string, Decision>();
let counter = 0;

function set(next: OfferItem[]): void {
  items = next;
  for (const l of listeners) l();
}

function settle(id: string, answer: Answer): void {
  answers.get(id)?.(answer);
  answers.delete(id);
  set(items.filter((i) => i.id !== id));
}

function answerFor(item: OfferItem, decision: Decision): Answer {
  return decision === 'convert' && item.offer ? { decision, offer: item.offer } : { decision: 'skip' };
}

export const conversionOffers = {
  /** A new batch id: files that arrived together share a "convert all like this" choice. */
  newBatch: (): string => `b${++counter}`,

  /** Shows the conversion once `work` answers and resolves with the user's (or the batch's) choice. */
  ask(batch: string, name: string, target: FitTarget, work: Promise<ConvertOutcome>): Promise<Answer> {
    const id = `o${++counter}`;
    const answered = new Promise<Answer>((resolve) => answers.set(id, resolve));
    set([...items, { id, batch, name, target, offer: null }]);
    void work.then((outcome) => {
      if (!outcome.ok) return settle(id, { decision: 'failed', error: outcome.error });
      const item = { ...(items.find((i) => i.id === id) as OfferItem), offer: outcome.offer };
      const standing = batchChoice.get(batch);
      if (standing) return settle(id, answerFor(item, standing));
      set(items.map((i) => (i.id === id ? item : i)));
    });
    return answered;
  },

  /** The user's choice for one offer; with `all`, for every other offer of its batch too (now and later). */
  decide(id: string, decision: Decision, all = false): void {
    const item = items.find((i) => i.id === id);
    if (!item) return;
    if (all) {
      batchChoice.set(item.batch, decision);
      for (const other of items.filter((i) => i.batch === item.batch && i.offer))
        settle(other.id, answerFor(other, decision));
    }
    settle(id, answerFor(item, decision));
  },

  subscribe: (l: () => void): (() => void) => {
    listeners.add(l);
    return () => listeners.delete(l);
  },
  get: (): OfferItem[] => items,
};

export function useConversionOffers(): OfferItem[] {
  return useSyncExternalStore(conversionOffers.subscribe, conversionOffers.get);
}
