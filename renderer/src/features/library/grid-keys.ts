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

/** Columns of a CSS grid, read from its rendered children (1 when unknown, e.g. in tests). */
export function gridColumns(list: HTMLElement | null): number {
  const kids = list ? Array.from(list.children) : [];
  if (kids.length < 2) return 1;
  const top = (kids[0] as HTMLElement).offsetTop;
  const n = kids.findIndex((k) => (k as HTMLElement).offsetTop !== top);
  return n <= 0 ? kids.length : n;
}
