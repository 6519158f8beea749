import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_APP_ID, DEMO_APP_SECRET, startEmulator, type Emulator } from '../../../electron/emulator/index';
import { allowedImageHosts, imageSources, isAllowedImageUrl } from '../../../electron/core/articles/article-rules';
import { importImage, isPrivateHost } from '../../../electron/core/articles/image-import';
import { publishState, publishStatus } from '../../../electron/core/articles/publish-service';
import { createWeChatClient, type WeChatClient } from '../../../electron/core/wechat/client';
import { makePng } from '../../fakes/png';

let emu: Emulator;
let client: WeChatClient;
let site: http.Server;
let siteBase: string;
const referers: (string | undefined)[] = [];

beforeAll(async () => {
  emu = await startEmulator({ enforceQuota: false, publishDelayMs: 50 });
  client = createWeChatClient({ appId: DEMO_APP_ID, appSecret: DEMO_APP_SECRET, apiBase: emu.url });
  site = http.createServer((req, res) => {
    referers.push(req.headers.referer);
    if (req.url === '/a.png') res.writeHead(200, { 'content-type': 'image/png' }).end(makePng(30, 30));
    else if (req.url === '/a.gif')
      res
        .writeHead(200, { 'content-type': 'image/gif' })
        .end(Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1'));
    else if (req.url === '/lies.png')
      res.writeHead(200, { 'content-type': 'image/png' }).end('<html>not an image</html>');
    else res.writeHead(404).end();
  });
  await new Promise<void>((r) => site.listen(0, '127.0.0.1', r));
  siteBase = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await emu.close();
  await new Promise((r) => site.close(r));
});

const code = async (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e: { payload?: { code: string }; message?: string }) => e.payload?.code ?? e.message ?? 'error',
  );

describe('external images in pasted HTML', () => {
  it('re-uploads a fetched picture through uploadimg, without a Referer', async () => {
    const hosts = allowedImageHosts(client.apiBase);
    const res = await importImage(client, hosts, `${siteBase}/a.png`, { allowPrivateHosts: true });
    expect(res.uploaded).toBe(true);
    expect(isAllowedImageUrl(res.url, hosts)).toBe(true);
    expect(referers.every((r) => r === undefined)).toBe(true);
    // Already on an allowed host: passed through, nothing fetched or uploaded.
    const uploads = emu.calls().filter((c) => c.endpoint === 'media/uploadimg').length;
    expect(await importImage(client, hosts, res.url)).toEqual({ url: res.url, uploaded: false });
    expect(emu.calls().filter((c) => c.endpoint === 'media/uploadimg').length).toBe(uploads);
  });

  it('refuses non-JPG/PNG content (sniffed, not trusted from the header), 404s, private hosts and other schemes', async () => {
    const hosts = allowedImageHosts(client.apiBase);
    const opts = { allowPrivateHosts: true };
    expect(await code(importImage(client, hosts, `${siteBase}/a.gif`, opts))).toBe('IMAGE_IMPORT_FAILED');
    expect(await code(importImage(client, hosts, `${siteBase}/lies.png`, opts))).toBe('IMAGE_IMPORT_FAILED');
    expect(await code(importImage(client, hosts, `${siteBase}/missing.png`, opts))).toBe('IMAGE_IMPORT_FAILED');
    expect(await code(importImage(client, hosts, `${siteBase}/a.png`))).toBe('IMAGE_IMPORT_FAILED');
    expect(await code(importImage(client, hosts, 'file:///etc/passwd'))).toBe('IMAGE_IMPORT_FAILED');
    expect(await code(importImage(client, hosts, 'data:image/png;base64,AAAA'))).toBe('IMAGE_IMPORT_FAILED');
  });

  it('knows private hosts', () => {
    for (const h of [
      'localhost',
      '127.0.0.1',
      '10.1.2.3',
      '192.168.0.1',
      '172.20.0.1',
      '169.254.1.1',
      '[::1]',
      'printer.local',
    ]) {
      expect(isPrivateHost(h), h).toBe(true);
    }
    for (const h of ['example.com', '8.8.8.8', '172.32.0.1', 'mmbiz.qpic.cn']) expect(isPrivateHost(h), h).toBe(false);
  });

  it('finds every image source, quoted or not, data-src included', () => {
    expect(imageSources(`<img src="a"><IMG alt=x src='b'><img data-src=c><p>img</p>`)).toEqual(['a', 'b', 'c']);
  });
});

describe('publishing', () => {
  it('maps publish_status to publishing / published / failed', () => {
    expect([0, 1, -1, 2, 3, 4, 5, 6].map(publishState)).toEqual([
      'published',
      'publishing',
      'publishing',
      'failed',
      'failed',
      'failed',
      'failed',
      'failed',
    ]);
  });

  it('follows a submitted draft until it is published with its URL', async () => {
    emu.seed(DEMO_APP_ID, { images: 1 });
    const cover = (await client.material.batchget('image', 0, 1)).items[0].mediaId;
    const { mediaId } = await client.draft.add([{ title: '发布测试', content: '<p>x</p>', thumbMediaId: cover }]);
    const { publishId } = await client.publish.submit(mediaId);
    expect(typeof publishId).toBe('string');
    let status = await publishStatus(client, publishId);
    const deadline = Date.now() + 5000;
    while (status.state === 'publishing' && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 30));
      status = await publishStatus(client, publishId);
    }
    expect(status.state).toBe('published');
    expect(status.articleUrls[0]).toMatch(/^https?:\/\//);
  });
});
