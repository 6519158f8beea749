/** Plain data shapes shared by main, preload and renderer. media_id values are opaque strings. */

export const MATERIAL_TYPES = ['image', 'voice', 'video', 'news'] as const;
/** Listable permanent material types (`thumb` is not listable by batchget_material). */
export type MaterialType = (typeof MATERIAL_TYPES)[number];

export const UPLOAD_TYPES = ['image', 'voice', 'video', 'thumb'] as const;
export type UploadType = (typeof UPLOAD_TYPES)[number];

export interface MaterialItem {
  mediaId: string;
  type: MaterialType;
  /** File name for image/voice/video; first article title for legacy news. */
  name: string;
  /** Unix seconds, as WeChat sends it. */
  updateTime: number;
  /** True when the main process can serve a thumbnail at `/thumb/<accountId>/<mediaId>`. */
  hasThumb: boolean;
  /** Legacy news only: the articles' titles. */
  articleTitles?: string[];
}

export interface AccountSummary {
  id: string;
  name: string;
  /** AppID masked for display (wx12…cdef); the AppSecret never leaves the main process. */
  appIdMasked: string;
  /** Custom API base (relay) or null for the default https://api.weixin.qq.com. */
  apiBase: string | null;
  isDemo: boolean;
  /** Where the AppSecret lives: encrypted on disk, or only in memory for this session. */
  secretStorage: 'encrypted' | 'session';
  /**
   * The account's HTTP(S) proxy for WeChat calls, without its password (`http://user@host:port`), and
   * whether a password is kept for it (in the sealed store, like the AppSecret). Absent = no proxy.
   */
  proxy?: { url: string; hasPassword: boolean };
}

/** A file the main process has accepted for upload: picked, dropped (desktop) or streamed in (browser mode). */
export interface StagedFile {
  token: string;
  name: string;
  size: number;
}

export interface UploadResult {
  name: string;
  item?: MaterialItem;
  error?: import('./errors').AppErrorPayload;
}

export type DownloadOutcome =
  | { kind: 'saved'; path: string; bytes: number; sha256: string }
  | { kind: 'url'; url: string; name: string; bytes: number; sha256: string }
  | { kind: 'cancelled' };

export interface AppInfo {
  version: string;
  mode: 'desktop' | 'web';
  /** Files found corrupt or of an unknown version at start, set aside (electron/core/fs/quarantine.ts). */
  quarantined: QuarantinedFile[];
}

/** Which on-disk format a quarantined file had. */
export type StoredFileKind = 'index' | 'accounts' | 'journal' | 'temp-ledger' | 'secrets' | 'draft-journal';

/** One file renamed aside because it could not be read; the renderer shows each once. */
export interface QuarantinedFile {
  kind: StoredFileKind;
  /** File name only (no folder): what it was called, and what it is called now. */
  original: string;
  asideAs: string | null;
  reason: 'corrupt' | 'unknown-version';
  /** ms epoch. */
  at: number;
  /** Journal only: records recovered from the readable lines. */
  recovered?: number;
}
