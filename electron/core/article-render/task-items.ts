/**
 * Task list items (`<li class="wx-task" data-checked>`) get a visible box, since WeChat keeps no form
 * controls and the `data-checked` attribute is removed at the end (./strip-markers.ts). The theme drops
 * the bullet of these items (themes/shared-rules.ts).
 */
import type { ArticleDom } from './parse-html';

export const TASK_DONE = '☑';
export const TASK_OPEN = '☐';

export function markTaskItems($: ArticleDom): void {
  $('li.wx-task').each((_, el) => {
    const done = $(el).attr('data-checked') === 'true';
    const box = `<span class="wx-task-box">${done ? TASK_DONE : TASK_OPEN}</span>`;
    // The box goes inside the item's first paragraph when there is one, so it sits on the text's line.
    const first = $(el).children().first();
    if (first.is('p')) first.prepend(box);
    else $(el).prepend(box);
  });
}
