/**
 * Which permanent materials an article uses, as compact tokens kept on the draft's or published
 * article's index entry (IndexedItem.refs), so "where used" is answered from the index alone
 * (electron/core/index/where-used.ts) and persists and updates with it, incrementally:
 *
 * - `c<n>:<media_id>`: article n's cover (`thumb_media_id`);
 * - `p<n>:<media_id>`: an image of article n when it is a newspic (`image_info.image_list[].image_media_id`);
 * - `i<n>:<key>`: an mmbiz picture in article n's content, by its key (mmbizKey below), which the
 *   material's own `url` from batchget_material also has.
 */
import type { NewsArticle } from '../wechat/news';

export type RefRole = 'cover' | 'content' | 'newspic';

const ROLE_LETTER: Record<RefRole, string> = { cover: 'c', content: 'i', newspic: 'p' };
const LETTER_ROLE: Record<string, RefRole> = { c: 'cover', i: 'content', p: 'newspic' };

/** An entry keeps at most this many tokens (8 articles with a long gallery each); the schema allows as many. */
export const MAX_REFS = 1000;
/** Longest value kept (real media_ids and mmbiz keys are under 100): the index schema caps a token at 300. */
const MAX_VALUE = 256;

/**
 * The picture's id on the mmbiz CDN: the path segment after the format folder. One picture shows up as
 * `http://mmbiz.qpic.cn/mmbiz_jpg/<id>/0?wx_fmt=jpeg` (batchget_material), as
 * `https://mmbiz.qpic.cn/sz_mmbiz_jpg/<id>/640?wx_fmt=jpeg&from=appmsg` (an article body), protocol-relative,
 * on mmbiz.qlogo.cn, or on the emulator's own origin (electron/emulator/cdn.ts): scheme, host, size
 * suffix (`/0`, `/640`, …) and query all vary, the id does not. Ids are long random strings, so the
 * key alone identifies the picture.
 */
const MMBIZ_PATH = /\/(?:[a-z]+_)?mmbiz(?:_[a-z0-9]+)?\/([A-Za-z0-9_-]{16,})/;
const MMBIZ_PATH_ALL = new RegExp(MMBIZ_PATH.source, 'g');

/** The mmbiz key of a picture URL, or null when it is not an mmbiz picture. */
export function mmbizKey(url: string | undefined): string | null {
  if (!url) return null;
  const m = MMBIZ_PATH.exec(url);
  return m ? m[1] : null;
}

/** Every mmbiz picture key in an HTML body (src, data-src, background urls alike), first seen first. */
export function contentKeys(html: string): string[] {
  const keys = new Set<string>();
  for (const m of html.matchAll(MMBIZ_PATH_ALL)) keys.add(m[1]);
  return [...keys];
}

/** The reference tokens of an entry's articles (deleted published articles use nothing). */
export function articleRefs(articles: readonly NewsArticle[]): string[] {
  const refs = new Set<string>();
  const add = (role: RefRole, n: number, value: string) => {
    if (value && value.length <= MAX_VALUE && refs.size < MAX_REFS) refs.add(`${ROLE_LETTER[role]}${n}:${value}`);
  };
  articles.forEach((a, n) => {
    if (a.isDeleted) return;
    add('cover', n, a.thumbMediaId);
    for (const id of a.imageMediaIds ?? []) add('newspic', n, id);
    for (const key of contentKeys(a.content)) add('content', n, key);
  });
  return [...refs];
}

export interface ParsedRef {
  role: RefRole;
  /** Index of the article in its draft or published item. */
  article: number;
  /** media_id (cover, newspic) or mmbiz key (content). */
  value: string;
}

/** Reads a token back; null for one this version does not know. */
export function parseRef(token: string): ParsedRef | null {
  const m = /^([a-z])(\d+):(.+)$/.exec(token);
  const role = m && LETTER_ROLE[m[1]];
  return role ? { role, article: Number(m[2]), value: m[3] } : null;
}
