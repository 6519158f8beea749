/**
 * The editor's document → Markdown (the source view and 导出 Markdown). Written for the parser in
 * md-to-doc.ts: what this writes parses back into the same document. What Markdown cannot say (colours,
 * alignment of paragraphs, underline) is left out.
 */
import type { JSONContent } from '@tiptap/core';

type Mark = NonNullable<JSONContent['marks']>[number];

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** Backslash-escapes what Markdown would read as syntax inside text. */
export function escapeText(text: string): string {
  return text.replace(/[\\`*_[\]<>$~|&#!]/g, '\\$&');
}

/** At the start of a line, list markers and setext underlines would start a block. */
function escapeLineStarts(s: string): string {
  return s.replace(/(^|\n)(\d+)([.)])(?= |$)/g, '$1$2\\$3').replace(/(^|\n)([-+=])(?= |$|\2)/g, '$1\\$2');
}

function codeSpan(text: string): string {
  const runs = text.match(/`+/g) ?? [];
  const fence = '`'.repeat(Math.max(0, ...runs.map((r) => r.length)) + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

const ORDER = ['link', 'bold', 'italic', 'strike'];
const sameMark = (a: Mark, b: Mark) => a.type === b.type && str(a.attrs?.href) === str(b.attrs?.href);

function open(mark: Mark): string {
  if (mark.type === 'link') return '[';
  if (mark.type === 'bold') return '**';
  if (mark.type === 'italic') return '*';
  return '~~';
}

function close(mark: Mark): string {
  if (mark.type === 'link') {
    const href = str(mark.attrs?.href);
    return `](${/[\s()<>]/.test(href) ? `<${href.replace(/[<>]/g, encodeURIComponent)}>` : href})`;
  }
  return open(mark);
}

function destination(src: string): string {
  return /[\s()<>]/.test(src) ? `<${src.replace(/[<>]/g, encodeURIComponent)}>` : src;
}

/** Inline content: marks are opened and closed around runs of text (never around each piece). */
function inline(nodes: readonly JSONContent[]): string {
  let out = '';
  const stack: Mark[] = [];
  const closeTo = (depth: number) => {
    while (stack.length > depth) out += close(stack.pop() as Mark);
  };
  for (const node of nodes) {
    const marks = (node.marks ?? [])
      .filter((m) => ORDER.includes(m.type))
      .sort((a, b) => ORDER.indexOf(a.type) - ORDER.indexOf(b.type));
    let keep = 0;
    while (keep < stack.length && keep < marks.length && sameMark(stack[keep], marks[keep])) keep += 1;
    closeTo(keep);
    for (const m of marks.slice(keep)) {
      out += open(m);
      stack.push(m);
    }
    if (node.type === 'text') {
      const text = node.text ?? '';
      out += node.marks?.some((m) => m.type === 'code') ? codeSpan(text) : escapeText(text);
    } else if (node.type === 'hardBreak') out += '\\\n';
    else if (node.type === 'mathInline') out += `$${str(node.attrs?.tex)}$`;
    else if (node.type === 'image')
      out += `![${escapeText(str(node.attrs?.alt))}](${destination(str(node.attrs?.src))})`;
  }
  closeTo(0);
  return escapeLineStarts(out);
}

const indent = (text: string, pad: string) => text.replace(/\n(?!\n|$)/g, `\n${pad}`);

function listItem(item: JSONContent, marker: string): string {
  const body = blocks(item.content ?? []);
  return `${marker}${indent(body, ' '.repeat(marker.length))}`;
}

function cellText(cell: JSONContent): string {
  return (cell.content ?? [])
    .map((p) => inline(p.content ?? []))
    .join(' ')
    .replace(/\n/g, ' ');
}

function table(node: JSONContent): string {
  const rows = node.content ?? [];
  const width = Math.max(1, ...rows.map((r) => r.content?.length ?? 0));
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const texts = (r: JSONContent) => Array.from({ length: width }, (_, i) => cellText(r.content?.[i] ?? {}));
  const head = rows[0] ?? {};
  const rule = Array.from({ length: width }, (_, i) => {
    const align = str(head.content?.[i]?.attrs?.align);
    if (align === 'center') return ':---:';
    if (align === 'right') return '---:';
    if (align === 'left') return ':---';
    return '---';
  });
  return [line(texts(head)), line(rule), ...rows.slice(1).map((r) => line(texts(r)))].join('\n');
}

function block(node: JSONContent): string {
  switch (node.type) {
    case 'paragraph':
      return inline(node.content ?? []);
    case 'heading':
      return `${'#'.repeat(Math.min(3, Math.max(1, Number(node.attrs?.level) || 1)))} ${inline(node.content ?? [])}`;
    case 'blockquote':
      return blocks(node.content ?? [])
        .split('\n')
        .map((l) => (l ? `> ${l}` : '>'))
        .join('\n');
    case 'bulletList':
      return (node.content ?? []).map((item) => listItem(item, '- ')).join('\n');
    case 'orderedList': {
      const start = Number(node.attrs?.start) || 1;
      return (node.content ?? []).map((item, i) => listItem(item, `${start + i}. `)).join('\n');
    }
    case 'taskList':
      return (node.content ?? []).map((item) => listItem(item, item.attrs?.checked ? '- [x] ' : '- [ ] ')).join('\n');
    case 'codeBlock': {
      const text = (node.content ?? []).map((c) => c.text ?? '').join('');
      const runs = text.match(/^`{3,}/gm) ?? [];
      const fence = '`'.repeat(Math.max(2, ...runs.map((r) => r.length)) + 1);
      return `${fence}${str(node.attrs?.language)}\n${text}\n${fence}`;
    }
    case 'horizontalRule':
      return '---';
    case 'image':
      return inline([node]);
    case 'mathBlock':
      return `$$\n${str(node.attrs?.tex)}\n$$`;
    case 'table':
      return table(node);
    default:
      return blocks(node.content ?? []);
  }
}

function blocks(nodes: readonly JSONContent[]): string {
  return nodes
    .map(block)
    .filter((b) => b !== '')
    .join('\n\n');
}

export function docToMarkdown(doc: JSONContent): string {
  return `${blocks(doc.content ?? [])}\n`;
}
