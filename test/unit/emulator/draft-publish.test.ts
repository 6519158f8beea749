import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_APP_ID } from '../../../electron/emulator/index';
import type { Emulator } from '../../../electron/emulator/index';
import { addMaterial, anyString, asset, getJson, postJson, stableToken, start, upload } from './helpers';

let emu: Emulator;
let token: string;
let cover: string;
beforeAll(async () => {
  emu = await start({ publishDelayMs: 1500 });
});
afterAll(() => emu.close());
beforeEach(async () => {
  emu.reset();
  token = (await stableToken(emu)).access_token;
  cover = String((await addMaterial(emu, token, 'image', 'cover.jpg', asset('bars.jpg'))).json.media_id);
});

const article = (over: Record<string, unknown> = {}) => ({
  title: '标题',
  author: '作者',
  content: '<p>正文内容</p>',
  thumb_media_id: cover,
  ...over,
});
const addDraft = async (articles: unknown[]) => postJson(emu, 'draft/add', token, { articles });

describe('draft box', () => {
  it('add answers {media_id, item: []}; get carries create/update time, thumb_url, show_cover_pic', async () => {
    const added = await addDraft([article({ digest: '' })]);
    expect(added).toEqual({ media_id: anyString, item: [] });
    const got = await postJson(emu, 'draft/get', token, { media_id: added.media_id });
    expect(got.create_time).toEqual(expect.any(Number));
    expect(got.update_time).toEqual(got.create_time);
    const [item] = got.news_item as Record<string, unknown>[];
    expect(item).toMatchObject({
      title: '标题',
      author: '作者',
      thumb_media_id: cover,
      show_cover_pic: 0,
      need_open_comment: 0,
      only_fans_can_comment: 0,
    });
    expect(String(item?.thumb_url)).toMatch(/\/mmbiz_jpg\//);
    expect(item?.digest).toBe('正文内容'); // default digest from the body
    expect(emu.ledger(DEMO_APP_ID).at(-1)).toMatchObject({
      kind: 'draft',
      type: 'news',
      name: '标题',
      mediaId: added.media_id,
    });
  });

  it('update takes a 0-based index and ONE article object; bad index → 40114', async () => {
    const { media_id } = await addDraft([article({ title: 'A' }), article({ title: 'B' })]);
    expect(
      await postJson(emu, 'draft/update', token, { media_id, index: 1, articles: article({ title: 'B2' }) }),
    ).toEqual({ errcode: 0, errmsg: 'ok' });
    const got = await postJson(emu, 'draft/get', token, { media_id });
    expect((got.news_item as { title: string }[]).map((a) => a.title)).toEqual(['A', 'B2']);
    expect((await postJson(emu, 'draft/update', token, { media_id, index: 2, articles: article() })).errcode).toBe(
      40114,
    );
    expect((await postJson(emu, 'draft/update', token, { media_id, index: -1, articles: article() })).errcode).toBe(
      40114,
    );
    expect((await postJson(emu, 'draft/update', token, { media_id, index: 0, articles: [article()] })).errcode).toBe(
      47001,
    );
    expect(
      (await postJson(emu, 'draft/update', token, { media_id: 'nope', index: 0, articles: article() })).errcode,
    ).toBe(40007);
  });

  it('validates title 32 / author 16 / digest 128 characters, content and thumb', async () => {
    expect((await addDraft([article({ title: '字'.repeat(32) })])).media_id).toEqual(expect.any(String));
    expect((await addDraft([article({ title: '字'.repeat(33) })])).errcode).toBe(45003);
    expect((await addDraft([article({ author: '名'.repeat(17) })])).errcode).toBe(45110);
    expect((await addDraft([article({ digest: '摘'.repeat(129) })])).errcode).toBe(45004);
    expect((await addDraft([article({ content: 'x'.repeat(20_000) })])).errcode).toBe(45166);
    expect((await addDraft([article({ content: '' })])).errcode).toBe(44003);
    expect((await addDraft([])).errcode).toBe(44003);
    expect((await addDraft([article({ thumb_media_id: 'missing' })])).errcode).toBe(40007);
    const temp = await upload(emu, 'media/upload', token, '&type=image', [
      { filename: 't.jpg', data: asset('bars.jpg') },
    ]);
    expect((await addDraft([article({ thumb_media_id: temp.json.media_id })])).errcode).toBe(40007);
    expect((await addDraft([article({ content_source_url: `https://e.com/${'a'.repeat(1100)}` })])).errcode).toBe(
      41039,
    );
  });

  it('strips <script>, event handlers and external <img>, keeps mmbiz pictures', async () => {
    const { json } = await upload(emu, 'media/uploadimg', token, '', [{ filename: 'in.jpg', data: asset('bars.jpg') }]);
    const content = `<p onclick="x()">hi</p><script>alert(1)</script><img src="https://evil.example/a.png"><img src="${String(json.url)}"><img src="http://mmbiz.qpic.cn/mmbiz_png/abc/0">`;
    const { media_id } = await addDraft([article({ content })]);
    const got = await postJson(emu, 'draft/get', token, { media_id });
    const html = String((got.news_item as { content: string }[])[0]?.content);
    expect(html).not.toContain('script');
    expect(html).not.toContain('onclick');
    expect(html).not.toContain('evil.example');
    expect(html).toContain(String(json.url));
    expect(html).toContain('mmbiz.qpic.cn');
  });

  it('lists newest first with no_content, counts (GET), deletes; count outside 1..20 → 47001', async () => {
    emu.seed(DEMO_APP_ID, { drafts: 25 });
    const mine = await addDraft([article({ title: '最新' })]);
    expect((await getJson(emu, 'draft/count', token)).total_count).toBe(26);
    const page = await postJson(emu, 'draft/batchget', token, { offset: 0, count: 20, no_content: 1 });
    expect(page).toMatchObject({ total_count: 26, item_count: 20 });
    const items = page.item as {
      media_id: string;
      update_time: number;
      content: { news_item: Record<string, unknown>[] };
    }[];
    expect(items[0]?.media_id).toBe(mine.media_id);
    expect(items[0]?.content.news_item[0]?.content).toBeUndefined();
    expect(items.every((it, i) => i === 0 || it.update_time <= items[i - 1].update_time)).toBe(true);
    expect((await postJson(emu, 'draft/batchget', token, { offset: 0, count: 21 })).errcode).toBe(47001);
    expect(await postJson(emu, 'draft/delete', token, { media_id: mine.media_id })).toEqual({
      errcode: 0,
      errmsg: 'ok',
    });
    expect((await postJson(emu, 'draft/get', token, { media_id: mine.media_id })).errcode).toBe(40007);
  });
});

describe('freepublish', () => {
  it('publish_id is a number; status 1 while publishing, then 0 with article_detail; the draft leaves the box', async () => {
    const { media_id } = await addDraft([article({ title: '发布测试' }), article({ title: '第二篇' })]);
    const submit = await postJson(emu, 'freepublish/submit', token, { media_id });
    expect(submit).toMatchObject({ errcode: 0, errmsg: 'ok' });
    expect(typeof submit.publish_id).toBe('number');
    expect((await getJson(emu, 'draft/count', token)).total_count).toBe(0);
    expect((await postJson(emu, 'draft/get', token, { media_id })).errcode).toBe(40007);

    const pending = await postJson(emu, 'freepublish/get', token, { publish_id: submit.publish_id });
    expect(pending).toEqual({ publish_id: submit.publish_id, publish_status: 1, fail_idx: [] });
    emu.advanceClock(1500);
    const done = await postJson(emu, 'freepublish/get', token, { publish_id: String(submit.publish_id) });
    expect(done).toMatchObject({
      publish_id: submit.publish_id,
      publish_status: 0,
      article_id: anyString,
      fail_idx: [],
    });
    const detail = done.article_detail as { count: number; item: { idx: number; article_url: string }[] };
    expect(detail.count).toBe(2);
    expect(detail.item.map((i) => i.idx)).toEqual([1, 2]);
    const page = await fetch(detail.item[0].article_url);
    expect(await page.text()).toContain('发布测试');

    const list = await postJson(emu, 'freepublish/batchget', token, { offset: 0, count: 10, no_content: 0 });
    expect(list).toMatchObject({ total_count: 1, item_count: 1 });
    const news = await postJson(emu, 'freepublish/getarticle', token, { article_id: done.article_id });
    expect((news.news_item as Record<string, unknown>[])[0]).toMatchObject({
      title: '发布测试',
      is_deleted: false,
      url: anyString,
      thumb_url: anyString,
    });

    expect(await postJson(emu, 'freepublish/delete', token, { article_id: done.article_id, index: 2 })).toEqual({
      errcode: 0,
      errmsg: 'ok',
    });
    const after = await postJson(emu, 'freepublish/getarticle', token, { article_id: done.article_id });
    expect((after.news_item as { is_deleted: boolean }[]).map((a) => a.is_deleted)).toEqual([false, true]);
    expect((await postJson(emu, 'freepublish/delete', token, { article_id: done.article_id, index: 3 })).errcode).toBe(
      40114,
    );
    await postJson(emu, 'freepublish/delete', token, { article_id: done.article_id });
    expect((await postJson(emu, 'freepublish/get', token, { publish_id: submit.publish_id })).publish_status).toBe(5);
    // Every article deleted: the article_id is no longer valid, for reading and for deleting again.
    const gone = await postJson(emu, 'freepublish/getarticle', token, { article_id: done.article_id });
    expect(gone).toEqual({ errcode: 53600, errmsg: expect.stringMatching(/^invalid article id rid: /) as unknown });
    expect((await postJson(emu, 'freepublish/delete', token, { article_id: done.article_id })).errcode).toBe(53600);
    const ledger = emu.ledger(DEMO_APP_ID);
    expect(ledger.find((e) => e.kind === 'draft')?.deleted).toBe(true);
    expect(ledger.find((e) => e.kind === 'publish')).toMatchObject({
      mediaId: done.article_id,
      deleted: true,
      name: '发布测试',
    });
  });

  it('errors: unknown draft 40007, unknown publish_id 40002, unknown article 53600', async () => {
    expect((await postJson(emu, 'freepublish/submit', token, { media_id: 'x' })).errcode).toBe(40007);
    expect((await postJson(emu, 'freepublish/get', token, { publish_id: 1 })).errcode).toBe(40002);
    expect((await postJson(emu, 'freepublish/getarticle', token, { article_id: 'x' })).errcode).toBe(53600);
  });
});

describe('openapi/quota/get', () => {
  it('counts calls per cgi path and refuses unknown paths with 76021', async () => {
    await getJson(emu, 'draft/count', token);
    await getJson(emu, 'draft/count', token);
    const q = await postJson(emu, 'openapi/quota/get', token, { cgi_path: '/cgi-bin/draft/count' });
    expect(q.quota).toEqual({ daily_limit: 1000, used: 2, remain: 998 });
    expect((await postJson(emu, 'openapi/quota/get', token, { cgi_path: '/cgi-bin/nope' })).errcode).toBe(76021);
  });

  it('answers 45009 when a daily quota is used up, until the next day', async () => {
    // freepublish/get has the smallest documented read quota: 100 calls a day.
    const { media_id } = await addDraft([article()]);
    const { publish_id } = await postJson(emu, 'freepublish/submit', token, { media_id });
    const calls = Array.from({ length: 100 }, () => postJson(emu, 'freepublish/get', token, { publish_id }));
    expect((await Promise.all(calls)).every((r) => r.errcode === undefined)).toBe(true);
    const limited = await postJson(emu, 'freepublish/get', token, { publish_id });
    expect(limited.errcode).toBe(45009);
    expect(limited.errmsg).toMatch(/^reach max api daily quota limit rid: /);
    const usage = await postJson(emu, 'openapi/quota/get', token, { cgi_path: '/cgi-bin/freepublish/get' });
    expect(usage.quota).toEqual({ daily_limit: 100, used: 100, remain: 0 });
    emu.advanceClock(86_400_000);
    const fresh = (await stableToken(emu)).access_token;
    expect((await postJson(emu, 'freepublish/get', fresh, { publish_id })).publish_status).toBe(0);
  });
});
