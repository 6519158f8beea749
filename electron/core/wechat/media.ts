/** Temporary media (kept 3 days) and article-body images: media/upload, media/get, media/uploadimg. */
import type { UploadType } from '@shared/models';
import { assertId, type ApiContext } from './api-context';
import { downloadToDir, type DownloadResult } from './download';
import { uploadFile, type UploadOptions } from './upload';
import { malformedResponse } from './wire-json';
import { num, str } from './wire-read';

export interface TempUploadResult {
  type: UploadType;
  mediaId: string;
  /** Unix seconds. */
  createdAt: number;
  /** The filename that was sent (extension matching the content). */
  name: string;
}

export interface MediaApi {
  /** media/upload: a temporary item (3 days). Re-sending only makes another temporary id, so it counts as idempotent. */
  upload(type: UploadType, path: string, opts?: UploadOptions): Promise<TempUploadResult>;
  /** media/get: a file saved atomically into `destDir`, or for video `{kind:'json', value:{video_url}}`. */
  get(mediaId: string, destDir: string, nameHint: string, opts?: { signal?: AbortSignal }): Promise<DownloadResult>;
  /** media/uploadimg: an image URL for article bodies (jpg/png < 1 MB; no media_id; not counted in the library quota). */
  uploadImg(path: string, opts?: UploadOptions): Promise<{ url: string; name: string }>;
}

/** Temporary-media endpoints of one account (every call through its token manager). */
export function createMediaApi(ctx: ApiContext): MediaApi {
  return {
    async upload(type, path, opts) {
      const { body, fileName } = await uploadFile(
        ctx,
        { endpoint: 'cgi-bin/media/upload', query: { type }, idempotent: true, target: type, mode: 'temporary' },
        path,
        opts,
      );
      const mediaId = str(body.media_id) || str(body.thumb_media_id); // thumb answers carry thumb_media_id
      if (!mediaId) throw malformedResponse({ endpoint: 'media/upload', idempotent: true }, 'no media_id');
      return { type, mediaId, createdAt: num(body.created_at), name: fileName };
    },
    async get(mediaId, destDir, nameHint, opts = {}) {
      assertId('media_id', mediaId);
      return ctx.tokens.call((token) =>
        downloadToDir(
          ctx.http,
          token,
          {
            endpoint: 'cgi-bin/media/get',
            method: 'GET',
            idempotent: true,
            query: { media_id: mediaId },
            signal: opts.signal,
          },
          destDir,
          nameHint,
        ),
      );
    },
    async uploadImg(path, opts) {
      const { body, fileName } = await uploadFile(
        ctx,
        { endpoint: 'cgi-bin/media/uploadimg', idempotent: true, target: 'uploadimg', mode: 'permanent' },
        path,
        opts,
      );
      const url = str(body.url);
      if (!url) throw malformedResponse({ endpoint: 'media/uploadimg', idempotent: true }, 'no url');
      return { url, name: fileName };
    },
  };
}
