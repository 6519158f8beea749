/**
 * 草稿箱: draft/add, get, update, delete, batchget, count, switch (docs/wechat-api.md § Drafts).
 * - draft/add answers {media_id, item: []} like the real body (WxJava test capture);
 * - draft/get carries create_time/update_time and per-item thumb_url, show_cover_pic;
 * - draft/update takes a 0-based `index` (else 40114) and `articles` as ONE object
 *   (an array → 47001);
 * - draft/batchget count outside 1..20 → 47001 (emulator choice: no documented code);
 * - draft/count is documented as GET but POST is accepted (EasyWeChat 5 sends POST).
 * Article validation codes: see article.ts.
 */
import { articleUrl, articleView } from '../article-view';
import { checkArticle, checkArticles } from '../article';
import type { ArticleContext } from '../article';
import type { AccountState, Draft } from '../account-state';
import { createDraft, draftsNewestFirst, removeDraft } from '../draft-ops';
import { intField, paging, parseJsonBody } from '../json-body';
import { json, okBody, wxError } from '../reply';
import type { Reply } from '../reply';
import type { CgiContext, World } from '../world';

export function articleContext(ctx: CgiContext): ArticleContext {
  return { isPermanentImage: (id) => ctx.account.isPermanentImage(id), baseUrl: ctx.world.baseUrl };
}

function newsItems(world: World, account: AccountState, d: Draft, noContent: boolean): Record<string, unknown>[] {
  return d.articles.map((a, i) =>
    articleView(account, a, { url: articleUrl(world, account, d.mid, i + 1, true), noContent }),
  );
}

function findDraft(ctx: CgiContext, body: Record<string, unknown>): Draft | undefined {
  return typeof body.media_id === 'string' ? ctx.account.drafts.get(body.media_id) : undefined;
}

export function handleDraftAdd(ctx: CgiContext): Reply {
  const body = parseJsonBody(ctx.body);
  if (!body.ok) return wxError(body.errcode);
  const check = checkArticles(body.value.articles, articleContext(ctx));
  if (!check.ok) return wxError(check.errcode);
  const draft = createDraft(ctx.world, ctx.account, check.articles);
  return json({ media_id: draft.mediaId, item: [] });
}

export function handleDraftGet(ctx: CgiContext): Reply {
  const body = parseJsonBody(ctx.body);
  if (!body.ok) return wxError(body.errcode);
  const d = findDraft(ctx, body.value);
  if (!d) return wxError(40007);
  return json({
    news_item: newsItems(ctx.world, ctx.account, d, false),
    create_time: d.createTime,
    update_time: d.updateTime,
  });
}

export function handleDraftUpdate(ctx: CgiContext): Reply {
  const body = parseJsonBody(ctx.body);
  if (!body.ok) return wxError(body.errcode);
  const d = findDraft(ctx, body.value);
  if (!d) return wxError(40007);
  const index = intField(body.value.index);
  if (index === null || index < 0 || index >= d.articles.length) return wxError(40114);
  const input = body.value.articles;
  if (!input || typeof input !== 'object' || Array.isArray(input)) return wxError(47001);
  const check = checkArticle(input, articleContext(ctx), d.articles.length === 1);
  if (!check.ok) return wxError(check.errcode);
  d.articles[index] = check.article;
  d.updateTime = ctx.world.clock.nowS();
  return okBody();
}

export function handleDraftDelete(ctx: CgiContext): Reply {
  const body = parseJsonBody(ctx.body);
  if (!body.ok) return wxError(body.errcode);
  const mediaId = body.value.media_id;
  if (typeof mediaId !== 'string' || !removeDraft(ctx.world, ctx.account, mediaId)) return wxError(40007);
  return okBody();
}

export function handleDraftBatchget(ctx: CgiContext): Reply {
  const body = parseJsonBody(ctx.body);
  if (!body.ok) return wxError(body.errcode);
  const page = paging(body.value);
  if (!page) return wxError(47001);
  const noContent = intField(body.value.no_content) === 1;
  const all = draftsNewestFirst(ctx.account);
  const item = all.slice(page.offset, page.offset + page.count).map((d) => ({
    media_id: d.mediaId,
    content: {
      news_item: newsItems(ctx.world, ctx.account, d, noContent),
      create_time: d.createTime,
      update_time: d.updateTime,
    },
    update_time: d.updateTime,
  }));
  return json({ total_count: all.length, item_count: item.length, item });
}

export function handleDraftCount(ctx: CgiContext): Reply {
  return json({ total_count: ctx.account.drafts.size });
}

/** Beta-era switch: always on here; `checkonly=1` only reports. */
export function handleDraftSwitch(ctx: CgiContext): Reply {
  if (ctx.query.get('checkonly') !== '1') ctx.account.draftBoxOpen = 1;
  return okBody({ is_open: ctx.account.draftBoxOpen });
}
