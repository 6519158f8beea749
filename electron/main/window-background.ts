/**
 * The window's background colour, shown before the page paints and behind it while resizing: it must
 * match the page's own background in each theme (`--bg` in renderer/src/styles/base.css), or the
 * window flashes on open.
 */
export const LIGHT_BACKGROUND = '#f5f6f7';
export const DARK_BACKGROUND = '#121417';

export function windowBackground(dark: boolean): string {
  return dark ? DARK_BACKGROUND : LIGHT_BACKGROUND;
}
