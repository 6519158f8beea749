/**
 * `wx-c-rrggbb` markers (a text colour the writer picked) become inline colours before the theme is
 * inlined: there is one class per colour, so no stylesheet can list them, and an inline colour wins over
 * the theme's (juice keeps existing inline declarations first in priority).
 */
import type { ArticleDom } from './parse-html';

const COLOUR = /(?:^|\s)wx-c-([0-9a-f]{6})(?:\s|$)/;

export function applyColourMarkers($: ArticleDom): void {
  $('[class*="wx-c-"]').each((_, el) => {
    const m = COLOUR.exec($(el).attr('class') ?? '');
    if (!m) return;
    const style = $(el).attr('style');
    $(el).attr('style', `${style ? `${style.replace(/;?\s*$/, '; ')}` : ''}color: #${m[1]}`);
  });
}
