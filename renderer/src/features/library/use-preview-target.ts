/** The item shown in the preview pane, if any, and the element that opened it (focus goes back there on close). */
import { useRef, useState } from 'react';
import type { LibraryItem, LibraryKind } from '@shared/features/library.channels';

export type PreviewTarget = { kind: LibraryKind; mediaId: string };

/** The pane's root carries this attribute, so closing can tell whether focus is inside it. */
export const PREVIEW_PANE_ATTR = 'data-preview-pane';

export function usePreviewTarget() {
  const [target, setTarget] = useState<PreviewTarget | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  return {
    target,
    open: (item: LibraryItem) => {
      const active = document.activeElement;
      // Opening another item from inside the pane keeps the original opener.
      if (active instanceof HTMLElement && !active.closest(`[${PREVIEW_PANE_ATTR}]`)) opener.current = active;
      setTarget({ kind: item.kind, mediaId: item.mediaId });
    },
    /**
     * Closes the pane. Focus that was in the pane (or nowhere) goes back to the opener; focus the user
     * has since put elsewhere stays there. Returns false when the opener is gone (its item was deleted).
     */
    close: (): boolean => {
      setTarget(null);
      const active = document.activeElement;
      const inPane = !active || active === document.body || active.closest(`[${PREVIEW_PANE_ATTR}]`) !== null;
      const back = opener.current;
      opener.current = null;
      if (!inPane) return true;
      if (back?.isConnected) {
        back.focus();
        return true;
      }
      return false;
    },
    /** Closes the pane if it shows `mediaId` (after that item was deleted). */
    closeIf: (mediaId: string) => setTarget((t) => (t?.mediaId === mediaId ? null : t)),
  };
}
