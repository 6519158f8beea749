import { z } from 'zod';
import { accountIdSchema as accountId, mediaIdSchema as mediaId } from '../schema-parts';
import type { LibraryChannel, LibraryOneWayChannel } from './library.channels';

/** Request schemas of the library feature's request and one-way channels (`.strict()` objects with size caps). */
const kind = z.enum(['image', 'voice', 'video', 'news', 'draft', 'published']);
const mediaIds = z.array(mediaId).min(1).max(1000);
/** A folder on this machine, absolute (browser mode: typed by the user; the server runs on the same machine). */
const folder = z
  .string()
  .min(1)
  .max(1024)
  .refine((s) => /^(\/|[A-Za-z]:[\\/])/.test(s) && !s.includes('\0'), 'folder must be an absolute path');
const unixSeconds = z.number().int().min(0).max(4_102_444_800);

export const librarySchemas = {
  'library:sync': z
    .object({
      accountId,
      kinds: z.array(kind).min(1).max(6),
      mode: z.enum(['incremental', 'full', 'if-stale']),
    })
    .strict(),
  'library:query': z
    .object({
      accountId,
      kinds: z.array(kind).min(1).max(6),
      text: z.string().max(200).optional(),
      from: unixSeconds.optional(),
      to: unixSeconds.optional(),
      sort: z.enum(['date-desc', 'date-asc', 'name-asc', 'name-desc']),
      offset: z.number().int().min(0).max(10_000_000),
      limit: z.number().int().min(1).max(500),
      withIds: z.boolean().optional(),
    })
    .strict(),
  'library:summary': z.object({ accountId }).strict(),
  'library:detail': z.object({ accountId, kind, mediaId }).strict(),
  'library:bulkDelete': z.object({ accountId, kind, mediaIds }).strict(),
  'library:bulkDownload': z.object({ accountId, mediaIds, folder: folder.optional() }).strict(),
  'library:backup': z
    .object({ accountId, folder, kinds: z.array(kind).min(1).max(6).optional(), mediaIds: mediaIds.optional() })
    .strict(),
  'library:whereUsed': z.object({ accountId, mediaIds }).strict(),
  /** One grid page of voices at most: each unknown one is fetched once and measured. */
  'library:voiceDurations': z.object({ accountId, mediaIds: z.array(mediaId).min(1).max(20) }).strict(),
  /** One-way: an indexed item to drag out of the window (never a path). */
  'library:startDrag': z.object({ accountId, mediaId }).strict(),
} as const satisfies Record<LibraryChannel | LibraryOneWayChannel, z.ZodType>;
