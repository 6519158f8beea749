/**
 * Saving one library item as a file, whatever its kind: image/voice bytes stream from get_material;
 * a video's get_material answers JSON with a down_url, which is streamed the same atomic way
 * (`.partial`, fsync, no-overwrite rename); articles (news, drafts, published) are saved as JSON.
 */
import { createHash } from 'node:crypto';
import got from 'got';
import { appError } from '../../shared/errors';
import { createPartial } from '../files/atomic-file';
import { sanitizeFileName } from '../files/file-name';
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

/** Largest video we stream (WeChat's video limit is 10 MB; leave room). */
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

/** Streams a video's down_url into `folder` atomically (no Referer, size-capped). */
export async function saveUrl(url: string, folder: string, nameHint: string): Promise<SavedFile> {
  const stream = got.stream(url, {
    headers: { referer: undefined, 'user-agent': 'SucaiDesk' },
    timeout: { connect: 10_000, response: 30_000, socket: 30_000 },
    followRedirect: true,
  });
  let headers: Record<string, string | string[] | undefined> = {};
  stream.on('response', (r: { headers: typeof headers }) => (headers = r.headers));
  const hash = createHash('sha256');
  let partial: Awaited<ReturnType<typeof createPartial>> | null = null;
  let name = sanitizeFileName(nameHint, 'video');
  let bytes = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (!partial) {
        name = finalFileName(nameHint, describeContent(headers, chunk.subarray(0, 64)));
        partial = await createPartial(folder, name);
      }
      bytes += chunk.length;
      if (bytes > MAX_VIDEO_BYTES) throw new Error('video too large');
      hash.update(chunk);
      await partial.write(chunk);
    }
    if (!partial) throw new Error('empty video');
    const path = await partial.commit(name);
    return { path, bytes, sha256: hash.digest('hex') };
  } catch (err) {
    stream.destroy();
    await partial?.discard().catch(() => undefined);
    throw err;
  }
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
    return saveUrl(downUrl, folder, hint);
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

/** A MIME type for bytes we serve as a preview. */
export function previewType(bytes: Uint8Array, fallback: string): string {
  const f = sniffFormat(bytes.subarray(0, 64));
  const map: Record<string, string> = {
    jpeg: 'image/jpeg',
    png: 'image/png',
    gif: 'image/gif',
    bmp: 'image/bmp',
    mp3: 'audio/mpeg',
    wav: 'audio/wav',
    amr: 'audio/amr',
    mp4: 'video/mp4',
  };
  return map[f] ?? fallback;
}
