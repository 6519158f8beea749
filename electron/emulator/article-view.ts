/**
 * How articles look on the wire in the different read endpoints. Real bodies carry more
 * than the doc examples (docs/wechat-api.md § Wire types): thumb_url, show_cover_pic,
 * comment flags, and is_deleted for published items.
 */
import type { AccountState } from './account-state';
import type { Article } from './article';
import type { World } from './world';

export function articleUrl(world: World, account: AccountState, mid: number, idx: number, temp: boolean): string {
  const base = `${world.baseUrl}/s?__biz=${encodeURIComponent(account.biz)}&mid=${mid}&idx=${idx}`;
  // Drafts only have preview links (tempkey); published and legacy items have sn.
  return temp
    ? `${base}&tempkey=${mid.toString(16)}${idx}`
    : `${base}&sn=${(mid * 2654435761 + idx).toString(16).slice(-12)}`;
}

export function thumbUrlOf(account: AccountState, thumbMediaId: string): string {
  return account.materials.get(thumbMediaId)?.url ?? '';
}

export interface ViewOptions {
  url: string;
  /** Omit `content` (no_content=1 in draft/batchget and freepublish/batchget). */
  noContent?: boolean;
  isDeleted?: boolean;
}

export function articleView(account: AccountState, a: Article, opts: ViewOptions): Record<string, unknown> {
  const out: Record<string, unknown> = {
    article_type: a.article_type,
    title: a.title,
    author: a.author,
    digest: a.digest,
    content: a.content,
    content_source_url: a.content_source_url,
    thumb_media_id: a.thumb_media_id,
    show_cover_pic: a.show_cover_pic,
    need_open_comment: a.need_open_comment,
    only_fans_can_comment: a.only_fans_can_comment,
    url: opts.url,
    thumb_url: thumbUrlOf(account, a.thumb_media_id),
  };
  if (a.pic_crop_235_1) out.pic_crop_235_1 = a.pic_crop_235_1;
  if (a.pic_crop_1_1) out.pic_crop_1_1 = a.pic_crop_1_1;
  if (a.image_info) out.image_info = a.image_info;
  if (opts.isDeleted !== undefined) out.is_deleted = opts.isDeleted;
  if (opts.noContent) delete out.content;
  return out;
}

/** legacy get_material news_item: exactly the documented fields. */
export function legacyNewsView(a: Article, url: string): Record<string, unknown> {
  return {
    title: a.title,
    thumb_media_id: a.thumb_media_id,
    show_cover_pic: a.show_cover_pic,
    author: a.author,
    digest: a.digest,
    content: a.content,
    url,
    content_source_url: a.content_source_url,
  };
}
