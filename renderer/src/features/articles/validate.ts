/**
 * WeChat's limits, checked live and before any call: the save button refuses with the first problem,
 * in zh/en, naming the article and the field (the main process checks again).
 */
import type { JSONContent } from '@tiptap/core';
import { bodySize } from './body-size';
import type { MessageKey, Vars } from '../../i18n';
import type { EditorArticle } from './model';
import { isAllowedImage } from './output/sanitize';
import { imageSrcs, plainText } from './output/to-wechat-html';

export const LIMITS = { title: 32, author: 16, digest: 128, contentChars: 20_000, contentBytes: 1024 * 1024 } as const;

/** Code points: a 字 counts as one, like WeChat. */
export const chars = (s: string): number => Array.from(s).length;

export interface Issue {
  article: number;
  field: 'title' | 'author' | 'digest' | 'content' | 'cover' | 'source' | 'images';
  key: MessageKey;
  vars: Vars;
}

function pendingImages(doc: JSONContent): { pending: number; failed: number; missing: number } {
  let pending = 0;
  let failed = 0;
  let missing = 0;
  const walk = (n: JSONContent) => {
    if (n.type === 'image') {
      if (n.attrs?.status === 'pending') pending += 1;
      if (n.attrs?.status === 'failed') failed += 1;
      // A local picture named by a Markdown file but not picked with it (markdown/local-images.ts).
      if (n.attrs?.status === 'missing') missing += 1;
    }
    n.content?.forEach(walk);
  };
  walk(doc);
  return { pending, failed, missing };
}

/** Problems of one article; `html` is its WeChat HTML (for the size limits). */
export function articleIssues(
  a: EditorArticle,
  index: number,
  html: string,
  hosts: readonly string[],
  single: boolean,
): Issue[] {
  const n = index + 1;
  const out: Issue[] = [];
  const add = (field: Issue['field'], key: MessageKey, vars: Vars = {}) =>
    out.push({ article: index, field, key, vars: { n, ...vars } });
  if (!a.title.trim()) add('title', 'articles.err.titleEmpty');
  if (chars(a.title) > LIMITS.title) add('title', 'articles.err.titleLong', { count: chars(a.title) });
  if (chars(a.author) > LIMITS.author) add('author', 'articles.err.authorLong', { count: chars(a.author) });
  if (single && chars(a.digest) > LIMITS.digest) add('digest', 'articles.err.digestLong', { count: chars(a.digest) });
  if (a.contentSourceUrl && !/^https?:\/\/\S+$/i.test(a.contentSourceUrl)) add('source', 'articles.err.sourceUrl');
  if (!a.thumbMediaId) add('cover', 'articles.err.coverMissing');
  const text = plainText(a.doc).trim();
  const srcs = imageSrcs(a.doc);
  if (!text && srcs.length === 0) add('content', 'articles.err.contentEmpty');
  const size = bodySize(html);
  if (size.level === 'over') add('content', 'articles.err.contentLong', { count: size.limitChars });
  const { pending, failed, missing } = pendingImages(a.doc);
  if (missing > 0) add('images', 'articles.err.imagesMissing', { count: missing });
  if (pending > 0) add('images', 'articles.err.imagesPending', { count: pending });
  const foreign = srcs.filter((s) => !isAllowedImage(s, hosts)).length - pending - missing;
  if (failed > 0 || foreign > 0) add('images', 'articles.err.imagesForeign', { count: Math.max(failed, foreign) });
  return out;
}
