/**
 * The library's commands (keys and desktop menu, electron/shared/commands.ts), registered while the
 * library is shown. The grid handles Enter, Space, Delete and Ctrl/⌘+A on a focused card itself
 * (library/MaterialGrid.tsx) and the dispatcher leaves those keys to it; these run from anywhere else
 * on the screen (the page, the bulk bar) and from the menu.
 */
import type { LibraryItem } from '@shared/features/library.channels';
import { useCommand } from './use-command';

export interface LibraryCommandTargets {
  items: readonly LibraryItem[] | undefined;
  selected: ReadonlySet<string>;
  selectPage: (ids: string[]) => void;
  deleteSelection: () => void;
  preview: (item: LibraryItem) => void;
  /** Enter: drafts open in the editor, everything else in the preview. */
  open: (item: LibraryItem) => void;
  sync: () => void;
  backup: () => void;
}

/** The item a command acts on: the first selected one shown, else the grid's current card. */
function targetItem(t: LibraryCommandTargets): LibraryItem | undefined {
  const items = t.items ?? [];
  const selected = items.find((i) => t.selected.has(i.mediaId));
  if (selected) return selected;
  // The grid's roving focus: its one card with tabindex 0 (library/MaterialGrid.tsx).
  const current = document.querySelector<HTMLElement>('[data-testid="material-grid"] [role="gridcell"][tabindex="0"]');
  return items.find((i) => i.mediaId === current?.dataset.mediaId);
}

/**
 * Puts focus on the item's card before the preview opens from the page (Space with nothing focused):
 * the pane hands focus back to its opener when it closes (library/use-preview-target.ts), so it
 * lands on the card rather than nowhere.
 */
function focusCardOf(item: LibraryItem): void {
  const active = document.activeElement;
  if (active && active !== document.body) return;
  document
    .querySelector<HTMLElement>(`[data-testid="material-grid"] [data-media-id="${CSS.escape(item.mediaId)}"]`)
    ?.focus();
}

export function useLibraryCommands(t: LibraryCommandTargets): void {
  useCommand('search', () => {
    // The toolbar's search field (library/LibraryToolbar.tsx); select its text so typing replaces it.
    const field = document.querySelector<HTMLInputElement>('input[data-testid="library-search"]');
    field?.focus();
    field?.select();
  });
  useCommand('sync', t.sync);
  useCommand('backup', t.backup);
  useCommand('select-all', () => t.selectPage((t.items ?? []).map((i) => i.mediaId)));
  useCommand('delete-selection', () => {
    if (t.selected.size > 0) t.deleteSelection();
  });
  useCommand('preview', () => {
    const item = targetItem(t);
    if (!item) return;
    focusCardOf(item);
    t.preview(item);
  });
  useCommand('open', () => {
    const item = targetItem(t);
    if (item) t.open(item);
  });
}
