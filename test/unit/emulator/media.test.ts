import { createHash } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_APP_ID } from '../../../electron/emulator/index';
import type { Emulator } from '../../../electron/emulator/index';
import { asset, RID, stableToken, start, upload } from './helpers';

let emu: Emulator;
let token: string;
beforeAll(async () => {
  emu = await start();
});
afterAll(() => emu.close());
beforeEach(async () => {
  emu.reset();
  token = (await stableToken(emu)).access_token;
});

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('media/upload (temporary)', () => {
  it('answers {type, media_id, created_at} for an image and serves it back from media/get', async () => {
    const jpg = asset('banner-gradient.jpg');
    const { json } = await upload(emu, 'media/upload', token, '&type=image', [
      { filename: 'banner.jpg', data: jpg, contentType: 'image/jpeg' },
    ]);
    expect(Object.keys(json).sort()).toEqual(['created_at', 'media_id', 'type']);
    expect(json.type).toBe('image');
    expect(typeof json.created_at).toBe('number');
    expect(String(json.media_id)).toHaveLength(64);

    const res = await fetch(`${emu.url}/cgi-bin/media/get?access_token=${token}&media_id=${String(json.media_id)}`);
    expect(res.headers.get('content-type')).toBe('image/jpeg');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="${String(json.media_id)}.jpg"`);
    expect(Buffer.from(await res.arrayBuffer()).equals(jpg)).toBe(true);

    const [entry] = emu.ledger(DEMO_APP_ID);
    expect(entry).toMatchObject({
      kind: 'temp',
      type: 'image',
      name: 'banner.jpg',
      size: jpg.length,
      sha256: sha(jpg),
      deleted: false,
    });
  });

  it('answers thumb_media_id (not media_id) for a thumb', async () => {
    const { json } = await upload(emu, 'media/upload', token, '&type=thumb', [
      { filename: 'cover.jpg', data: asset('cover-thumb.jpg') },
    ]);
    expect(json.type).toBe('thumb');
    expect(json.thumb_media_id).toEqual(expect.any(String));
    expect(json.media_id).toBeUndefined();
  });

  it('answers {video_url} JSON for a video, and the URL downloads the file', async () => {
    const mp4 = asset('demo-video.mp4');
    const { json } = await upload(emu, 'media/upload', token, '&type=video', [{ filename: 'clip.mp4', data: mp4 }]);
    const got = (await (
      await fetch(`${emu.url}/cgi-bin/media/get?access_token=${token}&media_id=${String(json.media_id)}`)
    ).json()) as { video_url: string };
    expect(got.video_url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/mpvideo\/.+\.mp4$/);
    const file = await fetch(got.video_url);
    expect(file.headers.get('content-type')).toBe('video/mp4');
    expect(Buffer.from(await file.arrayBuffer()).equals(mp4)).toBe(true);
  });

  it('expires temp media after 3 days: media/get → 40007 labelled text/plain', async () => {
    const { json } = await upload(emu, 'media/upload', token, '&type=image', [
      { filename: 'a.png', data: asset('cover-thumb.jpg') },
    ]);
    emu.advanceClock(3 * 86400 * 1000 - 60_000);
    const fresh = await stableToken(emu);
    const before = await fetch(
      `${emu.url}/cgi-bin/media/get?access_token=${fresh.access_token}&media_id=${String(json.media_id)}`,
    );
    expect(before.headers.get('content-type')).toBe('image/jpeg');
    emu.advanceClock(60_000);
    const after = await fetch(
      `${emu.url}/cgi-bin/media/get?access_token=${fresh.access_token}&media_id=${String(json.media_id)}`,
    );
    expect(after.headers.get('content-type')).toBe('text/plain');
    const body = (await after.json()) as { errcode: number; errmsg: string };
    expect(body.errcode).toBe(40007);
    expect(body.errmsg).toMatch(RID);
  });

  it('does not serve permanent media through media/get', async () => {
    const { json } = await upload(emu, 'material/add_material', token, '&type=image', [
      { filename: 'p.jpg', data: asset('bars.jpg') },
    ]);
    const res = await fetch(`${emu.url}/cgi-bin/media/get?access_token=${token}&media_id=${String(json.media_id)}`);
    expect(((await res.json()) as { errcode: number }).errcode).toBe(40007);
  });
});

describe('media/uploadimg', () => {
  it('answers {url} JSON with Content-Type text/plain, and the url serves the picture', async () => {
    const jpg = asset('portrait-radial.jpg');
    const { res, json } = await upload(emu, 'media/uploadimg', token, '', [{ filename: '正文配图.jpg', data: jpg }]);
    expect(res.headers.get('content-type')).toBe('text/plain');
    expect(Object.keys(json)).toEqual(['url']);
    expect(String(json.url)).toMatch(/\/mmbiz_jpg\/[A-Za-z0-9_-]+\/0\?wx_fmt=jpeg$/);
    const img = await fetch(String(json.url));
    expect(Buffer.from(await img.arrayBuffer()).equals(jpg)).toBe(true);
    expect(emu.ledger()[0]).toMatchObject({
      kind: 'uploadimg',
      mediaId: json.url,
      url: json.url,
      name: '正文配图.jpg',
    });
  });

  it('is not counted as image material', async () => {
    await upload(emu, 'media/uploadimg', token, '', [{ filename: 'x.png', data: asset('cover-thumb.jpg') }]);
    const count = (await (
      await fetch(`${emu.url}/cgi-bin/material/get_materialcount?access_token=${token}`)
    ).json()) as { image_count: number };
    expect(count.image_count).toBe(0);
  });
});
