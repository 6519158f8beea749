import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { emulatorWithClient } from '../../fixtures/emulator-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_APP_ID, type Emulator } from '../../../../electron/emulator/index';
import { allowedImageHosts, imageSources, isAllowedImageUrl } from '../../../../electron/core/articles/article-rules';
import { importImage, MAX_IMPORT_BYTES } from '../../../../electron/core/articles/image-import';
import { literalAddress } from '../../../../electron/core/net/address-policy';
import { publicOnly } from '../../../../electron/core/net/host-policy';
import { publishState, publishStatus } from '../../../../electron/core/articles/publish-service';
import { type WeChatClient } from '../../../../electron/core/wechat/client';
import { makePng } from '../../../fakes/png';

let emu: Emulator;
let client: WeChatClient;
let site: http.Server;
let siteBase: string;
let siteHost: string;
/** A second loopback server standing for an internal service a redirect must never reach. */
let inner: http.Server;
let innerBase: string;
let innerHits = 0;
let siteHits = 0;
const referers: (string | undefined)[] = [];
/** Bytes the endless body handed to the socket before the client hung up. */
let endlessClosed: Promise<number> = Promise.resolve(0);
const PNG_HEAD = makePng(2, 2).subarray(0, 64);

beforeAll(async () => {
  ({ emu, client } = await emulatorWithClient({ enforceQuota: false, publishDelayMs: 50 }));
  site = http.createServer((req, res) => {
    siteHits++;
    referers.push(req.headers.referer);
    if (req.url === '/redirect') res.writeHead(302, { location: `${innerBase}/a.png` }).end();
    else if (req.url === '/teapot') res.writeHead(418).end('SECRET-BODY');
    else if (req.url === '/endless.png') {
      // A chunked body that never ends: the client must stop at its cap, not buffer it all.
      let sent = 0;
      endlessClosed = new Promise((resolve) => res.on('close', () => resolve(sent)));
      res.writeHead(200, { 'content-type': 'image/png' });
      res.write(PNG_HEAD);
      const pump = () => {
        while (!res.destroyed && res.write(Buffer.alloc(64 * 1024))) sent += 64 * 1024;
        if (!res.destroyed) res.once('drain', pump);
      };
      pump();
    } else if (req.url === '/a.png') res.writeHead(200, { 'content-type': 'image/png' }).end(makePng(30, 30));
    else if (req.url === '/a.gif')
      res
        .writeHead(200, { 'content-type': 'image/gif' })
        .end(Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1'));
    else if (req.url === '/lies.png')
      res.writeHead(200, { 'content-type': 'image/png' }).end('<html>not an image</html>');
    else res.writeHead(404).end();
  });
  await new Promise<void>((r) => site.listen(0, '127.0.0.1', r));
  siteHost = `127.0.0.1:${(site.address() as AddressInfo).port}`;
  siteBase = `http://${siteHost}`;
  inner = http.createServer((_req, res) => {
    innerHits++;
    res.writeHead(200, { 'content-type': 'image/png' }).end(makePng(10, 10));
  });
  await new Promise<void>((r) => inner.listen(0, '127.0.0.1', r));
  innerBase = `http://127.0.0.1:${(inner.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await emu.close();
  site.closeAllConnections();
  await new Promise((r) => site.close(r));
  await new Promise((r) => inner.close(r));
});

const code = async (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e: { payload?: { code: string }; message?: string }) => e.payload?.code ?? e.message ?? 'error',
  );

describe('external images in pasted HTML', () => {
  it('re-uploads a fetched picture through uploadimg, without a Referer', async () => {
    const hosts = allowedImageHosts(client.apiBase);
    const res = await importImage(client, hosts, `${siteBase}/a.png`, { allowHosts: [siteHost] });
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
    const opts = { allowHosts: [siteHost] };
    expect(await code(importImage(client, hosts, `${siteBase}/a.gif`, opts))).toBe('IMAGE_IMPORT_FAILED');
    expect(await code(importImage(client, hosts, `${siteBase}/lies.png`, opts))).toBe('IMAGE_IMPORT_FAILED');
    expect(await code(importImage(client, hosts, `${siteBase}/missing.png`, opts))).toBe('IMAGE_IMPORT_FAILED');
    expect(await code(importImage(client, hosts, `${siteBase}/a.png`))).toBe('IMAGE_IMPORT_FAILED');
    expect(await code(importImage(client, hosts, 'file:///etc/passwd'))).toBe('IMAGE_IMPORT_FAILED');
    expect(await code(importImage(client, hosts, 'data:image/png;base64,AAAA'))).toBe('IMAGE_IMPORT_FAILED');
  });

  it('refuses a loopback address written as IPv4-mapped IPv6, without contacting it', async () => {
    const hosts = allowedImageHosts(client.apiBase);
    const port = (site.address() as AddressInfo).port;
    const before = siteHits;
    for (const host of ['[::ffff:127.0.0.1]', '[::ffff:7f00:1]', '2130706433', '0x7f.1', '127.0.0.1.']) {
      expect(await code(importImage(client, hosts, `http://${host}:${port}/a.png`)), host).toBe('IMAGE_IMPORT_FAILED');
    }
    expect(siteHits).toBe(before);
  });

  it('refuses user-info in the URL, even on an allowed host', async () => {
    const hosts = allowedImageHosts(client.apiBase);
    const before = siteHits;
    const url = `http://user:pw@${siteHost}/a.png`;
    expect(await code(importImage(client, hosts, url, { allowHosts: [siteHost] }))).toBe('IMAGE_IMPORT_FAILED');
    expect(siteHits).toBe(before);
  });

  it('re-checks every redirect hop: an allowed host cannot bounce the fetch to an internal one', async () => {
    const hosts = allowedImageHosts(client.apiBase);
    const url = `${siteBase}/redirect`;
    expect(await code(importImage(client, hosts, url, { allowHosts: [siteHost] }))).toBe('IMAGE_IMPORT_FAILED');
    expect(innerHits).toBe(0);
  });

  it('stops an endless body at the size cap instead of buffering it', { timeout: 10_000 }, async () => {
    const hosts = allowedImageHosts(client.apiBase);
    const url = `${siteBase}/endless.png`;
    expect(await code(importImage(client, hosts, url, { allowHosts: [siteHost] }))).toBe('IMAGE_IMPORT_FAILED');
    // The server saw the client hang up after about the cap (plus what the socket buffers held).
    expect(await endlessClosed).toBeLessThan(MAX_IMPORT_BYTES + 8 * 1024 * 1024);
  });

  it('never echoes the status code or body of an arbitrary URL', async () => {
    const hosts = allowedImageHosts(client.apiBase);
    for (const p of ['/missing.png', '/teapot']) {
      const err = await importImage(client, hosts, `${siteBase}${p}`, { allowHosts: [siteHost] }).then(
        () => null,
        (e: { payload: { message: { zh: string; en: string } } }) => e.payload.message,
      );
      expect(err).not.toBeNull();
      expect(`${err!.zh} ${err!.en}`).not.toMatch(/404|418|SECRET|HTTP/);
      expect(err!.zh).toContain('图片无法下载');
    }
  });

  it('refuses private hosts by their addresses, however the host is written', () => {
    const policy = publicOnly();
    for (const h of [
      'localhost',
      '127.0.0.1',
      '10.1.2.3',
      '192.168.0.1',
      '172.20.0.1',
      '169.254.1.1',
      '[::1]',
      '[::ffff:127.0.0.1]',
      '2130706433',
      'printer.local',
    ]) {
      const url = new URL(`http://${h}/a.png`);
      const literal = literalAddress(url.hostname);
      expect(policy.refuseHost(url) ?? (literal && policy.refuseAddress(url, literal)), h).toBeTruthy();
    }
    for (const h of ['8.8.8.8', '172.32.0.1', '[2606:4700::1]']) {
      const url = new URL(`http://${h}/a.png`);
      expect(policy.refuseHost(url) ?? policy.refuseAddress(url, literalAddress(url.hostname)!), h).toBeNull();
    }
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
