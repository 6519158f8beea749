/**
 * Channel names alone, without schemas, so the sandboxed preload can list them without bundling
 * zod. contract.ts keys its schemas by exactly this list (a mismatch fails to compile).
 */
import { ARTICLES_CHANNELS, ARTICLES_EVENT_NAMES, type ArticlesEvents } from './features/articles.channels';
import { LIBRARY_CHANNELS, LIBRARY_EVENT_NAMES, type LibraryEvents } from './features/library.channels';
import { UPLOADS_CHANNELS, UPLOADS_EVENT_NAMES, type UploadsEvents } from './features/uploads.channels';

/** The foundation's channels; each feature adds its own list in electron/shared/features/. */
export const BASE_CHANNELS = [
  'app:info',
  'accounts:list',
  'accounts:add',
  'accounts:remove',
  'accounts:test',
  'library:upload',
  'library:delete',
  'library:download',
  'files:register',
] as const;

export const CHANNELS = [...BASE_CHANNELS, ...LIBRARY_CHANNELS, ...UPLOADS_CHANNELS, ...ARTICLES_CHANNELS] as const;

export type Channel = (typeof CHANNELS)[number];

/** Channels the browser-mode server refuses: they take raw local paths, which only the preload may produce. */
export const DESKTOP_ONLY_CHANNELS: readonly Channel[] = ['files:register'];

/** Events pushed from main to the renderer. */
export interface BaseEvents {
  'upload:progress': { name: string; transferred: number; total: number };
}
export interface EventMap extends BaseEvents, LibraryEvents, UploadsEvents, ArticlesEvents {}
export type EventName = keyof EventMap;
export const EVENT_NAMES: readonly EventName[] = [
  'upload:progress',
  ...LIBRARY_EVENT_NAMES,
  ...UPLOADS_EVENT_NAMES,
  ...ARTICLES_EVENT_NAMES,
];

/** The IPC channel an event travels on in desktop mode. */
export const eventChannel = (event: EventName): string => `event:${event}`;
