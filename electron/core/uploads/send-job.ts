/**
 * One attempt at one job: hash, dedupe, reconcile when the last send was ambiguous, journal
 * "sending" (fsync) and only then call WeChat. Returns what happened; the queue decides what next.
 */
import type { MaterialItem } from '@shared/models';
import type { WeChatClient } from '../wechat/client';
import { sha256File } from './hash-file';
import type { JobRecord } from './job';
import { findSentItem, listTypeOf } from './reconcile';

/** Temporary media are kept 3 days from created_at. */
export const TEMP_LIFETIME_MS = 3 * 86_400_000;

export type SendOutcome =
  | { kind: 'done'; mediaId: string; url?: string; reused: boolean; createdAtMs?: number }
  | { kind: 'duplicate'; mediaId: string; name: string };

export interface SendDeps {
  client: WeChatClient;
  now(): number;
  /** Journals the job (fsync) — awaited before every network side effect. */
  persist(job: JobRecord): Promise<void>;
  hashes: ReadonlyMap<string, { mediaId: string; name: string }>;
  /** media_ids other jobs of this account already own. */
  claimed(): ReadonlySet<string>;
  /** Serialises reconciliations so two jobs never claim the same item. */
  exclusive<T>(fn: () => Promise<T>): Promise<T>;
  onProgress(job: JobRecord, transferred: number, total: number): void;
  signal: AbortSignal;
}

/** Lists and matches an item the last send may have created; null when re-sending is safe. */
export function reconcileJob(job: JobRecord, deps: Pick<SendDeps, 'client' | 'claimed' | 'exclusive' | 'now'>) {
  return deps.exclusive(() =>
    findSentItem(deps.client, {
      type: job.type,
      sentName: job.sentName,
      startedAtMs: job.startedAt ?? deps.now(),
      claimed: deps.claimed(),
    }),
  );
}

export async function sendJob(job: JobRecord, deps: SendDeps): Promise<SendOutcome> {
  job.sha256 ??= await sha256File(job.path);
  if (job.mode === 'permanent') {
    const existing = deps.hashes.get(job.sha256);
    if (existing && !job.allowDuplicate && !job.ambiguous) {
      return { kind: 'duplicate', mediaId: existing.mediaId, name: existing.name };
    }
    if (job.ambiguous) {
      const found = await reconcileJob(job, deps);
      if (found) return { kind: 'done', mediaId: found.mediaId, url: found.url, reused: true };
      job.ambiguous = false;
    }
  }
  job.status = 'sending';
  job.attempts += 1;
  job.startedAt = deps.now();
  job.transferred = 0;
  delete job.error;
  delete job.nextRetryAt;
  // The journal must say "may be at WeChat" before a single byte leaves (crash → reconcile on start).
  if (job.mode === 'permanent') job.ambiguous = true;
  await deps.persist(job);
  const common = {
    name: job.sentName,
    signal: deps.signal,
    onProgress: (transferred: number, total: number) => deps.onProgress(job, transferred, total),
  };
  if (job.mode === 'permanent') {
    const added = await deps.client.material.add(job.type, job.path, {
      ...common,
      ...(job.type === 'video' && job.video ? { description: job.video } : {}),
    });
    return { kind: 'done', mediaId: added.mediaId, url: added.url, reused: false };
  }
  const temp = await deps.client.media.upload(job.type, job.path, common);
  return { kind: 'done', mediaId: temp.mediaId, reused: false, createdAtMs: temp.createdAt * 1000 || deps.now() };
}

/** The library item for a finished permanent job (thumbs are listed with images). */
export function libraryItemOf(job: JobRecord, mediaId: string, url: string | undefined, nowMs: number): MaterialItem {
  const type = listTypeOf(job.type);
  return {
    mediaId,
    type,
    name: job.sentName,
    updateTime: Math.floor(nowMs / 1000),
    hasThumb: Boolean(url && type === 'image'),
  };
}
