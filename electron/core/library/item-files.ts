/**
 * Saving one library item as a file, whatever its kind: image/voice bytes stream from get_material;
 * a video's get_material answers JSON with a down_url, which is streamed the same atomic way
 * (`.partial`, fsync, no-overwrite rename); articles (news, drafts, published) are saved as JSON.
 */
import { createHash } from 'node:crypto';
import { appError } from '@shared/errors';
import { BoundedFetchError, openBounded } from '../net/bounded-fetch';
import { wechatVideo } from '../net/host-policy';
import { createPartial } from '../fs/atomic-write';
import { sanitizeFileName } from '../files/file-name';
import { mimeFor } from '../files/formats';
import { sniffFormat } from '../files/sniff';
import { describeContent, finalFileName } from '../wechat/content-meta';
import type { WeChatClient } from '../wechat/client';
import type { NewsArticle } from '../wechat/news';
import type { IndexedItem } from '../index/index-types';

export interface SavedFile {
  path: string;
  bytes: number;
  sha256: string;
}

/** Largest video we stream, to a download or the preview cache (WeChat's video limit is 10 MB; leave room). */
const MAX_VIDEO_BYTES = 64 * 1024 * 1024;

/** The articles of a news item, draft or published article (one API call). */
export async function articlesOf(client: WeChatClient, item: IndexedItem): Promise<NewsArticle[]> {
  if (item.kind === 'draft') return (await client.draft.get(item.id)).newsItems;
  if (item.kind === 'published') return (await client.publish.getArticle(item.id)).newsItems;
  const got = await client.material.get(item.id);
  if (got.kind === 'news') return got.newsItems;
  throw notArticles();
}

function notArticles() {
  return appError('NOT_ARTICLES', 'internal', {
    zh: '这个素材不是图文，无法按文章读取。请刷新列表后重试。',
    en: 'This item is not an article. Refresh the list and try again.',
  });
}

/** Largest wait for a whole video download, redirects included. */
const VIDEO_DEADLINE_MS = 120_000;

/**
 * Streams a video's down_url into `folder` atomically, through the one bounded fetch
 * (electron/core/net/bounded-fetch.ts): WeChat's hosts, the account's API base, or public addresses
 * only; every redirect re-checked; the size cap enforced while reading; one total deadline.
 */
export async function saveUrl(apiBase: string, url: string, folder: string, nameHint: string): Promise<SavedFile> {
  const res = await openBounded(url, {
    policy: wechatVideo(apiBase),
    maxBytes: MAX_VIDEO_BYTES,
    deadlineMs: VIDEO_DEADLINE_MS,
    maxRedirects: 3,
  }).catch(asDownloadError);
  const hash = createHash('sha256');
  let partial: Awaited<ReturnType<typeof createPartial>> | null = null;
  let name = sanitizeFileName(nameHint, 'video');
  let bytes = 0;
  try {
    for await (const chunk of res.body) {
      if (!partial) {
        name = finalFileName(nameHint, describeContent(res.headers, chunk.subarray(0, 64)));
        partial = await createPartial(folder, name);
      }
      bytes += chunk.length;
      hash.update(chunk);
      await partial.write(chunk);
    }
    if (!partial) throw videoUnavailable();
    const path = await partial.commit(name);
    return { path, bytes, sha256: hash.digest('hex') };
  } catch (err) {
    res.abort();
    await partial?.discard().catch(() => undefined);
    return asDownloadError(err);
  }
}

function asDownloadError(err: unknown): never {
  if (!(err instanceof BoundedFetchError)) throw err;
  if (err.reason === 'too-large') {
    throw appError('VIDEO_TOO_LARGE', 'bad-input', {
      zh: '视频超过 64 MB，已停止下载。请在公众号后台下载这个视频。',
      en: 'The video is over 64 MB; the download was stopped. Download it from the mp.weixin.qq.com backend.',
    });
  }
  throw videoUnavailable();
}

function videoUnavailable() {
  return appError('VIDEO_DOWNLOAD_FAILED', 'retryable', {
    zh: '视频无法下载（地址不可用、被拒绝或超时）。请稍后重试，或点“同步”刷新素材。',
    en: 'The video could not be downloaded (address unavailable, refused or timed out). Try again later, or press Sync.',
  });
}

/** Writes articles as pretty JSON, atomically. */
async function saveJson(value: unknown, folder: string, nameHint: string): Promise<SavedFile> {
  const data = Buffer.from(`${JSON.stringify(value, null, 2)}\n`);
  const name = `${sanitizeFileName(nameHint, 'article').replace(/\.json$/i, '')}.json`;
  const partial = await createPartial(folder, name);
  try {
    await partial.write(data);
    const path = await partial.commit(name);
    return { path, bytes: data.length, sha256: createHash('sha256').update(data).digest('hex') };
  } catch (err) {
    await partial.discard();
    throw err;
  }
}

/** Saves one item into `folder`; never overwrites (name collisions become `name (1).ext`). */
export async function saveItem(client: WeChatClient, item: IndexedItem, folder: string): Promise<SavedFile> {
  const hint = item.name || item.id;
  if (item.kind === 'image' || item.kind === 'voice' || item.kind === 'video') {
    const got = await client.material.download(item.id, folder, hint);
    if (got.kind === 'file') return { path: got.path, bytes: got.bytes, sha256: got.sha256 };
    const downUrl = typeof got.value.down_url === 'string' ? got.value.down_url : '';
    if (!downUrl) throw notAFile();
    return saveUrl(client.apiBase, downUrl, folder, hint);
  }
  const articles = await articlesOf(client, item);
  return saveJson({ media_id: item.id, kind: item.kind, update_time: item.updateTime, articles }, folder, hint);
}

function notAFile() {
  return appError('NOT_A_FILE_MATERIAL', 'bad-input', {
    zh: '这个素材没有可保存的文件。请刷新列表后重试。',
    en: 'This item has no file to save. Refresh the list and try again.',
  });
}

/** A MIME type for bytes we serve as a preview (sniffed, never trusted from a name or header). */
export function previewType(bytes: Uint8Array, fallback: string): string {
  const format = sniffFormat(bytes.subarray(0, 64));
  return format === 'unknown' ? fallback : mimeFor(format);
}
