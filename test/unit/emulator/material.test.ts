import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_APP_ID } from '../../../electron/emulator/index';
import type { Emulator } from '../../../electron/emulator/index';
import {
  addMaterial,
  anyNumber,
  anyString,
  asset,
  getJson,
  postJson,
  RID,
  stableToken,
  start,
  upload,
} from './helpers';

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

const getMaterial = (mediaId: string) =>
  fetch(`${emu.url}/cgi-bin/material/get_material?access_token=${token}`, {
    method: 'POST',
    body: JSON.stringify({ media_id: mediaId }),
  });

describe('material/add_material', () => {
  it('answers {media_id, url} for an image and keeps the raw UTF-8 filename as the name', async () => {
    const { json } = await addMaterial(emu, token, 'image', '春节海报.jpg', asset('poster-mandelbrot.jpg'));
    expect(Object.keys(json).sort()).toEqual(['media_id', 'url']);
    expect(String(json.media_id)).toHaveLength(43);
    expect(String(json.url)).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/mmbiz_jpg\/.+\/0\?wx_fmt=jpeg$/);
    const list = await postJson(emu, 'material/batchget_material', token, { type: 'image', offset: 0, count: 20 });
    expect(list.item).toEqual([
      { media_id: json.media_id, name: '春节海报.jpg', update_time: anyNumber, url: json.url },
    ]);
    expect(emu.ledger(DEMO_APP_ID)[0]).toMatchObject({
      kind: 'material',
      type: 'image',
      name: '春节海报.jpg',
      url: json.url,
    });
  });

  it('needs a JSON description for video and answers url ""', async () => {
    const mp4 = asset('demo-video.mp4');
    // No description at all: 41005, the code operators report for it (README.md "Fidelity choices").
    const missing = await addMaterial(emu, token, 'video', 'clip.mp4', mp4);
    expect(missing.json.errcode).toBe(41005);
    expect(missing.json.errmsg).toMatch(/^media data missing rid: /);
    // A description that is not a JSON object is a format error.
    const garbled = await addMaterial(emu, token, 'video', 'clip.mp4', mp4, [
      { name: 'description', filename: null, data: 'not json' },
    ]);
    expect(garbled.json.errcode).toBe(47001);
    expect(emu.ledger()).toEqual([]);
    const description = JSON.stringify({ title: '产品介绍', introduction: '三秒钟' });
    const { json } = await addMaterial(emu, token, 'video', 'clip.mp4', mp4, [
      { name: 'description', filename: null, data: description },
    ]);
    expect(json).toEqual({ media_id: anyString, url: '' });
    const video = (await (await getMaterial(String(json.media_id))).json()) as {
      title: string;
      description: string;
      down_url: string;
    };
    expect(video.title).toBe('产品介绍');
    expect(video.description).toBe('三秒钟');
    const file = await fetch(video.down_url);
    expect(Buffer.from(await file.arrayBuffer()).equals(mp4)).toBe(true);
  });

  it('accepts the video description as a query parameter too (wechatpy style)', async () => {
    const q = encodeURIComponent(JSON.stringify({ title: 't', introduction: 'i' }));
    const { json } = await upload(emu, 'material/add_material', token, `&type=video&description=${q}`, [
      { filename: 'v.mp4', data: asset('demo-video.mp4') },
    ]);
    expect(json.url).toBe('');
    const video = (await (await getMaterial(String(json.media_id))).json()) as { title: string };
    expect(video.title).toBe('t');
  });
});

describe('material/get_material', () => {
  it('returns image and voice bytes with their real Content-Type and Content-Disposition: attachment', async () => {
    const jpg = asset('bars.jpg');
    const { json } = await addMaterial(emu, token, 'image', 'bars.jpg', jpg);
    const res = await getMaterial(String(json.media_id));
    expect(res.headers.get('content-type')).toBe('image/jpeg');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="${String(json.media_id)}.jpg"`);
    expect(Buffer.from(await res.arrayBuffer()).equals(jpg)).toBe(true);

    emu.seed(DEMO_APP_ID, { voices: 1 });
    const voices = await postJson(emu, 'material/batchget_material', token, { type: 'voice', offset: 0, count: 1 });
    const voice = await getMaterial((voices.item as { media_id: string }[])[0].media_id);
    expect(voice.headers.get('content-type')).toMatch(/^audio\//);
    expect(voice.headers.get('content-disposition')).toMatch(/^attachment; filename="/);
  });

  it('labels image, voice and thumb bytes text/plain when the textPlainMaterial quirk is on', async () => {
    const quirky = await start({ textPlainMaterial: true });
    try {
      const t = (await stableToken(quirky)).access_token;
      for (const [type, file] of [
        ['image', 'bars.jpg'],
        ['thumb', 'cover-thumb.jpg'],
      ] as const) {
        const bytes = asset(file);
        const { json } = await addMaterial(quirky, t, type, file, bytes);
        const res = await fetch(`${quirky.url}/cgi-bin/material/get_material?access_token=${t}`, {
          method: 'POST',
          body: JSON.stringify({ media_id: json.media_id }),
        });
        expect(res.headers.get('content-type'), type).toBe('text/plain');
        expect(res.headers.get('content-disposition'), type).toMatch(/^attachment; filename="/);
        expect(Buffer.from(await res.arrayBuffer()).equals(bytes), type).toBe(true);
      }
    } finally {
      await quirky.close();
    }
  });

  it('returns thumb bytes as image/jpeg', async () => {
    const jpg = asset('cover-thumb.jpg');
    const { json } = await addMaterial(emu, token, 'thumb', 'cover.jpg', jpg);
    const res = await getMaterial(String(json.media_id));
    expect(res.headers.get('content-type')).toBe('image/jpeg');
    expect(Buffer.from(await res.arrayBuffer()).equals(jpg)).toBe(true);
  });

  it('returns legacy news as {news_item:[…]} and errors as text/plain JSON', async () => {
    emu.seed(DEMO_APP_ID, { news: 1 });
    const list = await postJson(emu, 'material/batchget_material', token, { type: 'news', offset: 0, count: 1 });
    const item = (
      list.item as { media_id: string; content: { news_item: unknown[]; create_time: number; update_time: number } }[]
    )[0];
    expect(item.content.news_item[0]).toMatchObject({
      title: anyString,
      thumb_url: anyString,
      need_open_comment: 0,
      only_fans_can_comment: 0,
    });
    expect(item.content.update_time).toEqual(expect.any(Number));
    const news = (await (await getMaterial(item.media_id)).json()) as { news_item: Record<string, unknown>[] };
    expect(Object.keys(news.news_item[0]).sort()).toEqual([
      'author',
      'content',
      'content_source_url',
      'digest',
      'show_cover_pic',
      'thumb_media_id',
      'title',
      'url',
    ]);
    const bad = await getMaterial('nope');
    expect(bad.headers.get('content-type')).toBe('text/plain');
    const body = (await bad.json()) as { errcode: number; errmsg: string };
    expect(body.errcode).toBe(40007);
    expect(body.errmsg).toMatch(RID);
  });
});

describe('del / count / batchget', () => {
  it('neither counts nor lists thumbs with images (thumb is not a listable type)', async () => {
    const image = await addMaterial(emu, token, 'image', 'a.jpg', asset('bars.jpg'));
    const thumb = await addMaterial(emu, token, 'thumb', 'cover.jpg', asset('cover-thumb.jpg'));
    expect(thumb.json.media_id).toEqual(anyString);
    expect(await getJson(emu, 'material/get_materialcount', token)).toEqual({
      voice_count: 0,
      video_count: 0,
      image_count: 1,
      news_count: 0,
    });
    const list = await postJson(emu, 'material/batchget_material', token, { type: 'image', offset: 0, count: 20 });
    expect(list).toMatchObject({ total_count: 1, item_count: 1 });
    expect((list.item as { media_id: string }[]).map((i) => i.media_id)).toEqual([image.json.media_id]);
    // The thumb still exists: readable, usable as a cover, deletable.
    expect((await getMaterial(String(thumb.json.media_id))).headers.get('content-type')).toBe('image/jpeg');
    expect(await postJson(emu, 'material/del_material', token, { media_id: thumb.json.media_id })).toEqual({
      errcode: 0,
      errmsg: 'ok',
    });
  });

  it('deletes, counts, and marks the ledger entry deleted', async () => {
    const { json } = await addMaterial(emu, token, 'image', 'a.jpg', asset('bars.jpg'));
    expect((await getJson(emu, 'material/get_materialcount', token)).image_count).toBe(1);
    expect(await postJson(emu, 'material/del_material', token, { media_id: json.media_id })).toEqual({
      errcode: 0,
      errmsg: 'ok',
    });
    expect((await getJson(emu, 'material/get_materialcount', token)).image_count).toBe(0);
    expect((await postJson(emu, 'material/del_material', token, { media_id: json.media_id })).errcode).toBe(40007);
    expect(emu.ledger()[0]?.deleted).toBe(true);
    expect((await fetch(String(json.url))).status).toBe(404);
  });

  it('lists voice and video items without url but with tags: []', async () => {
    emu.seed(DEMO_APP_ID, { voices: 2, videos: 1 });
    const voices = await postJson(emu, 'material/batchget_material', token, { type: 'voice', offset: 0, count: 20 });
    expect(voices.total_count).toBe(2);
    for (const item of voices.item as Record<string, unknown>[]) {
      expect(Object.keys(item).sort()).toEqual(['media_id', 'name', 'tags', 'update_time']);
      expect(item.tags).toEqual([]);
    }
    const videos = await postJson(emu, 'material/batchget_material', token, { type: 'video', offset: 0, count: 20 });
    expect((videos.item as Record<string, unknown>[])[0]?.url).toBeUndefined();
  });

  it('pages newest first and rejects count outside 1..20 and bad types with 40004', async () => {
    emu.seed(DEMO_APP_ID, { images: 45 });
    await addMaterial(emu, token, 'image', 'newest.jpg', asset('bars.jpg'));
    const seen: string[] = [];
    let last = Infinity;
    for (let offset = 0; offset < 46; offset += 20) {
      const page = await postJson(emu, 'material/batchget_material', token, { type: 'image', offset, count: 20 });
      expect(page.total_count).toBe(46);
      const items = page.item as { media_id: string; name: string; update_time: number }[];
      expect(page.item_count).toBe(items.length);
      for (const it of items) {
        expect(it.update_time).toBeLessThanOrEqual(last);
        last = it.update_time;
        seen.push(it.media_id);
      }
      if (offset === 0) expect(items[0]?.name).toBe('newest.jpg');
    }
    expect(new Set(seen).size).toBe(46);
    for (const count of [0, 21]) {
      expect(
        (await postJson(emu, 'material/batchget_material', token, { type: 'image', offset: 0, count })).errcode,
      ).toBe(40004);
    }
    expect(
      (await postJson(emu, 'material/batchget_material', token, { type: 'thumb', offset: 0, count: 1 })).errcode,
    ).toBe(40004);
    const past = await postJson(emu, 'material/batchget_material', token, { type: 'image', offset: 1000, count: 5 });
    expect(past).toMatchObject({ item: [], item_count: 0, total_count: 46 });
  });

  it('answers 45106 for the removed add_news and update_news', async () => {
    for (const ep of ['material/add_news', 'material/update_news']) {
      const r = await postJson(emu, ep, token, { articles: [] });
      expect(r.errcode).toBe(45106);
      expect(r.errmsg).toMatch(/^This API has been unsupported rid: /);
    }
  });
});
