/**
 * Channel names alone, without schemas, so the sandboxed preload can list them without bundling
 * zod. contract.ts keys its schemas by exactly this list (a mismatch fails to compile).
 */
export const CHANNELS = [
  'app:info',
  'accounts:list',
  'accounts:add',
  'accounts:remove',
  'accounts:test',
  'library:counts',
  'library:page',
  'library:upload',
  'library:delete',
  'library:download',
  'files:register',
] as const;

export type Channel = (typeof CHANNELS)[number];

/** Channels the browser-mode server refuses: they take raw local paths, which only the preload may produce. */
export const DESKTOP_ONLY_CHANNELS: readonly Channel[] = ['files:register'];

/** Events pushed from main to the renderer. */
export interface EventMap {
  'upload:progress': { name: string; transferred: number; total: number };
}
export type EventName = keyof EventMap;
export const EVENT_NAMES: readonly EventName[] = ['upload:progress'];

/** The IPC channel an event travels on in desktop mode. */
export const eventChannel = (event: EventName): string => `event:${event}`;
