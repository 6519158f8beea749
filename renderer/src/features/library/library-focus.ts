/** Where keyboard focus goes in the library: the tab panel's fixed id and "focus the items". */

/** The tab panel's id: the skip link (SkipToLibrary.tsx) and the kind tabs point at it. */
export const LIBRARY_PANEL_ID = 'library-items';

/**
 * Puts focus on the library's items: the grid's current card (its roving tab stop), the virtualized
 * grid or list, or else the tab panel itself (empty, loading).
 */
export function focusLibraryItems(): boolean {
  const panel = document.getElementById(LIBRARY_PANEL_ID);
  if (!panel) return false;
  const target =
    panel.querySelector<HTMLElement>('[role="grid"] [tabindex="0"], [role="listbox"][tabindex="0"]') ?? panel;
  target.focus();
  return true;
}
