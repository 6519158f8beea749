/**
 * Parsing and serializing article HTML. cheerio (the DOM juice itself works on, see ./inline-styles.ts) in
 * fragment mode; output keeps Chinese and other text as UTF-8 instead of `&#x…;` entities, which would
 * multiply the size WeChat counts against its 20,000-character limit (docs/wechat-api.md § Drafts).
 */
import { load, type CheerioAPI } from 'cheerio/slim';

export type ArticleDom = CheerioAPI;

export function parseFragment(html: string): ArticleDom {
  // Keep attribute case (SVG needs `viewBox`); no html/head/body wrapper around a fragment.
  return load(html, { lowerCaseAttributeNames: false } as never, false);
}

export function serializeFragment($: ArticleDom): string {
  return $.html({ encodeEntities: 'utf8' } as never);
}
