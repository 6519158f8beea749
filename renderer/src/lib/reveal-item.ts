/**
 * "Show this item in the library": a one-shot request from anywhere (the uploads tray and screen) that
 * the library honours once it is on screen — it switches to the item's tab, back to the first page
 * without filters, and scrolls to, focuses and highlights the item's card when the index lists it.
 */
import { useEffect, useSyncExternalStore } from 'react';
import type { LibraryKind } from '@shared/features/library.channels';
import type { UploadType } from '@shared/models';
import './reveal-item.css';

export interface RevealRequest {
  accountId: string;
  mediaId: string;
  kind: LibraryKind;
}

let request: RevealRequest | null = null;
const listeners = new Set<() => void>();

function set(next: RevealRequest | null): void {
  request = next;
  for (const l of listeners) l();
}

/** The library tab an uploaded type is listed under (thumbs are listed with images, electron/core/uploads/send-job.ts). */
export function kindOfUpload(type: UploadType): LibraryKind {
  return type === 'thumb' ? 'image' : type;
}

export const revealItem = {
  request: (r: RevealRequest): void => set(r),
  get: (): RevealRequest | null => request,
  done: (): void => set(null),
  subscribe: (l: () => void): (() => void) => {
    listeners.add(l);
    return () => listeners.delete(l);
  },
};

/** How long the highlight stays on the revealed card. */
const HIGHLIGHT_MS = 4000;
/** Give up waiting for the index to list the item (it may have been deleted meanwhile). */
const GIVE_UP_MS = 15_000;

export interface RevealTarget {
  /** The library's active tab and how to change it. */
  kind: LibraryKind;
  changeKind: (kind: LibraryKind) => void;
  /** Brings the view to the newest items: first page, no filters, paged grid. */
  showNewest: () => void;
  /** The items on screen now (the effect looks for the card once its item is listed). */
  items: readonly { mediaId: string }[] | undefined;
}

/**
 * Honours a pending reveal request for `accountId` in the library. The card is found by its
 * `data-media-id` (features/library/MaterialCard.tsx), so the grid needs no extra prop.
 */
export function useRevealItem(accountId: string, target: RevealTarget): void {
  const pending = useSyncExternalStore(revealItem.subscribe, revealItem.get);
  const mine = pending && pending.accountId === accountId ? pending : null;
  const { kind, changeKind, showNewest, items } = target;

  // Step 1: the right tab, the newest items (runs once per request).
  useEffect(() => {
    if (!mine) return;
    if (kind !== mine.kind) changeKind(mine.kind);
    showNewest();
    const giveUp = setTimeout(() => revealItem.get() === mine && revealItem.done(), GIVE_UP_MS);
    return () => clearTimeout(giveUp);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per request; kind/changeKind would re-run it after the switch
  }, [mine]);

  // Step 2: once the item is listed and rendered, bring it forward.
  useEffect(() => {
    if (!mine || kind !== mine.kind || !items?.some((i) => i.mediaId === mine.mediaId)) return;
    const card = [...document.querySelectorAll<HTMLElement>('[data-media-id]')].find(
      (el) => el.dataset.mediaId === mine.mediaId,
    );
    if (!card) return;
    revealItem.done();
    card.scrollIntoView({ block: 'center' });
    card.focus({ preventScroll: true });
    card.setAttribute('data-revealed', 'true');
    setTimeout(() => card.removeAttribute('data-revealed'), HIGHLIGHT_MS);
  }, [mine, kind, items]);
}
