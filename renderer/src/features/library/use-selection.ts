import { useCallback, useRef, useState } from 'react';

export interface SelectModifiers {
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

/**
 * Selection over the items of the current view: click selects one, Ctrl/⌘-click toggles,
 * Shift-click selects the range from the last clicked item (within `visibleIds`, the view's order).
 * A double-click opens a preview: `revertLastClick` undoes what its first click selected, so a
 * double-click leaves the selection as it was.
 */
export function useSelection() {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [anchor, setAnchor] = useState<string | null>(null);
  const beforeLastClick = useRef<{ selected: ReadonlySet<string>; anchor: string | null } | null>(null);

  const click = useCallback(
    (id: string, visibleIds: readonly string[], mods: SelectModifiers) => {
      beforeLastClick.current = { selected, anchor };
      if (mods.shiftKey && anchor !== null) {
        const a = visibleIds.indexOf(anchor);
        const b = visibleIds.indexOf(id);
        if (a >= 0 && b >= 0) {
          const [lo, hi] = a < b ? [a, b] : [b, a];
          setSelected((prev) => {
            const next = mods.ctrlKey || mods.metaKey ? new Set(prev) : new Set<string>();
            for (let i = lo; i <= hi; i++) next.add(visibleIds[i]);
            return next;
          });
          return;
        }
      }
      setAnchor(id);
      if (mods.ctrlKey || mods.metaKey) {
        setSelected((prev) => {
          const next = new Set(prev);
          if (next.has(id)) next.delete(id);
          else next.add(id);
          return next;
        });
      } else {
        setSelected(new Set([id]));
      }
    },
    [anchor, selected],
  );

  const revertLastClick = useCallback(() => {
    const before = beforeLastClick.current;
    if (!before) return;
    beforeLastClick.current = null;
    setSelected(before.selected);
    setAnchor(before.anchor);
  }, []);

  const selectAll = useCallback((ids: readonly string[]) => setSelected(new Set(ids)), []);
  const clear = useCallback(() => {
    setSelected(new Set());
    setAnchor(null);
  }, []);

  return { selected, click, selectAll, clear, revertLastClick };
}
