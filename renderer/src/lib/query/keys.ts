/**
 * Query keys, built only here. A key is data (arrays and plain objects TanStack Query hashes
 * itself), never a string parsed back; its prefixes are what invalidation.ts invalidates:
 * everything served from an account's local index sits under `['library', accountId, 'index']`.
 */
import type { LibraryKind } from '@shared/features/library.channels';

export type LibrarySort = 'date-desc' | 'date-asc' | 'name-asc' | 'name-desc';

/** What an index query matches (paging aside). `text` is trimmed, so '' and '  ' share one cache entry. */
export interface IndexFilter {
  kind: LibraryKind;
  text: string;
  from?: number;
  to?: number;
  sort: LibrarySort;
}

export function indexFilter(f: IndexFilter): IndexFilter {
  return {
    kind: f.kind,
    text: f.text.trim(),
    ...(f.from !== undefined ? { from: f.from } : {}),
    ...(f.to !== undefined ? { to: f.to } : {}),
    sort: f.sort,
  };
}

export const accountKeys = {
  list: () => ['accounts'] as const,
};

export const libraryKeys = {
  account: (accountId: string) => ['library', accountId] as const,
  /** A voice's duration never changes under its media_id: not under `index`, never invalidated. */
  voiceDurations: (accountId: string, mediaIds: readonly string[]) =>
    ['library', accountId, 'voice-durations', [...mediaIds]] as const,
  /** Everything answered from the local index (no API call): invalidated on library:changed and after a sync. */
  index: (accountId: string) => ['library', accountId, 'index'] as const,
  summary: (accountId: string) => [...libraryKeys.index(accountId), 'summary'] as const,
  page: (accountId: string, filter: IndexFilter, page: { offset: number; limit: number }) =>
    [...libraryKeys.index(accountId), 'page', indexFilter(filter), page] as const,
  /** Every id matching the filter (select all). */
  ids: (accountId: string, filter: IndexFilter) =>
    [...libraryKeys.index(accountId), 'ids', indexFilter(filter)] as const,
  /** One block of rows of the virtualized views. */
  block: (accountId: string, filter: IndexFilter, block: number) =>
    [...libraryKeys.index(accountId), 'block', indexFilter(filter), block] as const,
  /** Which drafts and published articles use these materials (under `index`: a draft save re-reads it). */
  whereUsed: (accountId: string, mediaIds: readonly string[]) =>
    [...libraryKeys.index(accountId), 'where-used', [...mediaIds].sort()] as const,
  /** The `if-stale` check when a kind is opened (costs an API call only when the index is stale). */
  staleCheck: (accountId: string, kind: LibraryKind) => ['library', accountId, 'stale-check', kind] as const,
  detail: (accountId: string, target: { kind: LibraryKind; mediaId: string }) =>
    ['library', accountId, 'detail', { kind: target.kind, mediaId: target.mediaId }] as const,
};

export const uploadKeys = {
  queue: (accountId: string) => ['uploads', accountId, 'queue'] as const,
  temp: (accountId: string) => ['uploads', accountId, 'temp'] as const,
};

export const articleKeys = {
  account: (accountId: string) => ['articles', accountId] as const,
  config: (accountId: string) => ['articles', accountId, 'config'] as const,
  drafts: (accountId: string) => ['articles', accountId, 'drafts'] as const,
  draftPage: (accountId: string, page: { offset: number; query: string }) =>
    [...articleKeys.drafts(accountId), page] as const,
  draft: (accountId: string, mediaId: string) => ['articles', accountId, 'draft', mediaId] as const,
  published: (accountId: string) => ['articles', accountId, 'published'] as const,
  publishedPage: (accountId: string, offset: number) => [...articleKeys.published(accountId), { offset }] as const,
  publishStatus: (accountId: string, publishId: string) => ['articles', accountId, 'publish', publishId] as const,
};

export const quotaKeys = {
  report: (accountId: string) => ['quota', accountId, 'report'] as const,
};

/** The thumbnail cache is one for every account (electron/core/thumbs/thumb-cache.ts). */
export const thumbsKeys = {
  cacheInfo: () => ['thumbs', 'cacheInfo'] as const,
};

/** The app's own facts (version, desktop or browser mode): fixed while the window lives. */
export const appKeys = {
  info: () => ['app', 'info'] as const,
};
