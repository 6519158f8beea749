/**
 * A real third-party client, node-webot/co-wechat-api 3.11.0, against the emulator.
 * It uses the legacy GET cgi-bin/token, formstream multipart uploads and its own
 * response decoding, none of which the emulator's authors wrote.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_APP_ID, DEMO_APP_SECRET } from '../../../electron/emulator/index';
import type { Emulator } from '../../../electron/emulator/index';
import { ASSETS, start } from './helpers';

interface CoWechatApi {
  prefix: string;
  fileServerPrefix: string;
  mpPrefix: string;
  snsPrefix: string;
  uploadMaterial(path: string, type: string): Promise<{ media_id: string; url: string }>;
  uploadVideoMaterial(
    path: string,
    description: { title: string; introduction: string },
  ): Promise<{ media_id: string; url: string }>;
  getMaterials(
    type: string,
    offset: number,
    count: number,
  ): Promise<{ total_count: number; item_count: number; item: { media_id: string; name: string; url?: string }[] }>;
  getMaterial(mediaId: string): Promise<unknown>;
  getMaterialCount(): Promise<{ image_count: number; voice_count: number; video_count: number; news_count: number }>;
  removeMaterial(mediaId: string): Promise<{ errcode: number; errmsg: string }>;
  uploadMedia(
    path: string,
    type: string,
  ): Promise<{ type: string; media_id?: string; thumb_media_id?: string; created_at: number }>;
  getMedia(mediaId: string): Promise<unknown>;
  uploadImage(path: string): Promise<{ url: string }>;
  uploadNewsMaterial(news: unknown): Promise<unknown>;
}

const require = createRequire(import.meta.url);
const WechatAPI = require('co-wechat-api') as new (appId: string, secret: string) => CoWechatApi;

let emu: Emulator;
let dir: string;
let api: CoWechatApi;

beforeAll(async () => {
  emu = await start();
  dir = mkdtempSync(join(tmpdir(), 'sucaidesk-cowechat-'));
  // A Chinese file name, as operators have: formstream sends it raw in filename="…".
  copyFileSync(join(ASSETS, 'poster-mandelbrot.jpg'), join(dir, '春节海报.jpg'));
  copyFileSync(join(ASSETS, 'cover-thumb.jpg'), join(dir, 'cover.jpg'));
  copyFileSync(join(ASSETS, 'demo-video.mp4'), join(dir, 'intro.mp4'));
});
afterAll(async () => {
  await emu.close();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  emu.reset();
  api = new WechatAPI(DEMO_APP_ID, DEMO_APP_SECRET);
  // co-wechat-api has no setEndpoint: its URL prefixes are plain properties.
  api.prefix = `${emu.url}/cgi-bin/`;
  api.fileServerPrefix = `${emu.url}/cgi-bin/`;
  api.mpPrefix = `${emu.url}/cgi-bin/`;
  api.snsPrefix = `${emu.url}/sns/`;
});

describe('co-wechat-api against the emulator', () => {
  it('uploads, lists, downloads and removes permanent material', async () => {
    const bytes = readFileSync(join(dir, '春节海报.jpg'));
    const uploaded = await api.uploadMaterial(join(dir, '春节海报.jpg'), 'image');
    expect(uploaded.media_id).toEqual(expect.any(String));
    expect(uploaded.url).toMatch(/\/mmbiz_jpg\//);

    const list = await api.getMaterials('image', 0, 20);
    expect(list.total_count).toBe(1);
    const found = list.item.find((i) => i.media_id === uploaded.media_id);
    expect(found?.name).toBe('春节海报.jpg');
    expect((await api.getMaterialCount()).image_count).toBe(1);

    // Image bytes come back labelled image/jpeg (the documented answer), so the client keeps
    // them as a Buffer. The text/plain quirk is off by default (README.md, "Fidelity choices").
    const image = await api.getMaterial(uploaded.media_id);
    expect(Buffer.isBuffer(image)).toBe(true);
    expect((image as Buffer).equals(bytes)).toBe(true);

    expect(await api.removeMaterial(uploaded.media_id)).toEqual({ errcode: 0, errmsg: 'ok' });
    expect((await api.getMaterials('image', 0, 20)).total_count).toBe(0);
    const entry = emu.ledger(DEMO_APP_ID).find((e) => e.mediaId === uploaded.media_id);
    expect(entry).toMatchObject({
      kind: 'material',
      type: 'image',
      name: '春节海报.jpg',
      size: bytes.length,
      deleted: true,
    });

    // It authenticated with the legacy GET cgi-bin/token, once.
    expect(emu.calls().filter((c) => c.endpoint === 'token')).toHaveLength(1);
  });

  it('gets exact bytes back for a thumb, which is served as image/jpeg', async () => {
    const bytes = readFileSync(join(dir, 'cover.jpg'));
    const thumb = await api.uploadMaterial(join(dir, 'cover.jpg'), 'thumb');
    const got = await api.getMaterial(thumb.media_id);
    expect(Buffer.isBuffer(got)).toBe(true);
    expect((got as Buffer).equals(bytes)).toBe(true);
  });

  it('counts and lists images without thumbs', async () => {
    const image = await api.uploadMaterial(join(dir, '春节海报.jpg'), 'image');
    await api.uploadMaterial(join(dir, 'cover.jpg'), 'thumb');
    expect(await api.getMaterialCount()).toEqual({ voice_count: 0, video_count: 0, image_count: 1, news_count: 0 });
    const list = await api.getMaterials('image', 0, 20);
    expect(list.total_count).toBe(1);
    expect(list.item.map((i) => i.media_id)).toEqual([image.media_id]);
  });

  it('with the textPlainMaterial quirk on, co-wechat-api corrupts image bytes (its known decoding bug)', async () => {
    const quirky = await start({ textPlainMaterial: true });
    try {
      const client = new WechatAPI(DEMO_APP_ID, DEMO_APP_SECRET);
      client.prefix = `${quirky.url}/cgi-bin/`;
      client.fileServerPrefix = `${quirky.url}/cgi-bin/`;
      const bytes = readFileSync(join(dir, '春节海报.jpg'));
      const uploaded = await client.uploadMaterial(join(dir, '春节海报.jpg'), 'image');
      // A text/plain body is tried as JSON, then returned decoded as UTF-8: the bytes are lost.
      const image = await client.getMaterial(uploaded.media_id);
      expect(typeof image).toBe('string');
      expect(Buffer.from(image as string).equals(bytes)).toBe(false);
    } finally {
      await quirky.close();
    }
  });

  it('uploads a video with its description and reads it back as JSON', async () => {
    const video = await api.uploadVideoMaterial(join(dir, 'intro.mp4'), { title: '产品介绍', introduction: '演示' });
    expect(video.url).toBe('');
    const info = (await api.getMaterial(video.media_id)) as { title: string; description: string; down_url: string };
    expect(info).toMatchObject({ title: '产品介绍', description: '演示' });
    const list = await api.getMaterials('video', 0, 20);
    expect(list.item[0]).not.toHaveProperty('url');
  });

  it('handles temp media, uploadimg (JSON as text/plain) and the removed add_news', async () => {
    const bytes = readFileSync(join(dir, 'cover.jpg'));
    const temp = await api.uploadMedia(join(dir, 'cover.jpg'), 'thumb');
    expect(temp.type).toBe('thumb');
    expect(temp.thumb_media_id).toEqual(expect.any(String));
    const media = await api.getMedia(temp.thumb_media_id!);
    expect((media as Buffer).equals(bytes)).toBe(true);

    const img = await api.uploadImage(join(dir, 'cover.jpg'));
    expect(img.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/mmbiz_jpg\//);

    await expect(api.uploadNewsMaterial({ articles: [] })).rejects.toMatchObject({
      name: 'WeChatAPIError',
      code: 45106,
    });
  });

  it('recovers from a 40001 by fetching a new token and retrying', async () => {
    await api.getMaterialCount();
    emu.setFaults([{ endpoint: 'material/batchget_material', kind: 'errcode', errcode: 40001, times: 1 }]);
    const list = await api.getMaterials('image', 0, 20);
    expect(list.total_count).toBe(0);
    expect(emu.calls().filter((c) => c.endpoint === 'token')).toHaveLength(2);
  });

  it('surfaces validation errcodes as WeChatAPIError', async () => {
    copyFileSync(join(ASSETS, 'square-life.jpg'), join(dir, 'too-big-thumb.jpg'));
    await expect(api.uploadMaterial(join(dir, 'too-big-thumb.jpg'), 'thumb')).rejects.toMatchObject({ code: 40006 });
    await expect(api.uploadMaterial(join(dir, 'intro.mp4'), 'image')).rejects.toMatchObject({ code: 40113 });
    // A video without its description form field.
    await expect(api.uploadMaterial(join(dir, 'intro.mp4'), 'video')).rejects.toMatchObject({
      code: 41005,
      message: expect.stringMatching(/^media data missing rid: /) as unknown,
    });
  });
});
