/**
 * Formulas in the marked HTML (`<span class="wx-math" data-tex>` inline, `<p class="wx-math-block"
 * data-tex>` display) are replaced by placeholders while the rest of the article is styled, and the SVGs
 * (./render-math.ts) go in at the very end: an SVG is already final, so neither the inliner nor the
 * marker stripping needs to walk its thousands of path nodes. A formula that fails keeps its source as
 * inline code and is reported as a warning.
 */
import { randomBytes } from 'node:crypto';
import type { RenderedArticle } from '@shared/features/articles.channels';
import type { ArticleDom } from './parse-html';
import { renderTex } from './render-math';

export interface MathPass {
  /** Puts the SVGs where the placeholders are, in serialized HTML. */
  fill(html: string): string;
  warnings: RenderedArticle['warnings'];
}

export function replaceFormulas($: ArticleDom): MathPass {
  const nonce = randomBytes(6).toString('hex');
  const svgs: string[] = [];
  const warnings: RenderedArticle['warnings'] = [];
  $('.wx-math[data-tex], .wx-math-block[data-tex]').each((_, el) => {
    const node = $(el);
    const tex = (node.attr('data-tex') ?? '').trim();
    const display = node.hasClass('wx-math-block');
    if (!tex) {
      node.remove();
      return;
    }
    const result = renderTex(tex, display);
    if (result.ok) {
      node.empty().append(`<!--wxmath-${nonce}-${svgs.length}-->`);
      svgs.push(result.svg);
    } else {
      const delim = display ? '$$' : '$';
      node.empty().append($('<code class="wx-codespan wx-math-error"></code>').text(`${delim}${tex}${delim}`));
      warnings.push({ kind: 'math', source: tex, message: result.message });
    }
  });
  const placeholder = new RegExp(`<!--wxmath-${nonce}-(\\d+)-->`, 'g');
  return {
    fill: (html) => (svgs.length ? html.replace(placeholder, (_, i: string) => svgs[Number(i)] ?? '') : html),
    warnings,
  };
}
