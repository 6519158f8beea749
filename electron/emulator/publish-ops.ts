/**
 * Turning a draft into a publish job, shared by freepublish/submit and the demo seed.
 */
import type { AccountState, Draft, PublishJob } from './account-state';
import { articlesBlob, removeDraft } from './draft-ops';
import { articleId } from './ids';
import type { World } from './world';

/** Removes the draft from the draft box and starts publishing it (status 1 for publishDelayMs). */
export function publishDraft(
  world: World,
  account: AccountState,
  draft: Draft,
  submitMs = world.clock.nowMs(),
): PublishJob {
  removeDraft(world, account, draft.mediaId);
  world.counters.publishId += 1;
  world.counters.msgDataId += 1;
  const job: PublishJob = {
    publishId: world.counters.publishId,
    msgDataId: world.counters.msgDataId,
    articleId: articleId(),
    articles: draft.articles,
    submitMs,
    createTime: Math.floor(submitMs / 1000),
    deleted: draft.articles.map(() => false),
    mid: draft.mid,
  };
  account.publishes.set(job.publishId, job);
  account.byArticleId.set(job.articleId, job);
  world.ledger.add({
    appId: account.account.appId,
    mediaId: job.articleId,
    kind: 'publish',
    type: 'news',
    name: job.articles[0]?.title ?? '',
    blob: articlesBlob(job.articles),
    createdAt: job.createTime,
  });
  return job;
}
