/**
 * The ONE function that turns the editor's document into WeChat article HTML: only allowed tags, styles
 * inline (WeChat ignores style sheets), images only from uploadimg hosts, sanitized with DOMPurify.
 * Pure: the same document and hosts give the same string.
 */
import type { JSONContent } from '@tiptap/core';
import { isAllowedImage, sanitizeMarked } from './sanitize';
import { inlineMarkerStyles, normalizeColor } from './wx-styles';

const ALIGNS = new Set(['center', 'right', 'justify']);

/** Escapes text and attribute values. */
export function esc(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

function block(marker: string, attrs: JSONContent['attrs']): string {
  const align = str(attrs?.textAlign);
  return ALIGNS.has(align) ? `wx-${marker} wx-al-${align}` : `wx-${marker}`;
}

function renderText(node: JSONContent): string {
  let html = esc(node.text ?? '').replace(/\n/g, '<br>');
  for (const mark of node.marks ?? []) {
    if (mark.type === 'bold') html = `<strong>${html}</strong>`;
    else if (mark.type === 'italic') html = `<em>${html}</em>`;
    else if (mark.type === 'underline') html = `<u>${html}</u>`;
    else if (mark.type === 'strike') html = `<s>${html}</s>`;
    else if (mark.type === 'textStyle') {
      const color = normalizeColor(str(mark.attrs?.color));
      if (color) html = `<span class="wx-c-${color.slice(1)}">${html}</span>`;
    } else if (mark.type === 'link') {
      const href = str(mark.attrs?.href).trim();
      if (/^(https?:|mailto:)/i.test(href)) html = `<a class="wx-a" href="${esc(href)}">${html}</a>`;
    }
  }
  return html;
}

function children(node: JSONContent, hosts: readonly string[]): string {
  return (node.content ?? []).map((c) => renderNode(c, hosts)).join('');
}

function renderNode(node: JSONContent, hosts: readonly string[]): string {
  switch (node.type) {
    case 'text':
      return renderText(node);
    case 'paragraph':
      return `<p class="${block('p', node.attrs)}">${children(node, hosts) || '<br>'}</p>`;
    case 'heading': {
      const tag = `h${Math.min(3, Math.max(1, Number(node.attrs?.level) || 2))}`;
      return `<${tag} class="${block(tag, node.attrs)}">${children(node, hosts)}</${tag}>`;
    }
    case 'bulletList':
      return `<ul class="wx-ul">${children(node, hosts)}</ul>`;
    case 'orderedList':
      return `<ol class="wx-ol">${children(node, hosts)}</ol>`;
    case 'listItem':
      // List items hold paragraphs; written flat (like WeChat's own editor) so paragraph margins stay out.
      return `<li class="wx-li">${(node.content ?? []).map((c) => (c.type === 'paragraph' ? children(c, hosts) : renderNode(c, hosts))).join('<br>')}</li>`;
    case 'blockquote':
      return `<blockquote class="wx-quote">${children(node, hosts)}</blockquote>`;
    case 'horizontalRule':
      return '<hr class="wx-hr">';
    case 'hardBreak':
      return '<br>';
    case 'image': {
      // Only uploadimg pictures: WeChat would drop any other, so they are never written.
      if (!isAllowedImage(str(node.attrs?.src), hosts)) return '';
      const alt = str(node.attrs?.alt);
      return `<img class="wx-img" src="${esc(str(node.attrs?.src))}"${alt ? ` alt="${esc(alt)}"` : ''}>`;
    }
    default:
      // doc, and unknown node types: their children (text survives, structure does not).
      return children(node, hosts);
  }
}

/** Trailing empty paragraphs (the editor always keeps one) are not part of the article. */
function trimTrailing(doc: JSONContent): JSONContent {
  const content = [...(doc.content ?? [])];
  while (content.length > 1 && content.at(-1)?.type === 'paragraph' && !content.at(-1)?.content?.length) content.pop();
  return { ...doc, content };
}

/** Document → sanitized HTML with marker classes (what the preview renders, styles applied via CSSOM). */
export function toMarkedHtml(doc: JSONContent, imageHosts: readonly string[]): string {
  return sanitizeMarked(renderNode(trimTrailing(doc), imageHosts), imageHosts);
}

/** Document (Tiptap JSON) → sanitized WeChat HTML with inline styles. `imageHosts`: mmbiz + the API base host. */
export function toWeChatHtml(doc: JSONContent, imageHosts: readonly string[]): string {
  return inlineMarkerStyles(toMarkedHtml(doc, imageHosts));
}

/** Plain text of a document (for the default digest and the empty check). */
export function plainText(doc: JSONContent): string {
  if (doc.type === 'text') return doc.text ?? '';
  return (doc.content ?? []).map(plainText).join(doc.type === 'doc' ? '\n' : '');
}

/** The image sources in a document, in order. */
export function imageSrcs(doc: JSONContent): string[] {
  if (doc.type === 'image') return [str(doc.attrs?.src)];
  return (doc.content ?? []).flatMap(imageSrcs);
}
