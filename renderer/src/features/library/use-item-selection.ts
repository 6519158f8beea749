/** Selection plus the click handlers the views give their items (the order of `visibleIds` makes Shift-click ranges). */
import { useCallback, useMemo } from 'react';
import type { MouseEvent } from 'react';
import type { LibraryItem } from '@shared/features/library.channels';
import { useSelection } from './use-selection';

export function useItemSelection(items: readonly LibraryItem[] | undefined) {
  const selection = useSelection();
  const visibleIds = useMemo(() => (items ?? []).map((i) => i.mediaId), [items]);
  const { click } = selection;
  const onSelect = useCallback(
    (item: LibraryItem, e: MouseEvent, ids: readonly string[] = visibleIds) => {
      // The second click of a double-click belongs to the double-click (it opens the preview).
      if (e.detail > 1) return;
      click(item.mediaId, ids, { shiftKey: e.shiftKey, ctrlKey: e.ctrlKey, metaKey: e.metaKey });
    },
    [click, visibleIds],
  );
  const onToggle = useCallback(
    (item: LibraryItem) => click(item.mediaId, visibleIds, { shiftKey: false, ctrlKey: true, metaKey: false }),
    [click, visibleIds],
  );
  return { ...selection, onSelect, onToggle };
}

export type ItemSelection = ReturnType<typeof useItemSelection>;
