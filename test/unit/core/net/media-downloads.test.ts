/**
 * The WeChat-media downloads (thumbnails and article images, the preview of a video's down_url, saving a
 * temp video's video_url) go through the bounded fetch with the WeChat-media policy: mmbiz names and the
 * account's API base host only, byte caps enforced while reading.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { saveUrl } from '../../../../electron/core/library/item-files';
import { ThumbService } from '../../../../electron/core/thumbs/thumb-service';
import { makePng } from '../../../fakes/png';
import { bigMp4 } from '../../emulator/fixtures';
import { ACCOUNT, startHarness, type Harness } from '../uploads/harness';
import { endless, loopbackServer, type LoopbackServer } from './loopback';

let api: LoopbackServer;
let foreign: LoopbackServer;
let dir: string;
const png = makePng(16, 16, 3);
const mp4 = bigMp4(4_000);

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'media-dl-'));
  api = await loopbackServer((req, res) => {
    if (req.url === '/a.png') res.writeHead(200, { 'content-type': 'image/png' }).end(png);
    else if (req.url === '/v.mp4') res.writeHead(200, { 'content-type': 'video/mp4' }).end(mp4);
    else if (req.url?.startsWith('/endless')) endless(res, Buffer.alloc(64 * 1024), png.subarray(0, 64));
    else if (req.url === '/bounce') res.writeHead(302, { location: `${foreign.base}/a.png` }).end();
    else res.writeHead(404).end();
  });
  foreign = await loopbackServer((_req, res) => res.writeHead(200, { 'content-type': 'image/png' }).end(png));
});
afterAll(async () => {
  await api.close();
  await foreign.close();
  await rm(dir, { recursive: true, force: true });
});

describe('thumbnails and article images', () => {
  const thumbs = () => new ThumbService(path.join(dir, `thumbs-${Math.random()}`), () => api.base);

  it('come from the API base host; any other host is refused without being contacted', async () => {
    const t = thumbs();
    t.remember(ACCOUNT, 'ok', `${api.base}/a.png`);
    // The PNG comes back as a small thumbnail: JPEG when opaque (electron/core/images/thumbnail.ts).
    expect((await t.get(ACCOUNT, 'ok'))?.contentType).toBe('image/jpeg');
    t.remember(ACCOUNT, 'other', `${foreign.base}/a.png`);
    t.remember(ACCOUNT, 'bounced', `${api.base}/bounce`);
    expect(await t.get(ACCOUNT, 'other')).toBeNull();
    expect(await t.get(ACCOUNT, 'bounced')).toBeNull();
    expect(foreign.hits).toHaveLength(0);
  });

  it('an endless body is dropped at the cap instead of being buffered', { timeout: 10_000 }, async () => {
    const t = thumbs();
    t.remember(ACCOUNT, 'endless', `${api.base}/endless-thumb`);
    expect(await t.get(ACCOUNT, 'endless')).toBeNull();
  });
});

describe('video preview', () => {
  // The preview cache (electron/core/library/preview-cache.ts) fills itself with saveUrl, streamed to disk.
  it('downloads the down_url from the API base host only, and gives up past the cap', { timeout: 20_000 }, async () => {
    const into = await mkdtemp(path.join(dir, 'preview-'));
    const saved = await saveUrl(api.base, `${api.base}/v.mp4`, into, 'clip');
    expect((await readFile(saved.path)).equals(mp4)).toBe(true);
    await expect(saveUrl(api.base, `${foreign.base}/v.mp4`, into, 'x')).rejects.toBeTruthy();
    await expect(saveUrl(api.base, `${api.base}/bounce`, into, 'x')).rejects.toBeTruthy();
    expect(foreign.hits).toHaveLength(0);
    await expect(saveUrl(api.base, `${api.base}/endless-video`, into, 'x')).rejects.toMatchObject({
      payload: { code: 'VIDEO_TOO_LARGE' },
    });
  });
});

describe('saving a temp video', () => {
  let h: Harness | null = null;
  afterEach(async () => {
    await h?.close();
    h = null;
  });

  it('saves the video_url WeChat answered (on the API base host)', async () => {
    h = await startHarness();
    const [token] = await h.stage([{ name: 'clip.mp4', bytes: bigMp4(20_000) }]);
    await h.service.enqueue(ACCOUNT, 'temporary', [{ token, type: 'auto' }]);
    const queue = await h.service.queue(ACCOUNT);
    await queue.idle();
    const [job] = queue.snapshot().jobs;
    await h.temp.fetch(ACCOUNT, job.mediaId!);
    const saved = await h.temp.save(ACCOUNT, job.mediaId!);
    if (saved.kind !== 'saved') throw new Error('expected a saved file');
    expect((await readFile(saved.path)).subarray(4, 8).toString('latin1')).toBe('ftyp');
  });

  it('refuses a video_url on any other host without contacting it', async () => {
    h = await startHarness();
    const ledger = await h.temp.ledger(ACCOUNT);
    const now = Date.now();
    await ledger.put({
      mediaId: 'planted',
      type: 'video',
      name: 'planted',
      createdAt: now,
      expiresAt: now + 86_400_000,
      source: 'fetched',
      videoUrl: `${foreign.base}/v.mp4`,
    });
    const before = foreign.hits.length;
    await expect(h.temp.save(ACCOUNT, 'planted')).rejects.toMatchObject({ payload: { code: 'TEMP_VIDEO_REFUSED' } });
    expect(foreign.hits.length).toBe(before);
  });
});
