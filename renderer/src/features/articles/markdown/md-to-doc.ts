/**
 * Markdown → the editor's document: markdown-it (GFM tables and strikethrough, footnotes, task lists,
 * `$` math) renders HTML, which is adapted to what the editor holds and parsed by the editor's schema
 * (editor/html-to-doc.ts). Raw HTML in the Markdown is not trusted: it stays text (`html: false`).
 *
 * Footnotes (`[^1]`): the editor has no footnote node, so a reference becomes the text `[1]` and the notes
 * become a list under a heading (`notesTitle`, "注释" / "Notes") at the end of the article.
 */
import MarkdownIt from 'markdown-it';
import footnote from 'markdown-it-footnote';
import taskLists from 'markdown-it-task-lists';
import type { JSONContent } from '@tiptap/core';
import { htmlToDoc } from '../editor/html-to-doc';
import { renameStyleAttrs } from '../output/wx-styles';
import { mathPlugin } from './math-rule';

let parser: InstanceType<typeof MarkdownIt> | null = null;

function markdownIt(): InstanceType<typeof MarkdownIt> {
  if (!parser) {
    parser = new MarkdownIt({ html: false, linkify: false, breaks: false });
    parser.use(footnote).use(taskLists).use(mathPlugin);
  }
  return parser;
}

/** markdown-it's footnote markup → text references and a plain list of notes under a heading. */
function flattenFootnotes(doc: Document, notesTitle: string): void {
  for (const sup of Array.from(doc.querySelectorAll('sup.footnote-ref'))) {
    sup.replaceWith(doc.createTextNode(sup.textContent ?? ''));
  }
  for (const back of Array.from(doc.querySelectorAll('a.footnote-backref'))) back.remove();
  doc.querySelector('hr.footnotes-sep')?.remove();
  const section = doc.querySelector('section.footnotes');
  if (!section) return;
  const heading = doc.createElement('h3');
  heading.textContent = notesTitle;
  const list = section.querySelector('ol');
  section.replaceWith(heading, ...(list ? [list] : []));
}

/** Markdown → HTML the editor's schema parses (headings beyond h3 become h3; lone pictures leave their paragraph). */
export function markdownToHtml(markdown: string, notesTitle: string): string {
  // Aligned table cells carry style attributes: renamed before parsing (output/wx-styles.ts, CSP).
  const rendered = renameStyleAttrs(markdownIt().render(markdown));
  const doc = new DOMParser().parseFromString(`<body>${rendered}</body>`, 'text/html');
  flattenFootnotes(doc, notesTitle);
  for (const h of Array.from(doc.body.querySelectorAll('h4, h5, h6'))) {
    const h3 = doc.createElement('h3');
    h3.append(...Array.from(h.childNodes));
    h.replaceWith(h3);
  }
  // A fence's content ends with its last line's newline, which is not part of the code.
  for (const code of Array.from(doc.body.querySelectorAll('pre > code'))) {
    code.textContent = (code.textContent ?? '').replace(/\n$/, '');
  }
  for (const p of Array.from(doc.body.querySelectorAll('p'))) {
    const only = p.children.length === 1 && p.firstElementChild?.tagName === 'IMG' && !p.textContent?.trim();
    if (only && p.firstElementChild) p.replaceWith(p.firstElementChild);
  }
  return doc.body.innerHTML;
}

export function markdownToDoc(markdown: string, notesTitle: string): JSONContent {
  return htmlToDoc(markdownToHtml(markdown, notesTitle));
}
