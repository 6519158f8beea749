/**
 * The two sizes of an article body. What a reader sees: text characters (code points, whitespace not
 * counted, as a 字数 count). What WeChat limits: the HTML sent as `content`, which must stay under
 * 20,000 characters and 1 MB (electron/core/articles/article-rules.ts, docs/wechat-api.md § Drafts).
 */
import type { JSONContent } from '@tiptap/core';
import { plainText } from './output/to-wechat-html';
import { LIMITS } from './validate';

/** From this share of either limit on, the counter warns (room for a few more paragraphs or pictures). */
export const NEAR_LIMIT = 0.9;

export type SizeLevel = 'ok' | 'near' | 'over';

export interface BodySize {
  textChars: number;
  htmlChars: number;
  htmlBytes: number;
  level: SizeLevel;
}

export function bodySize(doc: JSONContent, html: string): BodySize {
  const textChars = Array.from(plainText(doc).replace(/\s+/g, '')).length;
  const htmlChars = Array.from(html).length;
  const htmlBytes = new TextEncoder().encode(html).length;
  const share = Math.max(htmlChars / LIMITS.contentChars, htmlBytes / LIMITS.contentBytes);
  // "Under" both limits: reaching either one is already too long.
  const level: SizeLevel = share >= 1 ? 'over' : share >= NEAR_LIMIT ? 'near' : 'ok';
  return { textChars, htmlChars, htmlBytes, level };
}
