import { createHash } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sniff } from '../../../electron/emulator/media-sniff';
import { DEMO_APP_ID, DEMO_APP_SECRET, startEmulator } from '../../../electron/emulator/index';
import type { Emulator } from '../../../electron/emulator/index';
import { addMaterial, asset, getJson, postJson, stableToken, start } from './helpers';

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

describe('seeding', () => {
  it('seeds 10,000 distinct images in well under a second, listed newest first', async () => {
    const t0 = performance.now();
    emu.seed(DEMO_APP_ID, { images: 10_000 });
    expect(performance.now() - t0).toBeLessThan(700);
    expect((await getJson(emu, 'material/get_materialcount', token)).image_count).toBe(10_000);

    const first = await postJson(emu, 'material/batchget_material', token, { type: 'image', offset: 0, count: 20 });
    const last = await postJson(emu, 'material/batchget_material', token, { type: 'image', offset: 9_990, count: 20 });
    expect(last.item_count).toBe(10);
    const firstItems = first.item as { update_time: number; url: string }[];
    const lastItems = last.item as { update_time: number }[];
    expect(firstItems[0].update_time).toBeGreaterThan(lastItems[9].update_time);
    expect(firstItems[0].update_time).toBeLessThanOrEqual(Math.floor(Date.now() / 1000));

    // Seeded files are real PNGs and distinct.
    const img = Buffer.from(await (await fetch(firstItems[0].url)).arrayBuffer());
    expect(sniff(img)).toBe('png');
    const hashes = new Set(
      emu
        .ledger(DEMO_APP_ID)
        .slice(0, 2000)
        .map((e) => e.sha256),
    );
    expect(hashes.size).toBe(2000);
  });

  it('seeds voices, videos, legacy news and drafts with valid files', async () => {
    emu.seed(DEMO_APP_ID, { voices: 3, videos: 2, news: 2, drafts: 4 });
    expect(await getJson(emu, 'material/get_materialcount', token)).toEqual({
      voice_count: 3,
      video_count: 2,
      // The drafts' cover is a seeded thumb, which is not counted as an image.
      image_count: 0,
      news_count: 2,
    });
    expect((await getJson(emu, 'draft/count', token)).total_count).toBe(4);
    const videos = await postJson(emu, 'material/batchget_material', token, { type: 'video', offset: 0, count: 2 });
    const id = (videos.item as { media_id: string }[])[0].media_id;
    const info = (await postJson(emu, 'material/get_material', token, { media_id: id })) as { down_url: string };
    expect(sniff(Buffer.from(await (await fetch(info.down_url)).arrayBuffer()))).toBe('mp4');
  });

  it('seeds the curated demo set with Chinese names', async () => {
    emu.seed(DEMO_APP_ID, { demo: true });
    const images = await postJson(emu, 'material/batchget_material', token, { type: 'image', offset: 0, count: 20 });
    expect((images.item as { name: string }[]).map((i) => i.name)).toContain('春节海报.jpg');
    const published = await postJson(emu, 'freepublish/batchget', token, { offset: 0, count: 5 });
    expect(published.total_count).toBe(1);
    expect((await getJson(emu, 'draft/count', token)).total_count).toBe(3);
  });

  it('requires real-shaped credentials for accounts', async () => {
    await expect(startEmulator({ accounts: [{ appId: 'demo', appSecret: DEMO_APP_SECRET }] })).rejects.toThrow(
      /16 hex/,
    );
    const other = await startEmulator({ accounts: [{ appId: 'wx0123456789abcdef', appSecret: 'A'.repeat(32) }] });
    await other.close();
  });
});

describe('mmbiz hotlink protection', () => {
  it('serves the bytes without a Referer or from a Tencent page, a placeholder otherwise, and records the referer', async () => {
    const jpg = asset('bars.jpg');
    const { json } = await addMaterial(emu, token, 'image', 'a.jpg', jpg);
    const url = String(json.url);
    const fetchBytes = async (referer?: string) => {
      const res = await fetch(url, referer ? { headers: { Referer: referer } } : {});
      return { type: res.headers.get('content-type'), bytes: Buffer.from(await res.arrayBuffer()) };
    };
    const plain = await fetchBytes();
    expect(plain.type).toBe('image/jpeg');
    expect(plain.bytes.equals(jpg)).toBe(true);
    expect((await fetchBytes('https://mp.weixin.qq.com/s?__biz=x')).bytes.equals(jpg)).toBe(true);
    const blocked = await fetchBytes('http://localhost:5173/');
    expect(blocked.type).toBe('image/png');
    expect(blocked.bytes.equals(jpg)).toBe(false);
    expect(createHash('sha256').update(blocked.bytes).digest('hex')).toBe(
      createHash('sha256')
        .update((await fetchBytes('https://evil.qq.com.example.org/')).bytes)
        .digest('hex'),
    );
    const mmbiz = emu.calls().filter((c) => c.endpoint === 'mmbiz');
    expect(mmbiz.map((c) => c.referer)).toEqual([
      null,
      'https://mp.weixin.qq.com/s?__biz=x',
      'http://localhost:5173/',
      'https://evil.qq.com.example.org/',
    ]);
  });
});
