/**
 * The theme's stylesheet inlined into every element's `style` attribute with juice (WeChat drops
 * <style> and classes, docs/wechat-api.md § Drafts). Only plain selectors are used by the themes; no
 * attributes (width, bgcolor…) are derived, so the output carries styles only.
 */
import juice from 'juice';
import type { ArticleDom } from './parse-html';

const OPTIONS = {
  applyAttributesTableElements: false,
  applyHeightAttributes: false,
  applyWidthAttributes: false,
  inlinePseudoElements: false,
  preserveImportant: false,
  preserveMediaQueries: false,
  preserveFontFaces: false,
  preserveKeyFrames: false,
  removeStyleTags: true,
  xmlMode: false,
};

export function inlineStyles($: ArticleDom, css: string): void {
  juice.inlineDocument($, css, OPTIONS);
}
