/**
 * Uploads feature: channel names, response types and events (zod-free, so the preload can list them).
 * Channel names are `domain:camelVerb`; each maps to a window.api method (`domain:camelVerb` → `domainCamelVerb`).
 */
import type { AppErrorPayload, LocalizedText } from '../errors';
import type { DownloadOutcome, UploadType } from '../models';

export const UPLOADS_CHANNELS = [
  'uploads:enqueue',
  'uploads:list',
  'uploads:control',
  'uploads:resolveDuplicate',
  'uploads:setConcurrency',
  'uploads:clearFinished',
  'uploads:tempList',
  'uploads:tempFetch',
  'uploads:tempSave',
] as const;
export type UploadsChannel = (typeof UPLOADS_CHANNELS)[number];

/** Permanent material (add_material) or temporary media (media/upload, 3 days). */
export type UploadMode = 'permanent' | 'temporary';

/** Where one queued file stands. `duplicate` waits for the user's choice; `refused` never touched the network. */
export type UploadJobStatus =
  'queued' | 'sending' | 'retry-wait' | 'paused' | 'duplicate' | 'done' | 'failed' | 'refused' | 'cancelled';

/** One file in the queue, as the renderer sees it (no local path). */
export interface UploadJobView {
  id: string;
  /** The name the user gave (kept as the material's name; the extension follows the content). */
  name: string;
  size: number;
  mode: UploadMode;
  type: UploadType;
  status: UploadJobStatus;
  /** File bytes sent in the current attempt (size once done). */
  transferred: number;
  attempts: number;
  mediaId?: string;
  url?: string;
  /** Temporary media: when the media_id stops working (ms since epoch). */
  expiresAt?: number;
  /** True when the job ended by reusing an existing item (dedupe) or by reconciliation. */
  reused?: boolean;
  duplicateOf?: { mediaId: string; name: string };
  video?: { title: string; introduction: string };
  error?: AppErrorPayload;
  /** Bumped on every change: of two views of one job, the higher `rev` is the newer. */
  rev?: number;
  /** When a retry-wait job is tried again (ms since epoch). */
  nextRetryAt?: number;
}

/** Why the whole queue is held: the user paused it, the daily quota ran out (45009), or the IP is not whitelisted (40164). */
export interface QueueHold {
  kind: 'user' | 'quota' | 'ip-whitelist' | 'auth';
  message?: LocalizedText;
  error?: AppErrorPayload;
}

export interface QueueTotals {
  totalBytes: number;
  doneBytes: number;
  /** Smoothed upload speed in bytes per second. */
  bytesPerSec: number;
  /** Seconds left at the current speed, or null when unknown. */
  etaSec: number | null;
  counts: Partial<Record<UploadJobStatus, number>>;
}

export interface QueueSnapshot {
  accountId: string;
  jobs: UploadJobView[];
  concurrency: number;
  hold: QueueHold | null;
  totals: QueueTotals;
}

/** A file refused at enqueue, before any network call. */
export interface RefusedFile {
  name: string;
  error: AppErrorPayload;
}

/** One entry of the local temp-media ledger (WeChat cannot list temporary media). */
export interface TempMediaEntry {
  mediaId: string;
  type: UploadType | 'unknown';
  name: string;
  /** ms since epoch. */
  createdAt: number;
  /** ms since epoch; createdAt + 3 days. */
  expiresAt: number;
  source: 'uploaded' | 'fetched';
  expired: boolean;
  /** A fetched file, shown through the same-origin route `src` (`temp/<account>/<mediaId>`). */
  preview?: { contentType: string; bytes: number; sha256: string; src: string };
  /** Temporary video: WeChat answers a download URL instead of bytes. */
  videoUrl?: string;
}

export interface UploadsResponses {
  'uploads:enqueue': { jobs: UploadJobView[]; refused: RefusedFile[] };
  'uploads:list': QueueSnapshot;
  'uploads:control': QueueSnapshot;
  'uploads:resolveDuplicate': QueueSnapshot;
  'uploads:setConcurrency': QueueSnapshot;
  'uploads:clearFinished': QueueSnapshot;
  'uploads:tempList': TempMediaEntry[];
  'uploads:tempFetch': TempMediaEntry;
  'uploads:tempSave': DownloadOutcome;
}

export interface UploadsEvents {
  /** Changed jobs and fresh totals, at most ~10 per second per account. */
  'uploads:progress': {
    accountId: string;
    jobs: UploadJobView[];
    removed: string[];
    concurrency: number;
    hold: QueueHold | null;
    totals: QueueTotals;
  };
}
export const UPLOADS_EVENT_NAMES: readonly (keyof UploadsEvents)[] = ['uploads:progress'];
