/**
 * The IPC contract, declared once: channel → request schema (zod) → response type. Request/response
 * and one-way channels share one schema map (as GitHub Desktop's ipc-shared.ts declares both kinds
 * side by side). Main registers every channel through one wrapper; the preload and the browser-mode
 * HTTP adapter expose exactly these channels. The renderer imports only types from here (zod stays
 * out of its bundle); its runtime values come from the zod-free channels.ts and bridge.ts.
 */
import { z } from 'zod';
import { accountIdSchema as accountId, apiBaseSchema, proxyUrlSchema } from './schema-parts';
import type { AccountSummary, AppInfo, StagedFile } from './models';
import { ONE_WAY_CHANNELS, type Channel, type OneWayChannel } from './channels';
import type { ArticlesResponses } from './features/articles.channels';
import { articlesSchemas } from './features/articles.schemas';
import type { QuotaResponses } from './features/quota.channels';
import { quotaSchemas } from './features/quota.schemas';
import type { ThumbsResponses } from './features/thumbs.channels';
import { thumbsSchemas } from './features/thumbs.schemas';
import type { ImagesResponses } from './features/images.channels';
import { imagesSchemas } from './features/images.schemas';
import type { AppShellResponses } from './features/app.channels';
import { appShellSchemas } from './features/app.schemas';
import type { AccountsResponses } from './features/accounts.channels';
import { accountsSchemas } from './features/accounts.schemas';
import type { LibraryResponses } from './features/library.channels';
import { librarySchemas } from './features/library.schemas';
import type { UploadsResponses } from './features/uploads.channels';
import { uploadsSchemas } from './features/uploads.schemas';

export { CHANNELS, DESKTOP_ONLY_CHANNELS, EVENT_NAMES, ONE_WAY_CHANNELS, eventChannel } from './channels';
export type { Channel, EventMap, EventName, OneWayChannel } from './channels';

/** Every channel's request schema, request/response and one-way alike. `.strict()` refuses unknown keys, `__proto__` included. */
export const channelSchemas = {
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
      /** `http(s)://[user:password@]host:port`; the password goes to the sealed store. */
      proxy: proxyUrlSchema.optional(),
    })
    .strict(),
  'accounts:remove': z.object({ accountId }).strict(),
  'accounts:test': z.object({ accountId }).strict(),
  /** Desktop only: the preload turns dropped/picked File objects into paths with webUtils; never reachable in browser mode. */
  'files:register': z.object({ paths: z.array(z.string().min(1).max(4096)).min(1).max(500) }).strict(),
  ...librarySchemas,
  ...uploadsSchemas,
  ...articlesSchemas,
  ...quotaSchemas,
  ...thumbsSchemas,
  ...imagesSchemas,
  ...appShellSchemas,
  ...accountsSchemas,
} as const satisfies Record<Channel | OneWayChannel, z.ZodType>;

// Every channel has a schema and no schema lacks a channel (the reverse direction of `satisfies`).
type NoExtraSchemas = Exclude<keyof typeof channelSchemas, Channel | OneWayChannel> extends never ? true : never;
const noExtraSchemas: NoExtraSchemas = true;
void noExtraSchemas;

type Schemas = typeof channelSchemas;
function split(): { request: { [C in Channel]: Schemas[C] }; oneWay: { [C in OneWayChannel]: Schemas[C] } } {
  const request: Record<string, z.ZodType> = { ...channelSchemas };
  const oneWay: Record<string, z.ZodType> = {};
  for (const c of ONE_WAY_CHANNELS) {
    oneWay[c] = channelSchemas[c];
    delete request[c];
  }
  return { request, oneWay } as ReturnType<typeof split>;
}
const { request, oneWay } = split();
/** The request/response channels' schemas: the dispatcher answers exactly these (a one-way name is unknown there). */
export const requestSchemas = request;
/** The one-way channels' schemas, checked by main's ipcMain.on handlers (electron/main/drag-out.ts). */
export const oneWaySchemas = oneWay;

/** Response types, one per channel; `Res<C>` fails to compile if a channel is missing here. */
export interface ResponseMap
  extends
    LibraryResponses,
    UploadsResponses,
    ArticlesResponses,
    QuotaResponses,
    ThumbsResponses,
    ImagesResponses,
    AppShellResponses,
    AccountsResponses {
  'app:info': AppInfo;
  'accounts:list': AccountSummary[];
  'accounts:add': AccountSummary;
  'accounts:remove': { removed: true };
  'accounts:test': { expiresIn: number };
  'files:register': StagedFile[];
}

export type Req<C extends Channel | OneWayChannel> = z.infer<Schemas[C]>;
export type Res<C extends Channel> = ResponseMap[C];
