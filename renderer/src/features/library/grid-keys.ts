/**
 * Keyboard navigation over a grid or list: arrows move the focus (Up/Down by a row of `columns`),
 * Home/End jump, and the caller handles Enter (open), Space (toggle) and Delete.
 * Returns the next focus index, or null when the key is not a movement key.
 */
export function moveFocus(key: string, index: number, count: number, columns: number): number | null {
  if (count === 0) return null;
  const clamp = (i: number) => Math.max(0, Math.min(count - 1, i));
  switch (key) {
    case 'ArrowRight':
      return clamp(index + 1);
    case 'ArrowLeft':
      return clamp(index - 1);
    case 'ArrowDown':
      return clamp(index + columns);
    case 'ArrowUp':
      return clamp(index - columns);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    case 'PageDown':
      return clamp(index + columns * 5);
    case 'PageUp':
      return clamp(index - columns * 5);
    default:
      return null;
  }
}

/**
 * The virtualized grid's and list's key handling: movement keys move the focus and scroll it into
 * view (`scrollTo` gets the focused index), Enter opens the focused item, Space toggles it.
 */
export function handleViewKey<T>(
  e: { key: string; preventDefault(): void },
  view: {
    focus: number;
    count: number;
    columns: number;
    item: T | undefined;
    setFocus(i: number): void;
    scrollTo(i: number): void;
    onOpen(item: T): void;
    onToggle(item: T): void;
  },
): void {
  const next = moveFocus(e.key, view.focus, view.count, view.columns);
  if (next !== null) {
    e.preventDefault();
    view.setFocus(next);
    view.scrollTo(next);
  } else if (view.item && e.key === 'Enter') view.onOpen(view.item);
  else if (view.item && e.key === ' ') {
    e.preventDefault();
    view.onToggle(view.item);
  }
}

/**
 * Columns of a CSS grid: the resolved track list of `grid-template-columns` (auto-fill resolves to
 * one length per column), else the cells of the first visual row; 1 when unknown (e.g. in tests).
 */
export function gridColumns(grid: HTMLElement | null, cellSelector = '[role="gridcell"]'): number {
  if (!grid) return 1;
  const tracks = getComputedStyle(grid).gridTemplateColumns;
  if (/^(\s*[\d.]+px)+\s*$/.test(tracks ?? '')) return tracks.trim().split(/\s+/).length;
  const cells = Array.from(grid.querySelectorAll<HTMLElement>(cellSelector));
  if (cells.length < 2) return 1;
  const top = cells[0].offsetTop;
  const n = cells.findIndex((c) => c.offsetTop !== top);
  return n <= 0 ? 1 : n;
}

/** The focusable controls inside one card (checkbox, buttons), in document order. */
export function cardWidgets(cell: HTMLElement): HTMLElement[] {
  return Array.from(cell.querySelectorAll<HTMLElement>('button:not([disabled]), input:not([disabled]), a[href]'));
}

/**
 * Keys while focus is on a control inside a card (reached with F2): arrows move among the card's
 * controls, Home/End jump, Escape returns to the card. Returns true when it handled the key.
 */
export function moveAmongWidgets(key: string, cell: HTMLElement, from: HTMLElement): boolean {
  if (key === 'Escape') {
    cell.focus();
    return true;
  }
  const widgets = cardWidgets(cell);
  const i = widgets.indexOf(from);
  if (i < 0 || widgets.length === 0) return false;
  const n = widgets.length;
  const next =
    key === 'ArrowRight' || key === 'ArrowDown'
      ? (i + 1) % n
      : key === 'ArrowLeft' || key === 'ArrowUp'
        ? (i - 1 + n) % n
        : key === 'Home'
          ? 0
          : key === 'End'
            ? n - 1
            : null;
  if (next === null) return false;
  widgets[next]?.focus();
  return true;
}
