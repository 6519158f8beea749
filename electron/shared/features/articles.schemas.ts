import { z } from 'zod';
import { accountIdSchema as accountId, fileTokenSchema as fileToken, mediaIdSchema as mediaId } from '../schema-parts';
import { ARTICLE_THEMES } from '../article-themes';
import type { ArticlesChannel } from './articles.channels';

/** Marked HTML (the editor's `wx-*` output, vocab of renderer/src/features/articles/output/wx-styles.ts). */
const MARKED_HTML_MAX = 2_000_000;
const flag = z.union([z.literal(0), z.literal(1)]);
const crop = z
  .string()
  .max(64)
  .regex(/^$|^[0-9.]+_[0-9.]+_[0-9.]+_[0-9.]+$/, 'crop is X1_Y1_X2_Y2');

// Caps here only stop absurd requests; WeChat's own limits (title ≤ 32 字 …) are checked by the core
// with messages that say what to fix (electron/core/articles/article-rules.ts).
const article = z
  .object({
    title: z.string().max(200),
    author: z.string().max(100),
    digest: z.string().max(1000),
    content: z.string().max(2 * 1024 * 1024),
    contentSourceUrl: z.string().max(2048),
    thumbMediaId: z.string().max(256),
    needOpenComment: flag,
    onlyFansCanComment: flag,
    picCrop2351: crop,
    picCrop11: crop,
    theme: z.enum(ARTICLE_THEMES).optional(),
    source: z.string().max(MARKED_HTML_MAX).optional(),
  })
  .strict();

/** Request schemas of the articles feature (`.strict()` objects with size caps). */
export const articlesSchemas = {
  'articles:config': z.object({ accountId }).strict(),
  'articles:listDrafts': z
    .object({
      accountId,
      offset: z.number().int().min(0).max(100_000),
      count: z.number().int().min(1).max(20),
      query: z.string().max(64).optional(),
    })
    .strict(),
  'articles:getDraft': z.object({ accountId, mediaId }).strict(),
  'articles:saveDraft': z
    .object({
      accountId,
      mediaId: mediaId.optional(),
      /** The revision the editor started from; a different one at WeChat is a conflict unless `force`. */
      baseRevision: z.string().max(128).optional(),
      force: z.boolean().optional(),
      articles: z.array(article).min(1).max(8),
    })
    .strict(),
  'articles:deleteDraft': z.object({ accountId, mediaId }).strict(),
  'articles:copyNews': z.object({ accountId, mediaId }).strict(),
  'articles:uploadImage': z.object({ accountId, file: fileToken }).strict(),
  'articles:importImage': z.object({ accountId, url: z.string().min(1).max(4096) }).strict(),
  'articles:publish': z.object({ accountId, mediaId }).strict(),
  'articles:publishStatus': z.object({ accountId, publishId: z.string().regex(/^[0-9]{1,40}$/) }).strict(),
  'articles:listPublished': z
    .object({ accountId, offset: z.number().int().min(0).max(100_000), count: z.number().int().min(1).max(20) })
    .strict(),
  // No account: rendering is local (no WeChat call), the same for every account.
  'articles:render': z.object({ html: z.string().max(MARKED_HTML_MAX), theme: z.enum(ARTICLE_THEMES) }).strict(),
} as const satisfies Record<ArticlesChannel, z.ZodType>;
