/**
 * `$…$` (inline) and `$$…$$` (display) formulas for markdown-it, written as the editor's math elements
 * (editor/math-nodes.ts) holding the LaTeX source. Pandoc's rules keep prices ("$5 and $6") as text:
 * the opening `$` is not followed by a space, the closing one not preceded by a space nor followed by a digit.
 */
import type MarkdownIt from 'markdown-it';

type Md = InstanceType<typeof MarkdownIt>;
type StateInline = Parameters<Parameters<Md['inline']['ruler']['push']>[1]>[0];
type StateBlock = Parameters<Parameters<Md['block']['ruler']['push']>[1]>[0];

function inlineMath(state: StateInline, silent: boolean): boolean {
  const { src, pos } = state;
  if (src[pos] !== '$' || src[pos + 1] === '$') return false;
  const next = src[pos + 1];
  if (next === undefined || /\s/.test(next)) return false;
  let end = pos + 1;
  for (;;) {
    end = src.indexOf('$', end);
    if (end < 0) return false;
    if (src[end - 1] === '\\') {
      end += 1;
      continue;
    }
    break;
  }
  if (/\s/.test(src[end - 1] ?? '') || /\d/.test(src[end + 1] ?? '')) return false;
  if (!silent) {
    const token = state.push('math_inline', 'span', 0);
    token.content = src.slice(pos + 1, end);
  }
  state.pos = end + 1;
  return true;
}

function blockMath(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  const start = (state.bMarks[startLine] ?? 0) + (state.tShift[startLine] ?? 0);
  const max = state.eMarks[startLine] ?? 0;
  const first = state.src.slice(start, max);
  if (!first.startsWith('$$')) return false;
  if (silent) return true;
  const lines: string[] = [];
  let rest = first.slice(2);
  let line = startLine;
  let closed = false;
  // `$$ x $$` on one line, or `$$` … `$$` over several.
  if (rest.trimEnd().endsWith('$$') && rest.trim().length >= 2) {
    lines.push(rest.trimEnd().slice(0, -2));
    closed = true;
  } else {
    if (rest.trim()) lines.push(rest);
    while (!closed && ++line < endLine) {
      const text = state.src.slice((state.bMarks[line] ?? 0) + (state.tShift[line] ?? 0), state.eMarks[line] ?? 0);
      if (text.trimEnd().endsWith('$$')) {
        rest = text.trimEnd().slice(0, -2);
        if (rest.trim()) lines.push(rest);
        closed = true;
      } else lines.push(text);
    }
  }
  if (!closed) return false;
  state.line = line + 1;
  const token = state.push('math_block', 'div', 0);
  token.block = true;
  token.content = lines.join('\n').trim();
  token.map = [startLine, state.line];
  return true;
}

export function mathPlugin(md: Md): void {
  md.inline.ruler.after('escape', 'math_inline', inlineMath);
  md.block.ruler.before('fence', 'math_block', blockMath, { alt: ['paragraph', 'reference', 'blockquote', 'list'] });
  const esc = md.utils.escapeHtml;
  md.renderer.rules.math_inline = (tokens, i) =>
    `<span data-type="math-inline" data-tex="${esc(tokens[i]?.content ?? '')}"></span>`;
  md.renderer.rules.math_block = (tokens, i) =>
    `<div data-type="math-block" data-tex="${esc(tokens[i]?.content ?? '')}"></div>\n`;
}
