/**
 * Articles feature: channel names, response types and events (zod-free, so the preload can list them).
 * Channel names are `domain:camelVerb`; each maps to a window.api method (`domain:camelVerb` → `domainCamelVerb`).
 */
export const ARTICLES_CHANNELS = [] as const;
export type ArticlesChannel = (typeof ARTICLES_CHANNELS)[number];

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ArticlesResponses {}

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ArticlesEvents {}
export const ARTICLES_EVENT_NAMES: readonly (keyof ArticlesEvents)[] = [];
