/**
 * Draft articles: normalisation and validation for draft/add and draft/update
 * (docs/wechat-api.md § Drafts). Errcodes, first failing check wins:
 *
 * | check                                                          | errcode |
 * |----------------------------------------------------------------|---------|
 * | article is not a JSON object, a field has the wrong JSON type  | 47001 data format error |
 * | title or content missing/empty                                 | 44003 empty news data |
 * | title > 32 characters                                          | 45003 title size out of limit |
 * | author > 16 characters                                         | 45110 author size out of limit (real code, not in the doc table) |
 * | digest > 128 characters                                        | 45004 description size out of limit |
 * | content ≥ 20,000 characters or ≥ 1 MB                          | 45166 invalid content |
 * | content_source_url > 1 KB                                      | 41039 invalid content_source_url |
 * | news: thumb_media_id missing or not a permanent image/thumb    | 40007 invalid media_id |
 * | newspic: image_list empty or a non-image id / > 20 images      | 40007 / 45166 |
 *
 * "Characters" are Unicode code points (a Chinese 字 counts as one).
 * The content is then sanitised like WeChat does (see html-sanitize.ts).
 */
import { sanitizeContent, textOf } from './html-sanitize';
import { articleTextChars } from '@shared/article-text';

export interface Article {
  article_type: 'news' | 'newspic';
  title: string;
  author: string;
  digest: string;
  content: string;
  content_source_url: string;
  thumb_media_id: string;
  show_cover_pic: number;
  need_open_comment: number;
  only_fans_can_comment: number;
  pic_crop_235_1?: string;
  pic_crop_1_1?: string;
  image_info?: { image_list: { image_media_id: string }[] };
}

export interface ArticleContext {
  /** True for a live permanent image or thumb media_id of this account. */
  isPermanentImage(mediaId: string): boolean;
  baseUrl: string;
}

export type ArticleCheck = { ok: true; article: Article } | { ok: false; errcode: number };

const chars = (s: string): number => Array.from(s).length;

class Invalid extends Error {
  constructor(readonly errcode: number) {
    super(String(errcode));
  }
}

function str(obj: Record<string, unknown>, key: string): string {
  const v = obj[key];
  if (v === undefined || v === null) return '';
  if (typeof v !== 'string') throw new Invalid(47001);
  return v;
}

function flag(obj: Record<string, unknown>, key: string): number {
  const v = obj[key];
  if (v === undefined || v === null) return 0;
  const n = Number(v);
  if (n !== 0 && n !== 1) throw new Invalid(47001);
  return n;
}

function imageList(obj: Record<string, unknown>, ctx: ArticleContext): { image_media_id: string }[] {
  const info = obj.image_info as { image_list?: unknown } | undefined;
  const list = info && Array.isArray(info.image_list) ? (info.image_list as unknown[]) : [];
  if (list.length === 0) throw new Invalid(40007);
  if (list.length > 20) throw new Invalid(45166);
  return list.map((item) => {
    const id = (item as { image_media_id?: unknown } | null)?.image_media_id;
    if (typeof id !== 'string' || !ctx.isPermanentImage(id)) throw new Invalid(40007);
    return { image_media_id: id };
  });
}

function build(input: unknown, ctx: ArticleContext, single: boolean): Article {
  if (!input || typeof input !== 'object' || Array.isArray(input)) throw new Invalid(47001);
  const obj = input as Record<string, unknown>;
  const type = str(obj, 'article_type') || 'news';
  if (type !== 'news' && type !== 'newspic') throw new Invalid(47001);
  const title = str(obj, 'title');
  const content = str(obj, 'content');
  if (!title.trim() || !content.trim()) throw new Invalid(44003);
  if (chars(title) > 32) throw new Invalid(45003);
  const author = str(obj, 'author');
  if (chars(author) > 16) throw new Invalid(45110);
  let digest = str(obj, 'digest');
  if (chars(digest) > 128) throw new Invalid(45004);
  // "必须少于2万字符，小于1M": the characters are the text a reader sees (docs/article-rendering.md § Limits).
  if (articleTextChars(content) >= 20_000 || Buffer.byteLength(content) >= 1024 * 1024) throw new Invalid(45166);
  const sourceUrl = str(obj, 'content_source_url');
  if (Buffer.byteLength(sourceUrl) > 1024) throw new Invalid(41039);
  const thumb = str(obj, 'thumb_media_id');
  if (type === 'news' && !ctx.isPermanentImage(thumb)) throw new Invalid(40007);
  // 图片消息 (newspic) bodies are plain text; news bodies are sanitised HTML.
  const cleaned = type === 'newspic' ? textOf(content) : sanitizeContent(content, ctx.baseUrl);
  // Default digest: first 54 characters of the body, single-article drafts only.
  if (!digest && single) digest = Array.from(textOf(cleaned)).slice(0, 54).join('');

  const article: Article = {
    article_type: type,
    title,
    author,
    digest,
    content: cleaned,
    content_source_url: sourceUrl,
    thumb_media_id: thumb,
    show_cover_pic: flag(obj, 'show_cover_pic'),
    need_open_comment: flag(obj, 'need_open_comment'),
    only_fans_can_comment: flag(obj, 'only_fans_can_comment'),
  };
  const crop235 = str(obj, 'pic_crop_235_1');
  const crop11 = str(obj, 'pic_crop_1_1');
  if (crop235) article.pic_crop_235_1 = crop235;
  if (crop11) article.pic_crop_1_1 = crop11;
  if (type === 'newspic') article.image_info = { image_list: imageList(obj, ctx) };
  return article;
}

export function checkArticle(input: unknown, ctx: ArticleContext, single: boolean): ArticleCheck {
  try {
    return { ok: true, article: build(input, ctx, single) };
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, errcode: e.errcode };
    throw e;
  }
}

export function checkArticles(
  inputs: unknown,
  ctx: ArticleContext,
): { ok: true; articles: Article[] } | { ok: false; errcode: number } {
  if (!Array.isArray(inputs) || inputs.length === 0) return { ok: false, errcode: 44003 };
  const articles: Article[] = [];
  for (const input of inputs) {
    const r = checkArticle(input, ctx, inputs.length === 1);
    if (!r.ok) return r;
    articles.push(r.article);
  }
  return { ok: true, articles };
}
