/**
 * Library feature: channel names, response types and events (zod-free, so the preload can list them).
 * Channel names are `domain:camelVerb`; each maps to a window.api method (`domain:camelVerb` → `domainCamelVerb`).
 */
export const LIBRARY_CHANNELS = [] as const;
export type LibraryChannel = (typeof LIBRARY_CHANNELS)[number];

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface LibraryResponses {}

/** The library of an account changed without a re-list (an upload or delete made in the app). */
export interface LibraryEvents {
  'library:changed': { accountId: string; type: import('../models').MaterialType };
}
export const LIBRARY_EVENT_NAMES: readonly (keyof LibraryEvents)[] = ['library:changed'];
