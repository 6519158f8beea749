/**
 * Downloads outside /cgi-bin/: mmbiz-like pictures, video files and article pages.
 *
 * Hotlink protection: WeChat pictures are "blocked outside Tencent domains". When a
 * Referer header is present and its host is not qq.com (or a subdomain such as
 * mp.weixin.qq.com), the picture is replaced by a placeholder. No Referer at all gets the
 * real bytes, which is why clients fetch with `Referrer-Policy: no-referrer`.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { Article } from '../article';
import { HOTLINK_PLACEHOLDER_PNG } from '../image-patterns';
import { MIME } from '../media-sniff';
import { binary, plain } from '../reply';
import type { Reply } from '../reply';
import type { World } from '../world';

export function isTencentReferer(referer: string): boolean {
  try {
    const host = new URL(referer).hostname.toLowerCase();
    return host === 'qq.com' || host.endsWith('.qq.com');
  } catch {
    return false;
  }
}

const MMBIZ_PATH = /^\/mmbiz_(?:png|jpg|gif)\/([A-Za-z0-9_-]+)\/\d+$/;

export function handleMmbiz(path: string, headers: IncomingHttpHeaders, world: World): Reply {
  const id = MMBIZ_PATH.exec(path)?.[1];
  const obj = id ? world.cdn.get(id) : undefined;
  if (!obj) return plain(404, 'Not Found', 'text/plain');
  const referer = headers.referer;
  if (referer !== undefined && !isTencentReferer(referer)) {
    return binary(HOTLINK_PLACEHOLDER_PNG, 'image/png', {
      'Cache-Control': 'max-age=60',
      'X-Emulator-Hotlink': 'blocked',
    });
  }
  return binary(obj.blob.bytes(), MIME[obj.format], { 'Cache-Control': 'max-age=2592000' });
}

/** Video files, with single-range support so a <video> element can seek. */
export function handleMpvideo(path: string, headers: IncomingHttpHeaders, world: World): Reply {
  const id = /^\/mpvideo\/([A-Za-z0-9_-]+)\.mp4$/.exec(path)?.[1];
  const obj = id ? world.cdn.get(id) : undefined;
  if (!obj || (obj.expiresAtS !== undefined && world.clock.nowS() >= obj.expiresAtS))
    return plain(404, 'Not Found', 'text/plain');
  const bytes = obj.blob.bytes();
  const range = /^bytes=(\d*)-(\d*)$/.exec(headers.range ?? '');
  if (!range || (!range[1] && !range[2])) return binary(bytes, 'video/mp4', { 'Accept-Ranges': 'bytes' });
  const start = range[1] ? Number(range[1]) : Math.max(0, bytes.length - Number(range[2]));
  const end = range[1] && range[2] ? Math.min(Number(range[2]), bytes.length - 1) : bytes.length - 1;
  if (start > end || start >= bytes.length) {
    return { status: 416, headers: { 'Content-Range': `bytes */${bytes.length}` }, body: Buffer.alloc(0) };
  }
  return {
    status: 206,
    headers: {
      'Content-Type': 'video/mp4',
      'Accept-Ranges': 'bytes',
      'Content-Range': `bytes ${start}-${end}/${bytes.length}`,
    },
    body: bytes.subarray(start, end + 1),
  };
}

function findArticles(world: World, mid: number): Article[] | null {
  for (const account of world.accounts.values()) {
    for (const d of account.drafts.values()) if (d.mid === mid) return d.articles;
    for (const j of account.publishes.values()) if (j.mid === mid) return j.articles.filter((_, i) => !j.deleted[i]);
  }
  return null;
}

const escapeHtml = (s: string): string =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

/** /s?__biz=…&mid=…&idx=… — a bare article page for drafts and published articles. */
export function handleArticlePage(query: URLSearchParams, world: World): Reply {
  const articles = findArticles(world, Number(query.get('mid')));
  const article = articles?.[Number(query.get('idx') ?? 1) - 1];
  if (!article)
    return plain(200, '<!doctype html><meta charset="utf-8"><title>微信公众平台</title><p>该内容已被发布者删除</p>');
  return plain(
    200,
    `<!doctype html><meta charset="utf-8"><title>${escapeHtml(article.title)}</title><h1>${escapeHtml(article.title)}</h1><p>${escapeHtml(article.author)}</p>${article.content}`,
  );
}
