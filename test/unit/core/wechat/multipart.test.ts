import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWeChatClient, type WeChatClient } from '../../../../electron/core/wechat/client';
import { FileRejectedError } from '../../../../electron/core/wechat/errors';
import { fixtureBytes, tempDir, writeFixture } from '../files/fixtures';
import { sendJson, startFakeServer, withTokens, type FakeServer, type RecordedRequest } from './helpers/fake-server';
import { parseMultipart } from './helpers/multipart';

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

let server: FakeServer;
let client: WeChatClient;
let dir: string;
let cleanup: () => Promise<void>;

beforeEach(async () => {
  server = await startFakeServer(
    withTokens((req, res) => {
      // Real quirk: uploadimg answers JSON labelled text/plain, with a url and no media_id.
      if (req.path.endsWith('/uploadimg'))
        return sendJson(res, { url: 'http://mmbiz.qpic.cn/body', errcode: 0, errmsg: 'ok' }, 'text/plain');
      const url = req.query.get('type') === 'image' ? 'http://mmbiz.qpic.cn/x' : '';
      return sendJson(res, { media_id: `M${server.requests.length}`, url, type: 'image', created_at: 1700000000 });
    }),
  );
  client = createWeChatClient({ appId: 'wx0123456789abcdef', appSecret: 'S'.repeat(32), apiBase: server.base });
  ({ dir, cleanup } = await tempDir());
});
afterEach(async () => {
  await server.close();
  await cleanup();
});

function uploads(): RecordedRequest[] {
  return server.requests.filter((r) => !r.path.endsWith('/stable_token'));
}

function parts(req: RecordedRequest) {
  return parseMultipart(req.body, String(req.headers['content-type']));
}

describe('multipart uploads', () => {
  it('keeps a Chinese name as raw UTF-8 filename="…", never filename*, and the bytes arrive exactly', async () => {
    const bytes = fixtureBytes('jpeg', 50_000);
    const path = await writeFixture(dir, '春节.jpg', bytes);
    const result = await client.material.add('image', path);
    expect(result).toEqual({ mediaId: 'M2', url: 'http://mmbiz.qpic.cn/x', name: '春节.jpg' }); // M2: 2nd request (after stable_token)

    const [req] = uploads();
    expect(req.path).toBe('/cgi-bin/material/add_material');
    expect(req.query.get('type')).toBe('image');
    expect(Number(req.headers['content-length'])).toBe(req.body.length);
    expect(req.headers['transfer-encoding']).toBeUndefined();
    const [media, ...rest] = parts(req);
    expect(rest).toHaveLength(0);
    expect(media.rawHeaders).toContain('Content-Disposition: form-data; name="media"; filename="春节.jpg"');
    expect(media.rawHeaders).not.toContain('filename*');
    expect(media.rawHeaders).not.toMatch(/%[0-9A-F]{2}/);
    expect(media.contentType).toBe('image/jpeg');
    expect(sha(media.body)).toBe(sha(bytes));
  });

  it('appends the sniffed extension to a name without one', async () => {
    const path = await writeFixture(dir, 'photo', fixtureBytes('png', 3000));
    const result = await client.media.upload('image', path);
    expect(result).toMatchObject({ type: 'image', name: 'photo.png', createdAt: 1700000000 });
    expect(parts(uploads()[0])[0].filename).toBe('photo.png');
    expect(uploads()[0].path).toBe('/cgi-bin/media/upload');
  });

  it('replaces a wrong extension with the one of the real content', async () => {
    const path = await writeFixture(dir, 'cover.png', fixtureBytes('jpeg', 3000));
    await client.material.add('thumb', path);
    const media = parts(uploads()[0])[0];
    expect(media.filename).toBe('cover.jpg');
    expect(media.contentType).toBe('image/jpeg');
  });

  it('uses a requested display name, corrected the same way', async () => {
    const path = await writeFixture(dir, 'tmp-123.bin', fixtureBytes('png', 2000));
    const result = await client.media.uploadImg(path, { name: '新年 海报' });
    expect(result).toEqual({ url: 'http://mmbiz.qpic.cn/body', name: '新年 海报.png' });
    expect(parts(uploads()[0])[0].filename).toBe('新年 海报.png');
    expect(uploads()[0].path).toBe('/cgi-bin/media/uploadimg');
  });

  it('sends the video description as raw JSON with unescaped Chinese', async () => {
    const bytes = fixtureBytes('mp4', 80_000);
    const path = await writeFixture(dir, '年会.mp4', bytes);
    const description = { title: '年会 "精彩" 回顾', introduction: '第一行\n第二行：介绍' };
    await client.material.add('video', path, { description });
    const req = uploads()[0];
    expect(req.query.get('type')).toBe('video');
    const [media, desc] = parts(req);
    expect(media.filename).toBe('年会.mp4');
    expect(sha(media.body)).toBe(sha(bytes));
    expect(desc.name).toBe('description');
    expect(desc.filename).toBeUndefined();
    const text = desc.body.toString('utf8');
    expect(text).toBe(JSON.stringify(description));
    expect(text).toContain('年会');
    expect(text).not.toMatch(/\\u[0-9a-f]{4}/i);
    expect(JSON.parse(text)).toEqual(description);
  });

  it('reports monotonic upload progress that ends at the full Content-Length', async () => {
    const path = await writeFixture(dir, 'big.jpg', fixtureBytes('jpeg', 2 * 1024 * 1024));
    const trace: [number, number][] = [];
    await client.material.add('image', path, { onProgress: (t, total) => trace.push([t, total]) });
    const length = Number(uploads()[0].headers['content-length']);
    expect(trace.length).toBeGreaterThan(1);
    for (let i = 1; i < trace.length; i++) expect(trace[i][0]).toBeGreaterThanOrEqual(trace[i - 1][0]);
    expect(trace.at(-1)).toEqual([length, length]);
  });

  it('re-sends a fresh, byte-exact body on the one 40001 retry', async () => {
    server.setHandler(
      withTokens((_req, res, token) =>
        sendJson(
          res,
          token === 'TOKEN1' ? { errcode: 40001, errmsg: 'invalid credential' } : { media_id: 'M2', url: '' },
        ),
      ),
    );
    const bytes = fixtureBytes('mp3id3', 10_000);
    const path = await writeFixture(dir, 'voice.mp3', bytes);
    await expect(client.material.add('voice', path)).resolves.toMatchObject({ mediaId: 'M2', name: 'voice.mp3' });
    const sent = uploads();
    expect(sent).toHaveLength(2);
    for (const req of sent) expect(sha(parts(req)[0].body)).toBe(sha(bytes));
  });

  it('refuses a file locally without sending anything', async () => {
    const path = await writeFixture(dir, 'photo.jpg', fixtureBytes('webp', 2000));
    await expect(client.material.add('image', path)).rejects.toBeInstanceOf(FileRejectedError);
    expect(server.requests).toHaveLength(0);
  });
});
