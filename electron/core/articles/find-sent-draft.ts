/**
 * After an ambiguous draft/add (the request was sent, no answer came back) the draft may exist already.
 * WeChat cannot be asked "did my request apply?", so, like electron/core/uploads/reconcile.ts does for
 * add_material, we list the newest drafts (draft/batchget is newest first), bounded to the first pages and
 * to drafts updated since the attempt started (minus clock skew), and look for one matching what we sent:
 * titles, covers and digest from the light listing (no_content), then the body text of the candidates
 * through draft/get (electron/core/articles/draft-fingerprint.ts).
 */
import { WeChatApiError } from '../wechat/errors';
import type { WeChatClient } from '../wechat/client';
import { RECONCILE_SKEW_S } from '../uploads/reconcile';
import { draftMatches, headerMatches, type DraftFingerprint } from './draft-fingerprint';

const PAGE = 20;
/** A draft we just sent is among the newest few; three pages is plenty and keeps the quota cost bounded. */
const MAX_PAGES = 3;

export interface SentDraftQuery {
  fingerprint: DraftFingerprint;
  /** ms epoch when the first send of this attempt started. */
  startedAt: number;
  /** Drafts that cannot be the answer (the draft being replaced, drafts other entries already own). */
  exclude?: ReadonlySet<string>;
}

/** The media_id of the draft the sent request created, or null when none exists (then sending again is safe). */
export async function findSentDraft(client: WeChatClient, q: SentDraftQuery): Promise<string | null> {
  const since = Math.floor(q.startedAt / 1000) - RECONCILE_SKEW_S;
  for (let page = 0; page < MAX_PAGES; page++) {
    const res = await client.draft.batchget(page * PAGE, PAGE, { noContent: true });
    for (const item of res.items) {
      if (item.updateTime < since || q.exclude?.has(item.mediaId)) continue;
      if (!headerMatches(q.fingerprint, item.newsItems)) continue;
      const stored = await client.draft.get(item.mediaId).catch((err: unknown) => {
        // Deleted between the listing and now: not ours any more.
        if (err instanceof WeChatApiError && err.errcode === 40007) return null;
        throw err;
      });
      if (stored && draftMatches(q.fingerprint, stored.newsItems)) return item.mediaId;
    }
    const oldest = res.items.at(-1);
    if (res.items.length < PAGE || !oldest || oldest.updateTime < since) return null;
  }
  return null;
}
