/** Between the editor's ArticleFields and the WeChat client's draft shapes, plus the revision fingerprint. */
import { createHash } from 'node:crypto';
import type { ArticleFields } from '@shared/features/articles.channels';
import type { DraftArticleInput, NewsArticle } from '../wechat/client';

/** Editor fields → draft/add and draft/update input (empty optional fields left out). */
export function toDraftInput(a: ArticleFields, single: boolean): DraftArticleInput {
  const input: DraftArticleInput = {
    articleType: 'news',
    title: a.title,
    author: a.author,
    content: a.content,
    contentSourceUrl: a.contentSourceUrl,
    thumbMediaId: a.thumbMediaId,
    needOpenComment: a.needOpenComment,
    onlyFansCanComment: a.onlyFansCanComment,
  };
  // WeChat keeps the digest of single-article drafts only; sending it for the others is noise.
  if (single && a.digest) input.digest = a.digest;
  if (a.picCrop2351) input.picCrop2351 = a.picCrop2351;
  if (a.picCrop11) input.picCrop11 = a.picCrop11;
  return input;
}

/** A news_item (draft, legacy news, published article) → editor fields. */
export function fromNewsArticle(
  n: NewsArticle,
  extra: { picCrop2351?: string; picCrop11?: string } = {},
): ArticleFields {
  return {
    title: n.title,
    author: n.author,
    digest: n.digest,
    content: n.content,
    contentSourceUrl: n.contentSourceUrl,
    thumbMediaId: n.thumbMediaId,
    needOpenComment: n.needOpenComment === 1 ? 1 : 0,
    onlyFansCanComment: n.onlyFansCanComment === 1 ? 1 : 0,
    picCrop2351: extra.picCrop2351 ?? '',
    picCrop11: extra.picCrop11 ?? '',
  };
}

/**
 * Fingerprint of WeChat's copy of a draft. update_time has 1-second resolution, so two saves in the same
 * second would look alike; hashing the stored articles (after WeChat's own cleaning) does not.
 */
export function draftRevision(updateTime: number | undefined, items: NewsArticle[]): string {
  const h = createHash('sha256');
  h.update(String(updateTime ?? 0));
  for (const n of items) {
    for (const v of [n.title, n.author, n.digest, n.content, n.contentSourceUrl, n.thumbMediaId])
      h.update(`\u0000${v}`);
    h.update(`\u0000${n.needOpenComment ?? 0}${n.onlyFansCanComment ?? 0}`);
  }
  return h.digest('hex').slice(0, 32);
}
