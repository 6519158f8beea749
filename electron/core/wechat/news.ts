/**
 * Articles (图文) in both directions: WeChat's snake_case `news_item` entries read into one camelCase shape
 * (legacy news material, drafts and published articles share it, each with a few extra fields), and draft
 * input written back to snake_case.
 */
import { arr, obj, optNum, optStr, str } from './wire-read';

/** One article as WeChat returns it in news_item arrays (extra fields kept when present). */
export interface NewsArticle {
  title: string;
  author: string;
  digest: string;
  content: string;
  contentSourceUrl: string;
  thumbMediaId: string;
  thumbUrl?: string;
  url?: string;
  showCoverPic?: number;
  needOpenComment?: number;
  onlyFansCanComment?: number;
  /** Published articles: true when deleted after publishing. */
  isDeleted?: boolean;
  /** `news` (default) or `newspic` (图片消息). */
  articleType?: string;
  /** newspic: the permanent images of `image_info.image_list[].image_media_id` (where-used: electron/core/index/article-refs.ts). */
  imageMediaIds?: string[];
}

/** Reads one news_item entry. */
export function readArticle(raw: unknown): NewsArticle {
  const a = obj(raw);
  const out: NewsArticle = {
    title: str(a.title),
    author: str(a.author),
    digest: str(a.digest),
    content: str(a.content),
    contentSourceUrl: str(a.content_source_url),
    thumbMediaId: str(a.thumb_media_id),
  };
  const thumbUrl = optStr(a.thumb_url);
  const url = optStr(a.url);
  const showCoverPic = optNum(a.show_cover_pic);
  const needOpenComment = optNum(a.need_open_comment);
  const onlyFansCanComment = optNum(a.only_fans_can_comment);
  const articleType = optStr(a.article_type);
  if (thumbUrl !== undefined) out.thumbUrl = thumbUrl;
  if (url !== undefined) out.url = url;
  if (showCoverPic !== undefined) out.showCoverPic = showCoverPic;
  if (needOpenComment !== undefined) out.needOpenComment = needOpenComment;
  if (onlyFansCanComment !== undefined) out.onlyFansCanComment = onlyFansCanComment;
  if (a.is_deleted !== undefined)
    out.isDeleted = a.is_deleted === true || a.is_deleted === 1 || a.is_deleted === 'true';
  if (articleType !== undefined) out.articleType = articleType;
  const imageMediaIds = arr(obj(a.image_info).image_list)
    .map((i) => str(obj(i).image_media_id))
    .filter(Boolean);
  if (imageMediaIds.length) out.imageMediaIds = imageMediaIds;
  return out;
}

/** Reads a `news_item` array (missing → []). */
export function readArticles(raw: unknown): NewsArticle[] {
  return arr(raw).map(readArticle);
}

/** An article to put in a draft (draft/add, draft/update). Limits are WeChat's (title ≤ 32 字, author ≤ 16, digest ≤ 128). */
export interface DraftArticleInput {
  articleType?: 'news' | 'newspic';
  title: string;
  author?: string;
  digest?: string;
  /** HTML; images must be URLs from media/uploadimg. */
  content: string;
  contentSourceUrl?: string;
  /** Required for `news`: a PERMANENT media_id. */
  thumbMediaId?: string;
  needOpenComment?: 0 | 1;
  onlyFansCanComment?: 0 | 1;
  picCrop2351?: string;
  picCrop11?: string;
  /** newspic only, wire shape: `{ image_list: [{ image_media_id }] }`. */
  imageInfo?: { image_list: { image_media_id: string }[] };
  /** Wire shape, passed through: `{ crop_percent_list: [...] }`. */
  coverInfo?: Record<string, unknown>;
  /** Wire shape, passed through. */
  productInfo?: Record<string, unknown>;
}

/** Writes a draft article in WeChat's field names, leaving out absent fields. */
export function writeArticle(a: DraftArticleInput): Record<string, unknown> {
  const wire: Record<string, unknown> = {
    article_type: a.articleType,
    title: a.title,
    author: a.author,
    digest: a.digest,
    content: a.content,
    content_source_url: a.contentSourceUrl,
    thumb_media_id: a.thumbMediaId,
    need_open_comment: a.needOpenComment,
    only_fans_can_comment: a.onlyFansCanComment,
    pic_crop_235_1: a.picCrop2351,
    pic_crop_1_1: a.picCrop11,
    image_info: a.imageInfo,
    cover_info: a.coverInfo,
    product_info: a.productInfo,
  };
  for (const key of Object.keys(wire)) if (wire[key] === undefined) delete wire[key];
  return wire;
}
