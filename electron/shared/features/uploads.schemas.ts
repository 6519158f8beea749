import { z } from 'zod';
import { accountIdSchema as accountId, fileTokenSchema as fileToken, mediaIdSchema as mediaId } from '../schema-parts';
import { UPLOAD_TYPES } from '../models';
import type { UploadsChannel } from './uploads.channels';

/** A received message's XML is a few hundred bytes; more is not a paste we can use. */
const MAX_PASTE = 4_000;
const jobId = z.string().regex(/^[a-f0-9]{16,32}$/);
const video = z.object({ title: z.string().max(64), introduction: z.string().max(300) }).strict();

/** Request schemas of the uploads feature (`.strict()` objects with size caps). */
export const uploadsSchemas = {
  'uploads:enqueue': z
    .object({
      accountId,
      mode: z.enum(['permanent', 'temporary']),
      files: z
        .array(
          z
            .object({
              token: fileToken,
              /** `auto` decides from the content (magic bytes). */
              type: z.enum([...UPLOAD_TYPES, 'auto']),
              video: video.optional(),
            })
            .strict(),
        )
        .min(1)
        .max(1000),
    })
    .strict(),
  'uploads:list': z.object({ accountId }).strict(),
  'uploads:control': z
    .object({
      accountId,
      action: z.enum(['pause', 'resume', 'cancel', 'retry']),
      /** Without a job id the action applies to the whole queue. */
      jobId: jobId.optional(),
    })
    .strict(),
  'uploads:resolveDuplicate': z
    .object({ accountId, jobId, choice: z.enum(['use-existing', 'upload-anyway']) })
    .strict(),
  'uploads:setConcurrency': z.object({ accountId, concurrency: z.number().int().min(1).max(8) }).strict(),
  'uploads:clearFinished': z.object({ accountId }).strict(),
  'uploads:tempList': z.object({ accountId }).strict(),
  'uploads:tempFetch': z
    .object({
      accountId,
      /** A media_id, or a received message's XML holding <MediaId> (a few hundred bytes; the cap leaves room). */
      input: z
        .string()
        .min(1)
        .max(
          MAX_PASTE,
          `粘贴的内容超过 ${MAX_PASTE} 个字符，不像一条消息 XML。请只粘贴 media_id 或一条收到的消息 XML。 / The paste is longer than ${MAX_PASTE} characters, too long for a message XML. Paste only a media_id or one received message's XML.`,
        ),
    })
    .strict(),
  'uploads:tempSave': z.object({ accountId, mediaId }).strict(),
} as const satisfies Record<UploadsChannel, z.ZodType>;
