/**
 * What identifies a draft we sent, so that after an ambiguous draft/add (docs/reliability.md § Which calls
 * may be sent twice) the draft WeChat may have created can be recognised in the draft box, and so that a
 * replacement draft can be verified before the old one is deleted.
 *
 * WeChat cleans the HTML it stores (scripts, event handlers and foreign images removed, the emulator does
 * the same in electron/emulator/html-sanitize.ts) and fills in a digest for single-article drafts, so the
 * body is compared as its visible text only (tags, entities and all whitespace dropped), and the digest only
 * when we sent one.
 */
import { createHash } from 'node:crypto';
import type { DraftArticleInput, NewsArticle } from '../wechat/client';

export interface ArticlePrint {
  title: string;
  thumbMediaId: string;
  /** Empty when we sent none: WeChat then writes its own (first 54 characters of the body). */
  digest: string;
  /** sha256 (hex, 32 chars) of the body's normalised text. */
  text: string;
}

export type DraftFingerprint = ArticlePrint[];

const ENTITIES: Record<string, string> = { nbsp: ' ', lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * The visible text of article HTML with every space removed: WeChat may re-wrap, re-indent or add empty
 * paragraphs, none of which a reader sees as a different article.
 */
export function normalisedText(html: string): string {
  const withoutCode = html
    .replace(/<(script|style)\b[^>]*>[\s\S]*?(<\/\1\s*>|$)/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]*>/g, '');
  return decodeEntities(withoutCode).replace(/[\s\u00a0\u200b-\u200d\u2060\ufeff]+/g, '');
}

const textHash = (html: string): string => createHash('sha256').update(normalisedText(html)).digest('hex').slice(0, 32);

/** The fingerprint of what we send to draft/add. */
export function fingerprintOfInput(inputs: DraftArticleInput[]): DraftFingerprint {
  return inputs.map((a) => ({
    title: a.title,
    thumbMediaId: a.thumbMediaId ?? '',
    digest: a.digest ?? '',
    text: textHash(a.content),
  }));
}

/** Whether a listed draft (no content needed: draft/batchget with no_content) may be the one we sent. */
export function headerMatches(
  sent: DraftFingerprint,
  stored: Pick<NewsArticle, 'title' | 'thumbMediaId' | 'digest'>[],
) {
  return (
    sent.length === stored.length &&
    sent.every((a, i) => {
      const s = stored[i];
      return (
        s !== undefined &&
        s.title === a.title &&
        s.thumbMediaId === a.thumbMediaId &&
        (a.digest === '' || s.digest === a.digest)
      );
    })
  );
}

/** Whether WeChat's copy (draft/get or a batchget page with content) is what we sent. */
export function draftMatches(sent: DraftFingerprint, stored: NewsArticle[]): boolean {
  return headerMatches(sent, stored) && sent.every((a, i) => textHash(stored[i]?.content ?? '') === a.text);
}
