/**
 * A wide table scrolls sideways inside its own box instead of squeezing its columns on a phone screen;
 * the box is a <section>, which WeChat keeps (docs/article-rendering.md, "What WeChat keeps").
 */
import type { ArticleDom } from './parse-html';

export function wrapTables($: ArticleDom): void {
  $('table.wx-table').each((_, el) => {
    $(el).wrap('<section class="wx-table-scroll"></section>');
  });
}
