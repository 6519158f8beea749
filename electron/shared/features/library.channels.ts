/**
 * Library feature: channel names, response types and events (zod-free, so the preload can list them).
 * Channel names are `domain:camelVerb`; each maps to a window.api method (`domain:camelVerb` → `domainCamelVerb`).
 */
import type { AppErrorPayload } from '../errors';
import type { DownloadOutcome, MaterialType } from '../models';

export const LIBRARY_CHANNELS = [
  'library:sync',
  'library:query',
  'library:summary',
  'library:detail',
  'library:bulkDelete',
  'library:bulkDownload',
  'library:backup',
  'library:whereUsed',
  'library:voiceDurations',
] as const;
export type LibraryChannel = (typeof LIBRARY_CHANNELS)[number];

/** Desktop drag-out (electron/main/drag-out.ts): the renderer names an item, main starts the OS drag. */
export const LIBRARY_ONE_WAY_CHANNELS = ['library:startDrag'] as const;
export type LibraryOneWayChannel = (typeof LIBRARY_ONE_WAY_CHANNELS)[number];

/** What the library browses: the four material types, the draft box and published articles. */
export type LibraryKind = MaterialType | 'draft' | 'published';

/** One item of the local index as the renderer shows it. */
export interface LibraryItem {
  mediaId: string;
  kind: LibraryKind;
  name: string;
  /** Unix seconds. */
  updateTime: number;
  /** True when `/thumb/<account>/<mediaId>` can serve a picture. */
  hasThumb: boolean;
  titles?: string[];
  authors?: string[];
  /** Permanent materials only, and only when some draft or published article uses it (electron/core/index/where-used.ts). */
  usedIn?: LibraryUsedIn;
}

/** How an article uses a material: as its cover, a picture in its body, or a newspic image. */
export type LibraryUsageRole = 'cover' | 'content' | 'newspic';

/** One article that uses a material. */
export interface LibraryUsage {
  kind: 'draft' | 'published';
  /** The draft's media_id (opens in the editor) or the published article_id. */
  mediaId: string;
  /** Position of the article inside the draft or published item (0 = first). */
  article: number;
  title: string;
  roles: LibraryUsageRole[];
}

export interface LibraryUsedIn {
  /** Articles that use it. */
  count: number;
  /** The first of them (drafts first, newest first), at most USED_IN_LISTED. */
  articles: LibraryUsage[];
}

/** Articles listed per material in `usedIn` (the count says how many there are in all). */
export const USED_IN_LISTED = 20;

export interface LibrarySyncReport {
  kind: LibraryKind;
  mode: 'incremental' | 'full';
  calls: number;
  changed: number;
  total: number;
  verified: boolean;
}

export interface LibraryQueryResult {
  items: LibraryItem[];
  /** Matches of the query (all pages). */
  total: number;
  offset: number;
  /** Every match's id, when asked (select all in view). */
  ids?: string[];
}

export interface LibraryKindSummary {
  /** total_count of the last listing. */
  total: number;
  /** Items in the index. */
  indexed: number;
  /** ms epoch; 0 = never synced. */
  syncedAt: number;
  stale: boolean;
}

export interface LibraryArticle {
  title: string;
  author: string;
  digest: string;
  /** The article body as WeChat stores it: the renderer sanitises it (DOMPurify) and drops remote pictures. */
  html: string;
  url?: string;
}

export interface LibraryDetail {
  item: LibraryItem;
  /** Same-origin preview of the bytes (image, voice, video), or null. */
  previewUrl: string | null;
  /** mmbiz URL (images) or the video's down_url, for copying. */
  url?: string;
  title?: string;
  description?: string;
  articles?: LibraryArticle[];
}

export interface BulkFailure {
  mediaId: string;
  error: AppErrorPayload;
}

export interface BulkDeleteResult {
  deleted: string[];
  /** Already gone (40007): dropped from the index. */
  gone: string[];
  failed: BulkFailure[];
}

export interface BulkDownloadResult {
  /** The folder written into (desktop or a typed folder), or null when files were handed to the browser. */
  folder: string | null;
  saved: { mediaId: string; outcome: DownloadOutcome }[];
  failed: BulkFailure[];
  cancelled: boolean;
}

export interface BackupResult {
  folder: string;
  manifest: string;
  fetched: number;
  skipped: number;
  failed: BulkFailure[];
}

export interface LibraryResponses {
  'library:sync': LibrarySyncReport[];
  'library:query': LibraryQueryResult;
  'library:summary': Record<LibraryKind, LibraryKindSummary>;
  'library:detail': LibraryDetail;
  'library:bulkDelete': BulkDeleteResult;
  'library:bulkDownload': BulkDownloadResult;
  'library:backup': BackupResult;
  /** media_id → where it is used, for the ids that are used (the bulk delete warning). */
  'library:whereUsed': Record<string, LibraryUsedIn>;
  /** media_id → seconds, for the voices that could be measured (electron/core/library/voice-durations.ts). */
  'library:voiceDurations': Record<string, number>;
}

/** The library of an account changed without a re-list (an upload or delete made in the app). */
export interface LibraryEvents {
  /** Any kind: drafts and published articles change through the articles feature too (electron/core/features/articles.ts). */
  'library:changed': { accountId: string; type: LibraryKind };
  /** Progress of a bulk download, delete or backup. */
  'library:progress': { op: 'download' | 'delete' | 'backup'; done: number; total: number; name: string };
}
export const LIBRARY_EVENT_NAMES: readonly (keyof LibraryEvents)[] = ['library:changed', 'library:progress'];
