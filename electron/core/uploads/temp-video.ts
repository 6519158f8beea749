/**
 * Saving a temporary video: media/get answers a `video_url`, and WeChat's video host can answer 404 for a
 * few seconds right after issuing it (docs/wechat-api.md, "Temporary media and uploadimg"). A 404 is
 * therefore retried on a short schedule before giving up; every other failure is final at once. The
 * download itself always goes through the bounded fetch (electron/core/net/bounded-fetch.ts) with the
 * WeChat-video host policy.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { Readable } from 'node:stream';
import { BoundedFetchError, openBounded, type BoundedResponse } from '../net/bounded-fetch';
import { wechatVideo } from '../net/host-policy';
import { saveStream } from './save-copy';
import { tempVideoError, tempVideoNotReady } from './temp-media-errors';

/** WeChat's temp video limit is 10 MB; leave room, but never an unbounded download. */
const MAX_TEMP_VIDEO_BYTES = 64 * 1024 * 1024;
const TEMP_VIDEO_DEADLINE_MS = 120_000;

/** Waits before each retry of a 404: 0.5 + 1 + 2 + 2 s, about 6 s in all with the requests themselves. */
export const VIDEO_WARMUP_DELAYS_MS: readonly number[] = [500, 1000, 2000, 2000];

const isWarmingUp = (err: unknown): boolean =>
  err instanceof BoundedFetchError && err.reason === 'status' && err.detail === '404';

/** Opens the video, retrying only the warm-up 404; the last 404 becomes TEMP_VIDEO_NOT_READY. */
async function openWarmedUp(videoUrl: string, apiBase: string, delaysMs: readonly number[]): Promise<BoundedResponse> {
  const fetchOpts = {
    policy: wechatVideo(apiBase),
    maxBytes: MAX_TEMP_VIDEO_BYTES,
    deadlineMs: TEMP_VIDEO_DEADLINE_MS,
    maxRedirects: 3,
  };
  for (let attempt = 0; ; attempt++) {
    try {
      return await openBounded(videoUrl, fetchOpts);
    } catch (err) {
      if (!isWarmingUp(err)) throw err instanceof BoundedFetchError ? tempVideoError(err) : err;
      const delay = delaysMs[attempt];
      if (delay === undefined) throw tempVideoNotReady(delaysMs.reduce((a, b) => a + b, 0));
      await sleep(delay);
    }
  }
}

/** Streams a temp video's video_url into `folder` as `name`; returns the saved path. */
export async function saveTempVideo(
  apiBase: string,
  videoUrl: string,
  folder: string,
  name: string,
  delaysMs: readonly number[] = VIDEO_WARMUP_DELAYS_MS,
): Promise<string> {
  const res = await openWarmedUp(videoUrl, apiBase, delaysMs);
  return saveStream(Readable.from(res.body), folder, name).catch((err: unknown) => {
    res.abort(); // the file could not be written: drop the download now, not at the deadline
    throw err instanceof BoundedFetchError ? tempVideoError(err) : err;
  });
}
