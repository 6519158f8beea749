/**
 * The IPC contract, declared once: channel → request schema (zod) → response type.
 * Main registers every channel through one wrapper; the preload and the browser-mode HTTP adapter
 * expose exactly these channels; the renderer imports only the types (`import type`).
 */
import { z } from 'zod';
import {
  accountIdSchema as accountId,
  apiBaseSchema,
  fileTokenSchema as fileToken,
  mediaIdSchema as mediaId,
} from './schema-parts';
import type { AccountSummary, AppInfo, DownloadOutcome, StagedFile, UploadResult } from './models';
import { UPLOAD_TYPES } from './models';
import type { Channel } from './channels';
import type { ArticlesResponses } from './features/articles.channels';
import { articlesSchemas } from './features/articles.schemas';
import type { LibraryResponses } from './features/library.channels';
import { librarySchemas } from './features/library.schemas';
import type { UploadsResponses } from './features/uploads.channels';
import { uploadsSchemas } from './features/uploads.schemas';

export { CHANNELS, DESKTOP_ONLY_CHANNELS, EVENT_NAMES, eventChannel } from './channels';
export type { Channel, EventMap, EventName } from './channels';

/** Request schemas. `.strict()` refuses unknown keys, `__proto__` included. */
export const requestSchemas = {
  'app:info': z.object({}).strict(),
  'accounts:list': z.object({}).strict(),
  'accounts:add': z
    .object({
      name: z.string().trim().min(1).max(40),
      appId: z
        .string()
        .trim()
        .regex(/^wx[0-9a-f]{16}$/i, 'AppID looks like wx followed by 16 hex digits'),
      appSecret: z
        .string()
        .trim()
        .regex(/^[0-9a-zA-Z]{32}$/, 'AppSecret is 32 letters or digits'),
      apiBase: apiBaseSchema.optional(),
    })
    .strict(),
  'accounts:remove': z.object({ accountId }).strict(),
  'accounts:test': z.object({ accountId }).strict(),
  'library:upload': z
    .object({
      accountId,
      type: z.enum(UPLOAD_TYPES),
      files: z.array(fileToken).min(1).max(100),
      video: z
        .object({ title: z.string().max(64), introduction: z.string().max(300) })
        .strict()
        .optional(),
    })
    .strict(),
  'library:delete': z.object({ accountId, mediaId }).strict(),
  'library:download': z.object({ accountId, mediaId, nameHint: z.string().max(255) }).strict(),
  /** Desktop only: the preload turns dropped/picked File objects into paths with webUtils; never reachable in browser mode. */
  'files:register': z.object({ paths: z.array(z.string().min(1).max(4096)).min(1).max(500) }).strict(),
  ...librarySchemas,
  ...uploadsSchemas,
  ...articlesSchemas,
} as const satisfies Record<Channel, z.ZodType>;

// Every channel has a schema and no schema lacks a channel (the reverse direction of `satisfies`).
type NoExtraSchemas = Exclude<keyof typeof requestSchemas, Channel> extends never ? true : never;
const noExtraSchemas: NoExtraSchemas = true;
void noExtraSchemas;

/** Response types, one per channel; `Res<C>` fails to compile if a channel is missing here. */
export interface ResponseMap extends LibraryResponses, UploadsResponses, ArticlesResponses {
  'app:info': AppInfo;
  'accounts:list': AccountSummary[];
  'accounts:add': AccountSummary;
  'accounts:remove': { removed: true };
  'accounts:test': { expiresIn: number };
  'library:upload': UploadResult[];
  'library:delete': { deleted: true };
  'library:download': DownloadOutcome;
  'files:register': StagedFile[];
}

export type Req<C extends Channel> = z.infer<(typeof requestSchemas)[C]>;
export type Res<C extends Channel> = ResponseMap[C];
