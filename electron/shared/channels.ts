/**
 * Channel names alone, without schemas, so the sandboxed preload and the renderer can list them
 * without bundling zod. contract.ts keys its schemas by exactly these lists (a mismatch fails to
 * compile). This file and everything it imports stay free of zod and of Node (eslint.config.js).
 */
import { ARTICLES_CHANNELS, ARTICLES_EVENT_NAMES, type ArticlesEvents } from './features/articles.channels';
import {
  LIBRARY_CHANNELS,
  LIBRARY_EVENT_NAMES,
  LIBRARY_ONE_WAY_CHANNELS,
  type LibraryEvents,
} from './features/library.channels';
import { UPLOADS_CHANNELS, UPLOADS_EVENT_NAMES, type UploadsEvents } from './features/uploads.channels';
import { QUOTA_CHANNELS } from './features/quota.channels';
import { THUMBS_CHANNELS } from './features/thumbs.channels';
import { IMAGES_CHANNELS } from './features/images.channels';
import { APP_SHELL_CHANNELS } from './features/app.channels';
import { ACCOUNTS_CHANNELS } from './features/accounts.channels';
import type { CommandId } from './commands';

/** The foundation's channels; each feature adds its own list in electron/shared/features/. */
export const BASE_CHANNELS = [
  'app:info',
  'accounts:list',
  'accounts:add',
  'accounts:remove',
  'accounts:test',
  'files:register',
] as const;

export const CHANNELS = [
  ...BASE_CHANNELS,
  ...LIBRARY_CHANNELS,
  ...UPLOADS_CHANNELS,
  ...ARTICLES_CHANNELS,
  ...QUOTA_CHANNELS,
  ...THUMBS_CHANNELS,
  ...IMAGES_CHANNELS,
  ...APP_SHELL_CHANNELS,
  ...ACCOUNTS_CHANNELS,
] as const;

/** Request/response channels (ipcRenderer.invoke ↔ ipcMain.handle, or POST /api/call/<channel>). */
export type Channel = (typeof CHANNELS)[number];

/**
 * One-way channels (ipcRenderer.send ↔ ipcMain.on): fire and forget, no answer. They share the
 * contract's schema map with the request channels (contract.ts `channelSchemas`).
 */
export const ONE_WAY_CHANNELS = [...LIBRARY_ONE_WAY_CHANNELS] as const;
export type OneWayChannel = (typeof ONE_WAY_CHANNELS)[number];

/** Channels the browser-mode server refuses: they take raw local paths, which only the preload may produce. */
export const DESKTOP_ONLY_CHANNELS: readonly Channel[] = ['files:register'];

/** The shell's own events: a command chosen in the desktop application menu (electron/shared/commands.ts). */
export interface AppEvents {
  'app:command': { id: CommandId };
}
const APP_EVENT_NAMES: readonly (keyof AppEvents)[] = ['app:command'];

/** Events pushed from main to the renderer. */
export interface EventMap extends LibraryEvents, UploadsEvents, ArticlesEvents, AppEvents {}
export type EventName = keyof EventMap;
export const EVENT_NAMES: readonly EventName[] = [
  ...LIBRARY_EVENT_NAMES,
  ...UPLOADS_EVENT_NAMES,
  ...ARTICLES_EVENT_NAMES,
  ...APP_EVENT_NAMES,
];

/** The IPC channel an event travels on in desktop mode. */
export const eventChannel = (event: EventName): string => `event:${event}`;
