/**
 * 发布能力: freepublish/submit, get, batchget, getarticle, delete (docs/wechat-api.md § Publishing).
 * - publish_id is a NUMBER on the wire (docs say string; real bodies and SDKs say int64);
 * - submit takes the draft out of the draft box at once;
 * - get reports publish_status 1 (发布中) for publishDelayMs of emulator time, then 0 with
 *   article_id and article_detail.item[].article_url; 5 once every article was deleted;
 * - unknown publish_id → 40002 "invalid argument"; unknown article_id → 53600;
 *   delete index is 1-based, 0/absent deletes all, anything else → 40114;
 * - once every article of a publish is deleted, its article_id is invalid: getarticle and delete
 *   answer 53600 (README.md, "Fidelity choices"); get still reports publish_status 5, and
 *   batchget still lists it, every article with is_deleted: true.
 */
import type { AccountState, PublishJob } from '../account-state';
import { articleUrl, articleView } from '../article-view';
import { publishDraft } from '../publish-ops';
import { intField, paging, parseJsonBody } from '../json-body';
import { json, okBody, wxError } from '../reply';
import type { Reply } from '../reply';
import type { CgiContext, World } from '../world';

function isDone(world: World, job: PublishJob): boolean {
  return world.clock.nowMs() >= job.submitMs + world.options.publishDelayMs;
}

/** The finished publish an article_id names, while at least one of its articles is not deleted. */
function liveJob(ctx: CgiContext, id: unknown): PublishJob | undefined {
  const job = typeof id === 'string' ? ctx.account.byArticleId.get(id) : undefined;
  return job && isDone(ctx.world, job) && !job.deleted.every(Boolean) ? job : undefined;
}

function publishedItems(
  world: World,
  account: AccountState,
  job: PublishJob,
  noContent: boolean,
): Record<string, unknown>[] {
  return job.articles.map((a, i) =>
    articleView(account, a, {
      url: articleUrl(world, account, job.mid, i + 1, false),
      noContent,
      isDeleted: job.deleted[i] ?? false,
    }),
  );
}

export function handleSubmit(ctx: CgiContext): Reply {
  const body = parseJsonBody(ctx.body);
  if (!body.ok) return wxError(body.errcode);
  const mediaId = body.value.media_id;
  const draft = typeof mediaId === 'string' ? ctx.account.drafts.get(mediaId) : undefined;
  if (!draft) return wxError(40007);
  const job = publishDraft(ctx.world, ctx.account, draft);
  return okBody({ publish_id: job.publishId, msg_data_id: job.msgDataId });
}

export function handlePublishGet(ctx: CgiContext): Reply {
  const body = parseJsonBody(ctx.body);
  if (!body.ok) return wxError(body.errcode);
  const id = intField(body.value.publish_id);
  const job = id === null ? undefined : ctx.account.publishes.get(id);
  if (!job) return wxError(40002, undefined, 'invalid argument');
  if (!isDone(ctx.world, job)) return json({ publish_id: job.publishId, publish_status: 1, fail_idx: [] });
  const allDeleted = job.deleted.every(Boolean);
  return json({
    publish_id: job.publishId,
    publish_status: allDeleted ? 5 : 0,
    article_id: job.articleId,
    article_detail: {
      count: job.articles.length,
      item: job.articles.map((_, i) => ({
        idx: i + 1,
        article_url: articleUrl(ctx.world, ctx.account, job.mid, i + 1, false),
      })),
    },
    fail_idx: [],
  });
}

export function handlePublishBatchget(ctx: CgiContext): Reply {
  const body = parseJsonBody(ctx.body);
  if (!body.ok) return wxError(body.errcode);
  const page = paging(body.value);
  if (!page) return wxError(47001);
  const noContent = intField(body.value.no_content) === 1;
  const done = [...ctx.account.publishes.values()]
    .filter((j) => isDone(ctx.world, j))
    .sort((a, b) => b.submitMs - a.submitMs || b.publishId - a.publishId);
  const item = done.slice(page.offset, page.offset + page.count).map((job) => ({
    article_id: job.articleId,
    content: {
      news_item: publishedItems(ctx.world, ctx.account, job, noContent),
      create_time: job.createTime,
      update_time: job.createTime,
    },
    update_time: job.createTime,
  }));
  return json({ total_count: done.length, item_count: item.length, item });
}

export function handleGetArticle(ctx: CgiContext): Reply {
  const body = parseJsonBody(ctx.body);
  if (!body.ok) return wxError(body.errcode);
  const job = liveJob(ctx, body.value.article_id);
  if (!job) return wxError(53600);
  return json({ news_item: publishedItems(ctx.world, ctx.account, job, false) });
}

export function handlePublishDelete(ctx: CgiContext): Reply {
  const body = parseJsonBody(ctx.body);
  if (!body.ok) return wxError(body.errcode);
  const job = liveJob(ctx, body.value.article_id);
  if (!job) return wxError(53600);
  const index = body.value.index === undefined ? 0 : intField(body.value.index);
  if (index === null || index < 0 || index > job.articles.length) return wxError(40114);
  if (index === 0) job.deleted.fill(true);
  else job.deleted[index - 1] = true;
  if (job.deleted.every(Boolean)) ctx.world.ledger.markDeleted(ctx.account.account.appId, job.articleId);
  return okBody();
}
