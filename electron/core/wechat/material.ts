/**
 * Permanent material: add_material, get_material, del_material, get_materialcount, batchget_material,
 * plus the two retired news APIs, which throw without sending anything.
 */
import { basename } from 'node:path';
import type { MaterialType, UploadType } from '@shared/models';
import { splitExt } from '../files/file-name';
import { assertId, assertPage, send, type ApiContext } from './api-context';
import { downloadToDir, fetchToMemory, type DownloadResult } from './download';
import { RetiredApiError } from './errors';
import { readBatchgetPage, type BatchgetPage } from './material-list';
import type { VideoDescription } from './multipart';
import { readArticles, type NewsArticle } from './news';
import { uploadFile, type UploadOptions } from './upload';
import { malformedResponse, type JsonObject } from './wire-json';
import { num, optStr, str } from './wire-read';

export type { BatchgetItem, BatchgetPage } from './material-list';

/** Largest image/voice get_material keeps in memory (images are ≤ 10 MB, voice ≤ 2 MB). */
const MAX_IN_MEMORY_BYTES = 16 * 1024 * 1024;

export interface MaterialAddResult {
  mediaId: string;
  /** Image URL (images only; WeChat sends "" for other types, which becomes undefined). */
  url?: string;
  /** The filename that was sent (extension matching the content). */
  name: string;
}

export interface MaterialCount {
  imageCount: number;
  voiceCount: number;
  videoCount: number;
  newsCount: number;
}

export type MaterialGetResult =
  | { kind: 'video'; title: string; description: string; downUrl: string }
  | { kind: 'news'; newsItems: NewsArticle[] }
  | { kind: 'file'; data: Buffer; bytes: number; sha256: string; contentType: string; ext: string }
  /** JSON of a shape we do not know yet: passed on as is. */
  | { kind: 'json'; value: JsonObject };

export interface MaterialApi {
  /** add_material. NOT idempotent: an ambiguous failure must be reconciled via batchget, not re-sent. */
  add(
    type: UploadType,
    path: string,
    opts?: UploadOptions & { description?: VideoDescription },
  ): Promise<MaterialAddResult>;
  /** get_material: video/news info as JSON kinds; image/voice/thumb bytes in memory (for previews). */
  get(mediaId: string, opts?: { signal?: AbortSignal }): Promise<MaterialGetResult>;
  /** get_material streamed to disk atomically; video/news come back as `{kind:'json'}` and create no file. */
  download(
    mediaId: string,
    destDir: string,
    nameHint: string,
    opts?: { signal?: AbortSignal },
  ): Promise<DownloadResult>;
  del(mediaId: string): Promise<void>;
  count(): Promise<MaterialCount>;
  /** One page (count 1..20) of one type, normalised across the per-type shapes. */
  batchget(type: MaterialType, offset: number, count: number): Promise<BatchgetPage>;
  /** Retired 2022-02-28: always throws RetiredApiError, sends nothing. Use draft.add. */
  addNews(...args: unknown[]): Promise<never>;
  /** Retired 2022-02-28: always throws RetiredApiError, sends nothing. Use draft.update. */
  updateNews(...args: unknown[]): Promise<never>;
}

function getSpec(mediaId: string, signal?: AbortSignal) {
  return {
    endpoint: 'cgi-bin/material/get_material',
    method: 'POST' as const,
    idempotent: true, // read-only, although it is a POST
    json: { media_id: mediaId },
    signal,
  };
}

function readMaterialJson(value: JsonObject): MaterialGetResult {
  if (value.news_item !== undefined) return { kind: 'news', newsItems: readArticles(value.news_item) };
  if (value.down_url !== undefined || value.title !== undefined) {
    return {
      kind: 'video',
      title: str(value.title),
      description: str(value.description),
      downUrl: str(value.down_url),
    };
  }
  return { kind: 'json', value };
}

/** Permanent-material endpoints of one account (every call through its token manager). */
export function createMaterialApi(ctx: ApiContext): MaterialApi {
  return {
    async add(type, path, opts = {}) {
      const description =
        type === 'video'
          ? (opts.description ?? { title: splitExt(opts.name ?? basename(path)).stem, introduction: '' })
          : undefined;
      const { body, fileName } = await uploadFile(
        ctx,
        {
          endpoint: 'cgi-bin/material/add_material',
          query: { type },
          idempotent: false,
          target: type,
          mode: 'permanent',
          description,
        },
        path,
        opts,
      );
      const mediaId = str(body.media_id);
      if (!mediaId) throw malformedResponse({ endpoint: 'material/add_material', idempotent: false }, 'no media_id');
      const url = optStr(body.url);
      return { mediaId, name: fileName, ...(url !== undefined ? { url } : {}) };
    },
    async get(mediaId, opts = {}) {
      assertId('media_id', mediaId);
      const got = await ctx.tokens.call((token) =>
        fetchToMemory(ctx.http, token, getSpec(mediaId, opts.signal), MAX_IN_MEMORY_BYTES),
      );
      return got.kind === 'json' ? readMaterialJson(got.value) : got;
    },
    async download(mediaId, destDir, nameHint, opts = {}) {
      assertId('media_id', mediaId);
      return ctx.tokens.call((token) =>
        downloadToDir(ctx.http, token, getSpec(mediaId, opts.signal), destDir, nameHint),
      );
    },
    async del(mediaId) {
      assertId('media_id', mediaId);
      // Idempotent in effect: a second delete answers 40007, which callers may treat as done after an ambiguous first try.
      await send(ctx, {
        endpoint: 'cgi-bin/material/del_material',
        method: 'POST',
        idempotent: true,
        json: { media_id: mediaId },
      });
    },
    async count() {
      const body = await send(ctx, { endpoint: 'cgi-bin/material/get_materialcount', method: 'GET', idempotent: true });
      return {
        imageCount: num(body.image_count),
        voiceCount: num(body.voice_count),
        videoCount: num(body.video_count),
        newsCount: num(body.news_count),
      };
    },
    async batchget(type, offset, count) {
      assertPage(offset, count);
      const body = await send(ctx, {
        endpoint: 'cgi-bin/material/batchget_material',
        method: 'POST',
        idempotent: true,
        json: { type, offset, count },
      });
      return readBatchgetPage(body);
    },
    addNews() {
      return Promise.reject(new RetiredApiError('add_news'));
    },
    updateNews() {
      return Promise.reject(new RetiredApiError('update_news'));
    },
  };
}
