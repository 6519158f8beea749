/**
 * Uploads feature: channel names, response types and events (zod-free, so the preload can list them).
 * Channel names are `domain:camelVerb`; each maps to a window.api method (`domain:camelVerb` → `domainCamelVerb`).
 */
export const UPLOADS_CHANNELS = [] as const;
export type UploadsChannel = (typeof UPLOADS_CHANNELS)[number];

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface UploadsResponses {}

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface UploadsEvents {}
export const UPLOADS_EVENT_NAMES: readonly (keyof UploadsEvents)[] = [];
