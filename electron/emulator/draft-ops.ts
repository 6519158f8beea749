/**
 * Creating and removing drafts, shared by draft/add, freepublish/submit and seeding.
 */
import type { AccountState, Draft } from './account-state';
import type { Article } from './article';
import { StoredBlob } from './blob';
import { permanentMediaId } from './ids';
import type { World } from './world';
import { nextSeq } from './world';

export function articlesBlob(articles: Article[]): StoredBlob {
  return StoredBlob.of(Buffer.from(JSON.stringify(articles)), null);
}

export function createDraft(
  world: World,
  account: AccountState,
  articles: Article[],
  time = world.clock.nowS(),
): Draft {
  world.counters.mid += 1;
  const draft: Draft = {
    mediaId: permanentMediaId(),
    articles,
    createTime: time,
    updateTime: time,
    mid: world.counters.mid,
    seq: nextSeq(world),
  };
  account.drafts.set(draft.mediaId, draft);
  world.ledger.add({
    appId: account.account.appId,
    mediaId: draft.mediaId,
    kind: 'draft',
    type: 'news',
    name: articles[0]?.title ?? '',
    blob: articlesBlob(articles),
    createdAt: time,
  });
  return draft;
}

export function removeDraft(world: World, account: AccountState, mediaId: string): Draft | undefined {
  const draft = account.drafts.get(mediaId);
  if (!draft) return undefined;
  account.drafts.delete(mediaId);
  world.ledger.markDeleted(account.account.appId, mediaId);
  return draft;
}

/** Drafts newest first (update_time, then creation order), as draft/batchget lists them. */
export function draftsNewestFirst(account: AccountState): Draft[] {
  return [...account.drafts.values()].sort((a, b) => b.updateTime - a.updateTime || b.seq - a.seq);
}
