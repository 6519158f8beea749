/**
 * ThumbService end to end against a loopback "CDN": a large picture becomes a small cached thumbnail,
 * asked for once however many cards want it; article pictures stay unchanged; the cache reports and
 * clears; a cached thumbnail survives a new service (a restart).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { ThumbService } from '../../../../electron/core/thumbs/thumb-service';
import { loopbackServer, type LoopbackServer } from '../net/loopback';
import { photoJpeg, redThenBlueGif } from './images';

let cdn: LoopbackServer;
let dir: string;
let photo: Buffer;
let gif: Buffer;
const hits = new Map<string, number>();

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'thumb-service-'));
  photo = await photoJpeg(1600, 1200);
  gif = await redThenBlueGif(900, 600);
  cdn = await loopbackServer((req, res) => {
    hits.set(req.url ?? '', (hits.get(req.url ?? '') ?? 0) + 1);
    if (req.url === '/photo.jpg') res.writeHead(200, { 'content-type': 'image/jpeg' }).end(photo);
    else if (req.url === '/anim.gif') res.writeHead(200, { 'content-type': 'image/gif' }).end(gif);
    else if (req.url === '/junk') res.writeHead(200, { 'content-type': 'image/jpeg' }).end('not a picture');
    else res.writeHead(404).end();
  });
});
afterAll(async () => {
  await cdn.close();
  await rm(dir, { recursive: true, force: true });
});

describe('ThumbService', () => {
  it('serves a ≤ 384 px, ≤ 64 KB thumbnail, fetched and made once for concurrent asks', async () => {
    const cacheDir = path.join(dir, 'a');
    const thumbs = new ThumbService(cacheDir, () => cdn.base);
    thumbs.remember('acc_1', 'M1', `${cdn.base}/photo.jpg`);
    const [a, b] = await Promise.all([thumbs.get('acc_1', 'M1'), thumbs.get('acc_1', 'M1')]);
    expect(a).toBe(b);
    expect(a!.contentType).toBe('image/jpeg');
    expect(a!.bytes.length).toBeLessThanOrEqual(64 * 1024);
    const meta = await sharp(a!.bytes).metadata();
    expect(Math.max(meta.width, meta.height)).toBe(384);
    expect(hits.get('/photo.jpg')).toBe(1);

    const info = await thumbs.cacheInfo();
    expect(info).toEqual({ bytes: a!.bytes.length, count: 1, limitBytes: 1024 * 1024 * 1024 });

    // A new service (a restart) answers from the disk cache without asking the CDN again.
    const again = new ThumbService(
      cacheDir,
      () => cdn.base,
      () => `${cdn.base}/photo.jpg`,
    );
    expect((await again.get('acc_1', 'M1'))!.bytes.equals(a!.bytes)).toBe(true);
    expect(hits.get('/photo.jpg')).toBe(1);

    await again.clearCache();
    expect(await again.cacheInfo()).toMatchObject({ bytes: 0, count: 0 });
  });

  it('article pictures are kept as they are; undecodable bytes give no thumbnail', async () => {
    const thumbs = new ThumbService(path.join(dir, 'b'), () => cdn.base);
    thumbs.remember('acc_1', 'artimg:x', `${cdn.base}/anim.gif`);
    const original = await thumbs.original('acc_1', 'artimg:x');
    expect(original).toMatchObject({ contentType: 'image/gif' });
    expect(original!.bytes.equals(gif)).toBe(true);

    thumbs.remember('acc_1', 'J', `${cdn.base}/junk`);
    expect(await thumbs.get('acc_1', 'J')).toBeNull();
  });

  it('honours its cache bound', async () => {
    const thumbs = new ThumbService(path.join(dir, 'c'), () => cdn.base, undefined, { cacheLimitBytes: 1024 });
    thumbs.remember('acc_1', 'M1', `${cdn.base}/photo.jpg`);
    expect(await thumbs.get('acc_1', 'M1')).not.toBeNull();
    expect((await thumbs.cacheInfo()).bytes).toBeLessThanOrEqual(1024);
  });
});
