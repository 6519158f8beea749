import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { makePng } from '../../../fakes/png';
import { ACCOUNT, startHarness, type Harness } from './harness';
import { bigMp4 } from '../../emulator/fixtures';
import type { AppError } from '@shared/errors';
import { TempMediaService } from '../../../../electron/core/uploads/temp-media';

/** Makes the local ledger remember `mediaId` as uploaded three days and a second ago. */
async function ageInLedger(h: Harness, mediaId: string): Promise<void> {
  const ledger = await h.temp.ledger(ACCOUNT);
  const row = ledger.get(mediaId)!;
  const createdAt = Date.now() - 3 * 86_400_000 - 1000;
  await ledger.put({ ...row, createdAt, expiresAt: createdAt + 3 * 86_400_000 });
}

/** Uploads one temp video through the queue and returns its media_id. */
async function uploadTempVideo(h: Harness): Promise<string> {
  const [token] = await h.stage([{ name: 'clip.mp4', bytes: bigMp4(20_000) }]);
  await h.service.enqueue(ACCOUNT, 'temporary', [{ token, type: 'auto' }]);
  const queue = await h.service.queue(ACCOUNT);
  await queue.idle();
  return queue.snapshot().jobs[0].mediaId!;
}

const mpvideoCalls = (h: Harness) => h.emu.calls().filter((c) => c.endpoint === 'mpvideo');

const messageXml = (mediaId: string) => `<xml><ToUserName><![CDATA[gh_123]]></ToUserName>
<FromUserName><![CDATA[o_user]]></FromUserName><CreateTime>1700000000</CreateTime>
<MsgType><![CDATA[image]]></MsgType><PicUrl><![CDATA[http://mmbiz/x]]></PicUrl>
<MediaId><![CDATA[${mediaId}]]></MediaId><MsgId>1234567890123456</MsgId></xml>`;

describe('temporary media', () => {
  let h: Harness | null = null;
  afterEach(async () => {
    await h?.close();
    h = null;
  });

  it('temp upload → ledger with a 3-day expiry; fetch by pasted XML; preview route and saved bytes match', async () => {
    h = await startHarness();
    const png = makePng(20, 20, 42);
    const [token] = await h.stage([{ name: '临时图.png', bytes: png }]);
    const res = await h.service.enqueue(ACCOUNT, 'temporary', [{ token, type: 'auto' }]);
    const queue = await h.service.queue(ACCOUNT);
    await queue.idle();
    const job = queue.jobs.get(res.jobs[0].id)!;
    expect(job.status).toBe('done');
    const [entry] = await h.temp.list(ACCOUNT);
    expect(entry.mediaId).toBe(job.mediaId);
    expect(entry.expiresAt - entry.createdAt).toBe(3 * 86_400_000);
    expect(entry.expired).toBe(false);
    expect(h.emu.ledger().filter((e) => e.kind === 'temp')).toHaveLength(1);

    const fetched = await h.temp.fetch(ACCOUNT, messageXml(job.mediaId!));
    expect(fetched.preview?.src).toBe(`temp/${ACCOUNT}/${encodeURIComponent(job.mediaId!)}`);
    const asset = await h.temp.asset(ACCOUNT, job.mediaId!);
    // A file answer: AssetRoutes streams it in ranges (electron/core/assets.ts).
    expect((await readFile(asset!.file!)).equals(png)).toBe(true);
    expect(asset!.contentType).toBe('image/png');
    const saved = await h.temp.save(ACCOUNT, job.mediaId!);
    if (saved.kind !== 'saved') throw new Error('expected a saved file');
    expect((await readFile(saved.path)).equals(png)).toBe(true);
    expect(saved.path.endsWith('临时图.png')).toBe(true);

    // Three days later the id is gone: the ledger knows it as older than three days, so it shows as expired.
    await ageInLedger(h, job.mediaId!);
    h.emu.advanceClock(3 * 86_400_000 + 1000);
    const expired = await h.temp.fetch(ACCOUNT, job.mediaId!);
    expect(expired.expired).toBe(true);
  });

  it('a mistyped or unknown media_id is WeChat 40007 with advice, not "expired", and is not added to the ledger', async () => {
    h = await startHarness();
    const err = await h.temp.fetch(ACCOUNT, 'NoSuchMediaId_typo123').catch((e: unknown) => e);
    expect(err).toMatchObject({ payload: { code: 'WX_40007', errcode: 40007, errClass: 'not-found' } });
    const { message } = (err as AppError).payload;
    expect(message.zh).toContain('40007');
    expect(message.en).toContain('40007');
    expect(message.en).toMatch(/check|copy/i);
    expect(await h.temp.list(ACCOUNT)).toEqual([]);
  });

  it('an id the ledger knows as younger than three days is not shown as expired when WeChat answers 40007', async () => {
    h = await startHarness();
    const [token] = await h.stage([{ name: 'fresh.png', bytes: makePng(12, 12, 7) }]);
    await h.service.enqueue(ACCOUNT, 'temporary', [{ token, type: 'auto' }]);
    const queue = await h.service.queue(ACCOUNT);
    await queue.idle();
    const [job] = queue.snapshot().jobs;
    // Only WeChat's clock moves (as after a reset on its side): our ledger still says it is 0 days old.
    h.emu.advanceClock(3 * 86_400_000 + 1000);
    await expect(h.temp.fetch(ACCOUNT, job.mediaId!)).rejects.toMatchObject({ payload: { errcode: 40007 } });
    const [row] = await h.temp.list(ACCOUNT);
    expect(row).toMatchObject({ mediaId: job.mediaId, expired: false });
  });

  it('a temp video fetch answers its video_url; garbage input is refused before any call', async () => {
    h = await startHarness();
    const [token] = await h.stage([{ name: 'clip.mp4', bytes: bigMp4(20_000) }]);
    await h.service.enqueue(ACCOUNT, 'temporary', [{ token, type: 'auto' }]);
    const queue = await h.service.queue(ACCOUNT);
    await queue.idle();
    const [job] = queue.snapshot().jobs;
    expect(job.type).toBe('video');
    const fetched = await h.temp.fetch(ACCOUNT, job.mediaId!);
    expect(fetched.videoUrl).toMatch(/\/mpvideo\//);
    await expect(h.temp.fetch(ACCOUNT, '<xml><Content>hi</Content></xml>')).rejects.toMatchObject({
      payload: { code: 'TEMP_NO_MEDIA_ID' },
    });
  });

  it('saving a temp video waits out video_url warm-up: 404s right after the fetch are retried with backoff', async () => {
    h = await startHarness();
    const mediaId = await uploadTempVideo(h);
    await h.temp.fetch(ACCOUNT, mediaId);
    // The CDN does not know the video yet for the first two downloads (a real WeChat quirk).
    h.emu.setFaults([{ endpoint: 'mpvideo', kind: 'http-status', status: 404, times: 2 }]);
    const started = Date.now();
    const saved = await h.temp.save(ACCOUNT, mediaId);
    if (saved.kind !== 'saved') throw new Error('expected a saved file');
    expect((await readFile(saved.path)).equals(bigMp4(20_000))).toBe(true);
    expect(mpvideoCalls(h).map((c) => c.status)).toEqual([404, 404, 200]);
    // 0.5 s then 1 s of backoff: it waited rather than hammering the CDN.
    expect(Date.now() - started).toBeGreaterThanOrEqual(1400);
  });

  it('a video_url that stays 404 gives up after a few seconds with a clear message; other statuses are not retried', async () => {
    h = await startHarness();
    const mediaId = await uploadTempVideo(h);
    const downloads = { chooseFolder: () => Promise.resolve(h!.dir), finish: () => ({ kind: 'cancelled' as const }) };
    const temp = new TempMediaService({
      dataDir: h.dir,
      clientFor: () => Promise.resolve(h!.client),
      downloads,
      videoWarmupDelaysMs: [10, 20, 40],
    });
    await temp.fetch(ACCOUNT, mediaId);
    h.emu.setFaults([{ endpoint: 'mpvideo', kind: 'http-status', status: 404 }]);
    const err = await temp.save(ACCOUNT, mediaId).catch((e: unknown) => e);
    expect(err).toMatchObject({ payload: { code: 'TEMP_VIDEO_NOT_READY', retryable: true } });
    expect((err as AppError).payload.message.en).toMatch(/404/);
    expect(mpvideoCalls(h)).toHaveLength(4);

    h.emu.setFaults([{ endpoint: 'mpvideo', kind: 'http-status', status: 502 }]);
    await expect(temp.save(ACCOUNT, mediaId)).rejects.toMatchObject({ payload: { code: 'TEMP_VIDEO_GONE' } });
    expect(mpvideoCalls(h)).toHaveLength(5);
  });
});
