import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '@shared/errors';
import { createWeChatClient, type WeChatClient } from '../../../../electron/core/wechat/client';
import { RetiredApiError, WeChatApiError } from '../../../../electron/core/wechat/errors';
import { readBatchgetPage } from '../../../../electron/core/wechat/material-list';
import { toAppError } from '../../../../electron/core/wechat/to-app-error';
import { startFakeServer, withTokens, type FakeServer, type RecordedRequest } from './helpers/fake-server';

let server: FakeServer;
let client: WeChatClient;
/** Raw JSON text per endpoint suffix, so tests can send bodies JSON.stringify could not (big numbers). */
let replies: Record<string, string>;

beforeEach(async () => {
  replies = {};
  server = await startFakeServer(
    withTokens((req, res) => {
      const key = Object.keys(replies).find((k) => req.path.endsWith(k));
      const text = key ? replies[key] : '{"errcode":0,"errmsg":"ok"}';
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(text);
    }),
  );
  client = createWeChatClient({ appId: 'wx0123456789abcdef', appSecret: 'S'.repeat(32), apiBase: server.base });
});
afterEach(() => server.close());

const business = (): RecordedRequest[] => server.requests.filter((r) => !r.path.endsWith('/stable_token'));
const bodyOf = (r: RecordedRequest) => JSON.parse(r.body.toString('utf8')) as unknown;

describe('material', () => {
  it('normalises batchget pages across the per-type shapes', () => {
    const image = readBatchgetPage({
      total_count: 50,
      item_count: 2,
      item: [
        { media_id: 'I1', name: 'a.jpg', update_time: 1620000000, url: 'http://mmbiz.qpic.cn/a' },
        { media_id: 'I1', name: 'dup.jpg', update_time: 1 },
        { media_id: 'I2', name: 'b.png', update_time: '1620000001', url: '' },
      ],
    });
    expect(image).toEqual({
      totalCount: 50,
      itemCount: 2,
      items: [
        { mediaId: 'I1', name: 'a.jpg', updateTime: 1620000000, url: 'http://mmbiz.qpic.cn/a' },
        { mediaId: 'I2', name: 'b.png', updateTime: 1620000001 },
      ],
    });
    const voice = readBatchgetPage({ item: [{ media_id: 'V1', name: 'v.mp3', update_time: 5, tags: ['t1', 2] }] });
    expect(voice).toEqual({
      totalCount: 1,
      itemCount: 1,
      items: [{ mediaId: 'V1', name: 'v.mp3', updateTime: 5, tags: ['t1', '2'] }],
    });
    const news = readBatchgetPage({
      total_count: 1,
      item_count: 1,
      item: [
        {
          media_id: 'N1',
          content: {
            news_item: [
              {
                title: '标题',
                thumb_media_id: 'T',
                thumb_url: 'http://t',
                show_cover_pic: 1,
                author: 'A',
                digest: 'D',
                content: '<p>x</p>',
                url: 'http://u',
                content_source_url: '',
                need_open_comment: 0,
              },
            ],
            create_time: 10,
            update_time: 11,
          },
        },
      ],
    });
    expect(news.items[0]).toMatchObject({ mediaId: 'N1', name: '标题', updateTime: 11 });
    expect(news.items[0].newsItems![0]).toMatchObject({
      title: '标题',
      thumbUrl: 'http://t',
      thumbMediaId: 'T',
      showCoverPic: 1,
      needOpenComment: 0,
    });
    expect(readBatchgetPage({})).toEqual({ totalCount: 0, itemCount: 0, items: [] });
  });

  it('batchget sends {type, offset, count} and refuses count outside 1..20 without a request', async () => {
    replies['/batchget_material'] = '{"total_count":0,"item_count":0,"item":[]}';
    await client.material.batchget('voice', 40, 20);
    expect(bodyOf(business()[0])).toEqual({ type: 'voice', offset: 40, count: 20 });
    for (const [offset, count] of [
      [0, 21],
      [0, 0],
      [-1, 5],
      [0, 1.5],
    ] as const) {
      const err = await client.material.batchget('image', offset, count).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(AppError);
      expect(toAppError(err).code).toBe('VALIDATION');
    }
    expect(business()).toHaveLength(1);
  });

  it('count reads the four counters; a success body without errcode is success', async () => {
    replies['/get_materialcount'] = '{"voice_count":5,"video_count":3,"image_count":10,"news_count":7}';
    await expect(client.material.count()).resolves.toEqual({
      imageCount: 10,
      voiceCount: 5,
      videoCount: 3,
      newsCount: 7,
    });
    expect(business()[0].method).toBe('GET');
  });

  it('del sends the media_id; errcode != 0 is an error even with HTTP 200', async () => {
    await client.material.del('M1');
    expect(bodyOf(business()[0])).toEqual({ media_id: 'M1' });
    replies['/del_material'] = '{"errcode":40007,"errmsg":"invalid media_id"}';
    await expect(client.material.del('M1')).rejects.toBeInstanceOf(WeChatApiError);
  });

  it('get returns news as a JSON kind', async () => {
    replies['/get_material'] = '{"news_item":[{"title":"旧图文","thumb_media_id":"T","content":"c"}]}';
    await expect(client.material.get('N')).resolves.toMatchObject({
      kind: 'news',
      newsItems: [{ title: '旧图文', thumbMediaId: 'T' }],
    });
  });

  it('addNews/updateNews throw RetiredApiError and never send a request', async () => {
    const err = await client.material.addNews({ articles: [] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RetiredApiError);
    expect(toAppError(err).message.zh).toContain('2022-02-28');
    expect(toAppError(err).message.en).toContain('45106');
    await expect(client.material.updateNews()).rejects.toBeInstanceOf(RetiredApiError);
    expect(server.requests).toHaveLength(0);
  });
});

describe('draft', () => {
  it('add sends snake_case articles; update sends ONE article object with its index', async () => {
    replies['/draft/add'] = '{"media_id":"D1","item":[]}';
    const article = { title: '春节', content: '<p>你好</p>', thumbMediaId: 'THUMB', needOpenComment: 1 as const };
    await expect(client.draft.add([article])).resolves.toEqual({ mediaId: 'D1' });
    const addReq = business()[0];
    expect(bodyOf(addReq)).toEqual({
      articles: [{ title: '春节', content: '<p>你好</p>', thumb_media_id: 'THUMB', need_open_comment: 1 }],
    });
    expect(addReq.body.toString('utf8')).toContain('春节'); // raw UTF-8, no \u escapes
    await client.draft.update('D1', 0, article);
    expect(bodyOf(business()[1])).toEqual({
      media_id: 'D1',
      index: 0,
      articles: { title: '春节', content: '<p>你好</p>', thumb_media_id: 'THUMB', need_open_comment: 1 },
    });
    await expect(client.draft.add([])).rejects.toBeInstanceOf(AppError);
  });

  it('get, batchget and count read real-shaped bodies', async () => {
    replies['/draft/get'] = '{"news_item":[{"title":"t","thumb_url":"http://x"}],"create_time":1,"update_time":2}';
    await expect(client.draft.get('D1')).resolves.toEqual({
      newsItems: [expect.objectContaining({ title: 't', thumbUrl: 'http://x' })],
      createTime: 1,
      updateTime: 2,
    });
    replies['/draft/batchget'] =
      '{"total_count":1,"item_count":1,"item":[{"media_id":"D1","content":{"news_item":[{"title":"t"}]},"update_time":3}]}';
    await expect(client.draft.batchget(0, 10, { noContent: true })).resolves.toMatchObject({
      totalCount: 1,
      items: [{ mediaId: 'D1', updateTime: 3 }],
    });
    expect(bodyOf(business().at(-1)!)).toEqual({ offset: 0, count: 10, no_content: 1 });
    replies['/draft/count'] = '{"total_count":15}';
    await expect(client.draft.count()).resolves.toEqual({ totalCount: 15 });
  });
});

describe('publish', () => {
  it('normalises a numeric publish_id to a string without losing digits', async () => {
    replies['/freepublish/submit'] =
      '{"errcode":0,"errmsg":"ok","publish_id":2650177668,"msg_data_id":12345678901234567890}';
    await expect(client.publish.submit('D1')).resolves.toEqual({
      publishId: '2650177668',
      msgDataId: '12345678901234567890',
    });
    replies['/freepublish/get'] =
      '{"publish_id":9007199254740993,"publish_status":0,"article_id":"A1","article_detail":{"count":1,"item":[{"idx":1,"article_url":"https://mp.weixin.qq.com/s?x"}]},"fail_idx":[]}';
    await expect(client.publish.get('9007199254740993')).resolves.toEqual({
      publishId: '9007199254740993',
      publishStatus: 0,
      articleId: 'A1',
      articles: [{ idx: 1, articleUrl: 'https://mp.weixin.qq.com/s?x' }],
      failIdx: [],
    });
  });

  it('delete, getArticle and batchget send the documented bodies', async () => {
    await client.publish.delete('A1', 1);
    expect(bodyOf(business()[0])).toEqual({ article_id: 'A1', index: 1 });
    replies['/freepublish/getarticle'] = '{"news_item":[{"title":"t","is_deleted":false}]}';
    await expect(client.publish.getArticle('A1')).resolves.toEqual({
      newsItems: [expect.objectContaining({ title: 't', isDeleted: false })],
    });
    replies['/freepublish/batchget'] =
      '{"total_count":1,"item_count":1,"item":[{"article_id":"A1","content":{"news_item":[]},"update_time":9}]}';
    await expect(client.publish.batchget(0, 20)).resolves.toEqual({
      totalCount: 1,
      itemCount: 1,
      items: [{ articleId: 'A1', updateTime: 9, newsItems: [] }],
    });
  });
});

describe('quota', () => {
  it('reads quota/get and validates the path locally', async () => {
    replies['/openapi/quota/get'] =
      '{"errcode":0,"errmsg":"ok","quota":{"daily_limit":10000,"used":3,"remain":9997},"rate_limit":{"call_count":100,"refresh_second":60}}';
    await expect(client.quota.get('/cgi-bin/material/batchget_material')).resolves.toEqual({
      dailyLimit: 10000,
      used: 3,
      remain: 9997,
      rateLimit: { callCount: 100, refreshSecond: 60 },
    });
    expect(bodyOf(business()[0])).toEqual({ cgi_path: '/cgi-bin/material/batchget_material' });
    await expect(client.quota.get('cgi-bin/x?y')).rejects.toBeInstanceOf(AppError);
    expect(business()).toHaveLength(1);
  });
});
