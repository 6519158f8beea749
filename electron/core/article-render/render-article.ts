/**
 * Marked HTML (the editor's `wx-*` output, renderer/src/features/articles/output/to-wechat-html.ts) →
 * final WeChat HTML for one theme: task boxes, highlighted code, formulas, footnoted links, the theme's
 * styles inlined, then every class and data-* attribute removed. docs/article-rendering.md describes the
 * whole path and what WeChat keeps of it.
 */
import type { ArticleTheme } from '@shared/article-themes';
import type { RenderedArticle } from '@shared/features/articles.channels';
import { applyColourMarkers } from './colour-markers';
import { footnoteLinks } from './footnote-links';
import { highlightCodeBlocks } from './highlight-code';
import { inlineStyles } from './inline-styles';
import { replaceFormulas } from './math-formulas';
import { parseFragment, serializeFragment } from './parse-html';
import { dropUnsafeNodes, stripMarkers } from './strip-markers';
import { wrapTables } from './table-scroll';
import { markTaskItems } from './task-items';
import { themeCss, themeTokenStyles } from './theme-css';

export function renderArticle(markedHtml: string, theme: ArticleTheme): RenderedArticle {
  const $ = parseFragment(markedHtml);
  dropUnsafeNodes($);
  applyColourMarkers($);
  markTaskItems($);
  highlightCodeBlocks($, themeTokenStyles(theme));
  const math = replaceFormulas($);
  const footnotes = footnoteLinks($);
  wrapTables($);
  inlineStyles($, themeCss(theme));
  stripMarkers($);
  return { html: math.fill(serializeFragment($)), footnotes, warnings: math.warnings };
}
