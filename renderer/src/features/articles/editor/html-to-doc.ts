/**
 * HTML → the editor's document, through the editor's own schema. Three kinds of HTML arrive: WeChat's
 * (an opened draft, a legacy 图文), our marked HTML (a draft's saved `source`: wx-* markers, see
 * output/to-wechat-html.ts) and markdown-it's (markdown/md-to-doc.ts). Markers and markdown-it's classes
 * are turned into the data attributes the schema reads before the HTML is cleaned (classes go there).
 */
import { generateJSON, type JSONContent } from '@tiptap/core';
import { cleanPastedHtml } from '../output/sanitize';
import { renameStyleAttrs } from '../output/wx-styles';
import { articleExtensions } from './extensions';

let extensions: ReturnType<typeof articleExtensions> | null = null;

function markTaskItem(li: Element, checked: boolean): void {
  li.setAttribute('data-type', 'taskItem');
  li.setAttribute('data-checked', String(checked));
  li.parentElement?.setAttribute('data-type', 'taskList');
}

/** Marker classes and markdown-it classes → data attributes the editor's schema parses. */
export function toEditorForm(html: string): string {
  const doc = new DOMParser().parseFromString(`<body>${renameStyleAttrs(html)}</body>`, 'text/html');
  const all = (sel: string) => Array.from(doc.body.querySelectorAll<HTMLElement>(sel));
  for (const li of all('li.wx-task')) markTaskItem(li, li.dataset.checked === 'true');
  for (const li of all('li.task-list-item')) {
    const box = li.querySelector('input[type="checkbox"]');
    markTaskItem(li, Boolean(box?.hasAttribute('checked')));
    box?.remove();
  }
  for (const el of all('span.wx-math')) el.setAttribute('data-type', 'math-inline');
  for (const el of all('.wx-math-block')) el.setAttribute('data-type', 'math-block');
  for (const code of all('pre > code[class*="language-"]')) {
    const lang = Array.from(code.classList).find((c) => c.startsWith('language-'));
    if (lang) code.setAttribute('data-lang', lang.slice('language-'.length));
  }
  for (const el of all('[class*="wx-al-"]')) {
    const al = Array.from(el.classList).find((c) => c.startsWith('wx-al-'));
    if (al) el.setAttribute('data-align', al.slice('wx-al-'.length));
  }
  for (const el of all('[class*="wx-c-"]')) {
    const c = Array.from(el.classList).find((x) => /^wx-c-[0-9a-f]{6}$/.test(x));
    if (c) el.setAttribute('data-color', `#${c.slice('wx-c-'.length)}`);
  }
  return doc.body.innerHTML;
}

export function htmlToDoc(html: string): JSONContent {
  extensions ??= articleExtensions('');
  return generateJSON(cleanPastedHtml(toEditorForm(html || '<p></p>')), extensions);
}
