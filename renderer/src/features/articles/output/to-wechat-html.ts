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
    if (mark.type === 'code') html = `<code class="wx-codespan">${html}</code>`;
    else if (mark.type === 'bold') html = `<strong>${html}</strong>`;
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

/**
 * List item and cell content written flat (paragraph margins stay out): paragraphs as their text, a
 * <br> between two of them only (a nested list or block follows without one).
 */
function flat(node: JSONContent, hosts: readonly string[]): string {
  let out = '';
  let lastParagraph = false;
  for (const c of node.content ?? []) {
    const paragraph = c.type === 'paragraph';
    if (paragraph && lastParagraph) out += '<br>';
    out += paragraph ? children(c, hosts) : renderNode(c, hosts);
    lastParagraph = paragraph;
  }
  return out;
}

function cell(node: JSONContent, hosts: readonly string[]): string {
  const tag = node.type === 'tableHeader' ? 'th' : 'td';
  const align = str(node.attrs?.align);
  const cls = ALIGNS.has(align) ? `wx-${tag} wx-al-${align}` : `wx-${tag}`;
  return `<${tag} class="${cls}">${flat(node, hosts)}</${tag}>`;
}

/** A table: a first row made only of header cells becomes the thead (Markdown tables always have one). */
function table(node: JSONContent, hosts: readonly string[]): string {
  const rows = node.content ?? [];
  const row = (r: JSONContent) => `<tr>${(r.content ?? []).map((c) => cell(c, hosts)).join('')}</tr>`;
  const first = rows[0];
  const headed = Boolean(first?.content?.length) && (first?.content ?? []).every((c) => c.type === 'tableHeader');
  const head = headed && first ? `<thead>${row(first)}</thead>` : '';
  const body = (headed ? rows.slice(1) : rows).map(row).join('');
  return `<table class="wx-table">${head}${body ? `<tbody>${body}</tbody>` : ''}</table>`;
}

/** The text of a code block, \n kept (the core highlights it and keeps the line breaks). */
const codeText = (node: JSONContent): string => (node.content ?? []).map((c) => c.text ?? '').join('');

function renderNode(node: JSONContent, hosts: readonly string[]): string {
  switch (node.type) {
    case 'codeBlock': {
      const lang = str(node.attrs?.language);
      const attr = /^[\w#+.-]{1,32}$/.test(lang) ? ` data-lang="${esc(lang)}"` : '';
      return `<pre class="wx-pre"><code class="wx-code"${attr}>${esc(codeText(node))}</code></pre>`;
    }
    case 'table':
      return table(node, hosts);
    case 'taskList':
      return `<ul class="wx-ul">${children(node, hosts)}</ul>`;
    case 'taskItem':
      return `<li class="wx-li wx-task" data-checked="${node.attrs?.checked ? 'true' : 'false'}">${flat(node, hosts)}</li>`;
    case 'mathInline':
      return `<span class="wx-math" data-tex="${esc(str(node.attrs?.tex))}"></span>`;
    case 'mathBlock':
      return `<p class="wx-math-block" data-tex="${esc(str(node.attrs?.tex))}"></p>`;
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
    case 'orderedList': {
      const start = Number(node.attrs?.start) || 1;
      return `<ol class="wx-ol"${start > 1 ? ` start="${start}"` : ''}>${children(node, hosts)}</ol>`;
    }
    case 'listItem':
      // List items hold paragraphs; written flat (like WeChat's own editor) so paragraph margins stay out.
      return `<li class="wx-li">${flat(node, hosts)}</li>`;
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
