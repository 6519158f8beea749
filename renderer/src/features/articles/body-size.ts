/**
 * The two sizes of an article body, each against its WeChat limit (docs/article-rendering.md § Limits):
 * the text a reader sees must stay under 20,000 characters (counted as electron/shared/article-text.ts
 * counts it, the same code the core's check and the emulator use), and the HTML sent as `content` under
 * 1 MB. `html` is the last rendered WeChat HTML when there is one (themes, code colours and formulas add
 * markup), else the editor's own output; the core checks the rendered one again before sending.
 */
import { articleText, articleTextChars } from '@shared/article-text';
import { LIMITS } from './validate';

/** From this share of either limit on, the counter warns (room for a few more paragraphs or pictures). */
export const NEAR_LIMIT = 0.9;

export type SizeLevel = 'ok' | 'near' | 'over';

export interface BodySize {
  /** What a reader would call the length (字数): characters without whitespace. */
  textChars: number;
  /** What the 20,000 limit is compared with: the visible text, whitespace runs as one space. */
  limitChars: number;
  htmlBytes: number;
  level: SizeLevel;
}

export function bodySize(html: string): BodySize {
  const limitChars = articleTextChars(html);
  const textChars = limitChars === 0 ? 0 : Array.from(articleText(html).replace(/\s+/g, '')).length;
  const htmlBytes = new TextEncoder().encode(html).length;
  const share = Math.max(limitChars / LIMITS.contentChars, htmlBytes / LIMITS.contentBytes);
  // "Under" both limits: reaching either one is already too long.
  const level: SizeLevel = share >= 1 ? 'over' : share >= NEAR_LIMIT ? 'near' : 'ok';
  return { textChars, limitChars, htmlBytes, level };
}
