/** WeChat HTML (an opened draft, a legacy 图文) → the editor's document, through the editor's own schema. */
import { generateJSON, type JSONContent } from '@tiptap/core';
import { cleanPastedHtml } from '../output/sanitize';
import { articleExtensions } from './extensions';

let extensions: ReturnType<typeof articleExtensions> | null = null;

export function htmlToDoc(html: string): JSONContent {
  extensions ??= articleExtensions('');
  return generateJSON(cleanPastedHtml(html || '<p></p>'), extensions);
}
