/** The user-facing errors of temporary media (zh first, then en; errcode named where WeChat gave one). */
import { AppError, appError } from '@shared/errors';
import type { BoundedFetchError } from '../net/bounded-fetch';

/**
 * media/get answered 40007 for an id our ledger does not know as older than three days: most often a
 * mistyped or truncated id, one from another account, or one uploaded elsewhere that has already expired.
 * WeChat gives no creation time, so only the ledger can tell "expired" apart from "never valid".
 */
export function tempInvalidMediaId(rid?: string): AppError {
  return new AppError({
    code: 'WX_40007',
    errClass: 'not-found',
    retryable: false,
    errcode: 40007,
    ...(rid ? { rid } : {}),
    message: {
      zh: '微信返回 40007（不合法的媒体文件 id）：这个 media_id 不存在于本账号。请检查是否完整复制（没有多余的空格或截断）、是否属于当前账号；若是别处上传的临时素材，它可能已超过 3 天有效期，请重新上传。',
      en: 'WeChat answered 40007 (invalid media_id): this media_id does not exist for this account. Check that it was copied whole (no extra spaces, not cut off) and belongs to the selected account; a temporary item uploaded elsewhere may be past its 3 days, so upload it again.',
    },
  });
}

/** The video host kept answering 404 through every retry of the warm-up. */
export function tempVideoNotReady(waitedMs: number): AppError {
  const s = Math.round(waitedMs / 1000);
  return appError(
    'TEMP_VIDEO_NOT_READY',
    'retryable',
    {
      zh: `视频地址在 ${s} 秒内一直返回 404（微信的视频服务器还没准备好，或素材已过期）。请稍后再点保存；若仍失败，请重新获取这个临时素材。`,
      en: `The video address kept answering 404 for ${s} s (WeChat's video host is not ready yet, or the item expired). Press Save again in a moment; if it still fails, fetch the item again.`,
    },
    { retryable: true },
  );
}

export function tempVideoError(err: BoundedFetchError): AppError {
  if (err.reason === 'refused' || err.reason === 'bad-url') {
    return appError('TEMP_VIDEO_REFUSED', 'bad-input', {
      zh: '视频地址不在微信的服务器或本账号的接口地址上，未下载。请重新获取这个临时素材。',
      en: "The video address is not on WeChat's servers or this account's API host; nothing was downloaded. Fetch the item again.",
    });
  }
  if (err.reason === 'too-large') {
    return appError('TEMP_VIDEO_TOO_LARGE', 'bad-input', {
      zh: '视频超过 64 MB，未保存。',
      en: 'The video is over 64 MB; it was not saved.',
    });
  }
  return appError('TEMP_VIDEO_GONE', 'retryable', {
    zh: '视频下载失败。临时素材可能已过期，请重新获取后再保存。',
    en: 'The video download failed. The item may have expired; fetch it again, then save.',
  });
}
