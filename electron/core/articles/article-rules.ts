/**
 * WeChat's article limits (docs/wechat-api.md § Drafts), checked in the main process before draft/add or
 * draft/update so a hopeless save costs no call and says exactly what to fix. The renderer checks the
 * same limits live; this is the gate that does not trust it.
 */
import { appError, type AppError } from '@shared/errors';
import type { ArticleFields } from '@shared/features/articles.channels';
import { articleTextChars } from '@shared/article-text';

export const LIMITS = {
  title: 32,
  author: 16,
  digest: 128,
  /** content must be BELOW both: its visible text in characters (electron/shared/article-text.ts), its HTML in bytes. */
  contentChars: 20_000,
  contentBytes: 1024 * 1024,
  sourceUrlBytes: 1024,
  articles: 8,
} as const;

/** Hosts WeChat keeps images from: its CDN. The account's API base host (relay/emulator) is added per account. */
export const MMBIZ_HOSTS = ['mmbiz.qpic.cn', 'mmbiz.qlogo.cn'] as const;

/** Code points, as WeChat counts 字. */
export const charCount = (s: string): number => Array.from(s).length;

function invalid(code: string, zh: string, en: string, field: string): AppError {
  return appError(code, 'bad-input', { zh, en }, { details: [field] });
}

/** The image hosts allowed in article bodies for an account whose API base is `apiBase`. */
export function allowedImageHosts(apiBase: string): string[] {
  const hosts: string[] = [...MMBIZ_HOSTS];
  try {
    const host = new URL(apiBase).host;
    if (!hosts.includes(host)) hosts.push(host);
  } catch {
    /* a bad base cannot serve images */
  }
  return hosts;
}

/** True when `src` is an http(s) URL on one of `hosts`. */
export function isAllowedImageUrl(src: string, hosts: readonly string[]): boolean {
  try {
    const url = new URL(src);
    return (url.protocol === 'https:' || url.protocol === 'http:') && hosts.includes(url.host);
  } catch {
    return false;
  }
}

/** Every `<img … src=…>` value in some HTML (quoted or not). */
export function imageSources(html: string): string[] {
  const out: string[] = [];
  for (const tag of html.match(/<img\b[^>]*>/gi) ?? []) {
    const m = /\s(?:data-)?src\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag);
    out.push((m?.[1] ?? m?.[2] ?? m?.[3] ?? '').replace(/&amp;/g, '&'));
  }
  return out;
}

/**
 * Refuses (never rewrites) content the renderer should already have cleaned: scripts, inline event
 * handlers, javascript: URLs, and images not uploaded through media/uploadimg.
 */
function checkContent(a: ArticleFields, n: string, hosts: readonly string[]): void {
  if (!a.content.replace(/<[^>]*>/g, '').trim() && !/<img\b/i.test(a.content)) {
    throw invalid('ARTICLE_EMPTY', `第 ${n} 篇正文为空。`, `Article ${n} has no body text.`, 'content');
  }
  if (articleTextChars(a.content) >= LIMITS.contentChars || Buffer.byteLength(a.content) >= LIMITS.contentBytes) {
    throw invalid(
      'CONTENT_TOO_LONG',
      `第 ${n} 篇正文过长：文字须少于 20,000 字，HTML 须小于 1 MB（微信 45166）。请拆分为多篇。`,
      `Article ${n}: the body's text must be under 20,000 characters and its HTML under 1 MB (WeChat 45166). Split it.`,
      'content',
    );
  }
  if (/<\s*(script|iframe|object|embed|style)\b/i.test(a.content) || /\son[a-z]+\s*=/i.test(a.content)) {
    throw invalid(
      'CONTENT_UNSAFE',
      `第 ${n} 篇正文含有脚本或事件属性，已拒绝。`,
      `Article ${n} contains scripts or event handlers; refused.`,
      'content',
    );
  }
  if (/(href|src)\s*=\s*["']?\s*(javascript|vbscript|data):/i.test(a.content)) {
    throw invalid(
      'CONTENT_UNSAFE_URL',
      `第 ${n} 篇正文含有 javascript:/data: 链接或图片，已拒绝。`,
      `Article ${n} contains a javascript:/data: link or image; refused.`,
      'content',
    );
  }
  const bad = imageSources(a.content).filter((src) => !isAllowedImageUrl(src, hosts));
  if (bad.length > 0) {
    throw invalid(
      'CONTENT_FOREIGN_IMAGE',
      `第 ${n} 篇正文有 ${bad.length} 张图片不是通过 uploadimg 上传的，微信会过滤掉。请删除后重新插入。`,
      `Article ${n} has ${bad.length} image(s) not uploaded through uploadimg; WeChat would drop them. Remove and insert them again.`,
      'content',
    );
  }
}

/** Checks a whole draft; throws an AppError (class bad-input) naming the article and the field. */
export function validateArticles(articles: ArticleFields[], hosts: readonly string[]): void {
  if (articles.length === 0 || articles.length > LIMITS.articles) {
    throw invalid('ARTICLE_COUNT', '一篇草稿含 1 到 8 篇文章。', 'A draft holds 1 to 8 articles.', 'articles');
  }
  articles.forEach((a, i) => {
    const n = String(i + 1);
    if (!a.title.trim()) throw invalid('TITLE_EMPTY', `第 ${n} 篇缺少标题。`, `Article ${n} needs a title.`, 'title');
    if (charCount(a.title) > LIMITS.title) {
      throw invalid(
        'TITLE_TOO_LONG',
        `第 ${n} 篇标题超过 32 字（现为 ${charCount(a.title)} 字，微信 45003）。请缩短标题。`,
        `Article ${n}: the title is over 32 characters (${charCount(a.title)}; WeChat 45003). Shorten it.`,
        'title',
      );
    }
    if (charCount(a.author) > LIMITS.author) {
      throw invalid(
        'AUTHOR_TOO_LONG',
        `第 ${n} 篇作者超过 16 字。`,
        `Article ${n}: the author is over 16 characters.`,
        'author',
      );
    }
    if (charCount(a.digest) > LIMITS.digest) {
      throw invalid(
        'DIGEST_TOO_LONG',
        `第 ${n} 篇摘要超过 128 字（微信 45004）。`,
        `Article ${n}: the digest is over 128 characters (WeChat 45004).`,
        'digest',
      );
    }
    if (
      a.contentSourceUrl &&
      (Buffer.byteLength(a.contentSourceUrl) > LIMITS.sourceUrlBytes || !/^https?:\/\//i.test(a.contentSourceUrl))
    ) {
      throw invalid(
        'SOURCE_URL_INVALID',
        `第 ${n} 篇“原文链接”须为 http(s) 地址且不超过 1 KB（微信 41039）。`,
        `Article ${n}: the source URL must be an http(s) address of at most 1 KB (WeChat 41039).`,
        'contentSourceUrl',
      );
    }
    if (!a.thumbMediaId) {
      throw invalid(
        'COVER_MISSING',
        `第 ${n} 篇缺少封面：请从素材库选择或上传一张图片。`,
        `Article ${n} has no cover: pick an image from the library or upload one.`,
        'thumbMediaId',
      );
    }
    checkContent(a, n, hosts);
  });
}
