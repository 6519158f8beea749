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

/** Columns of a CSS grid, read from its rendered children (1 when unknown, e.g. in tests). */
export function gridColumns(list: HTMLElement | null): number {
  const kids = list ? Array.from(list.children) : [];
  if (kids.length < 2) return 1;
  const top = (kids[0] as HTMLElement).offsetTop;
  const n = kids.findIndex((k) => (k as HTMLElement).offsetTop !== top);
  return n <= 0 ? kids.length : n;
}
