import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWeChatClient, type WeChatClient } from '../../../../electron/core/wechat/client';
import { MAX_DOWNLOAD_BYTES } from '../../../../electron/core/wechat/download';
import { WeChatApiError, WeChatTransportError } from '../../../../electron/core/wechat/errors';
import { toAppError } from '../../../../electron/core/wechat/to-app-error';
import { fixtureBytes, tempDir, writeFixture } from '../files/fixtures';
import { sendJson, startFakeServer, withTokens, type FakeServer } from './helpers/fake-server';

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

let server: FakeServer;
let client: WeChatClient;
let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  server = await startFakeServer();
  client = createWeChatClient({ appId: 'wx0123456789abcdef', appSecret: 'S'.repeat(32), apiBase: server.base });
  ({ dir, cleanup } = await tempDir());
});
afterEach(async () => {
  await server.close();
  await cleanup();
});

async function waitFor(check: () => Promise<boolean>, ms = 2000): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 5));
  }
  return false;
}

function serveBytes(bytes: Buffer, headers: Record<string, string>) {
  server.setHandler(
    withTokens((_req, res) => {
      res.writeHead(200, { 'content-length': String(bytes.length), ...headers });
      res.end(bytes);
    }),
  );
}

describe('atomic downloads', () => {
  it('saves a text/plain attachment binary under the hint with the extension of its content', async () => {
    const bytes = fixtureBytes('jpeg', 300_000);
    serveBytes(bytes, { 'content-type': 'text/plain', 'content-disposition': 'attachment; filename="MEDIA.txt"' });
    const got = await client.material.download('MEDIA', dir, '春节海报');
    expect(got).toEqual({
      kind: 'file',
      path: join(dir, '春节海报.jpg'),
      bytes: bytes.length,
      sha256: sha(bytes),
      contentType: 'image/jpeg',
    });
    expect(sha(await readFile(join(dir, '春节海报.jpg')))).toBe(sha(bytes));
    expect(await readdir(dir)).toEqual(['春节海报.jpg']);
    const req = server.hits('/get_material')[0];
    expect(req.method).toBe('POST');
    expect(JSON.parse(req.body.toString())).toEqual({ media_id: 'MEDIA' });
  });

  it('never overwrites: collisions become "name (1).ext", "name (2).ext"', async () => {
    const bytes = fixtureBytes('png', 5000);
    serveBytes(bytes, { 'content-type': 'image/png' });
    await writeFixture(dir, 'cover.png', Buffer.from('existing'));
    const first = await client.material.download('M', dir, 'cover.png');
    const second = await client.media.get('M', dir, 'cover');
    expect(first.kind === 'file' && first.path).toBe(join(dir, 'cover (1).png'));
    expect(second.kind === 'file' && second.path).toBe(join(dir, 'cover (2).png'));
    expect((await readFile(join(dir, 'cover.png'))).toString()).toBe('existing');
    expect((await readdir(dir)).sort()).toEqual(['cover (1).png', 'cover (2).png', 'cover.png']);
  });

  it('a JSON error body creates no file and surfaces as WeChatApiError', async () => {
    server.setHandler(
      withTokens((_req, res) => sendJson(res, { errcode: 40007, errmsg: 'invalid media_id rid: 12-34' })),
    );
    const err = await client.material.download('GONE', dir, 'x').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WeChatApiError);
    expect(toAppError(err)).toMatchObject({ code: 'WX_40007', errClass: 'not-found', rid: '12-34' });
    expect(await readdir(dir)).toEqual([]);
  });

  it('a 40001 JSON body on a download refreshes the token once and then saves the file', async () => {
    const bytes = fixtureBytes('amr', 2000);
    server.setHandler(
      withTokens((_req, res, token) => {
        if (token === 'TOKEN1') return sendJson(res, { errcode: 40001, errmsg: 'invalid credential' }, 'text/plain');
        res.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(bytes.length) });
        res.end(bytes);
      }),
    );
    const got = await client.media.get('VOICE', dir, 'voice');
    expect(got).toMatchObject({ kind: 'file', path: join(dir, 'voice.amr'), contentType: 'audio/amr' });
    expect(server.hits('/media/get')).toHaveLength(2);
    expect(server.hits('/media/get')[0].query.get('media_id')).toBe('VOICE');
  });

  it('video answers are JSON values and create no file', async () => {
    server.setHandler(
      withTokens((_req, res) => sendJson(res, { video_url: 'http://video.example/v.mp4' }, 'text/plain')),
    );
    await expect(client.media.get('VID', dir, 'clip')).resolves.toEqual({
      kind: 'json',
      value: { video_url: 'http://video.example/v.mp4' },
    });
    server.setHandler(
      withTokens((_req, res) => sendJson(res, { title: '标题', description: '介绍', down_url: 'http://d' })),
    );
    await expect(client.material.get('VID')).resolves.toEqual({
      kind: 'video',
      title: '标题',
      description: '介绍',
      downUrl: 'http://d',
    });
    await expect(client.material.download('VID', dir, 'clip')).resolves.toMatchObject({ kind: 'json' });
    expect(await readdir(dir)).toEqual([]);
  });

  it('a truncated body (Content-Length, then half, then close) leaves no file and no .partial', async () => {
    let partialSeen = false;
    const bytes = fixtureBytes('jpeg', 200_000);
    server.setHandler(
      withTokens((_req, res) => {
        res.writeHead(200, { 'content-type': 'image/jpeg', 'content-length': String(bytes.length) });
        res.write(bytes.subarray(0, bytes.length / 2));
        // Cut the connection only once the client has started its .partial, so the cleanup is really exercised.
        void waitFor(async () => (await readdir(dir)).some((n) => n.endsWith('.partial'))).then((seen) => {
          partialSeen = seen;
          res.socket?.destroy();
        });
      }),
    );
    const err = (await client.material.download('M', dir, 'photo').catch((e: unknown) => e)) as WeChatTransportError;
    expect(err).toBeInstanceOf(WeChatTransportError);
    expect(['ERR_HTTP_CONTENT_LENGTH_MISMATCH', 'ECONNRESET']).toContain(err.code);
    expect(toAppError(err)).toMatchObject({ code: 'NETWORK', retryable: true });
    expect(partialSeen).toBe(true);
    expect(await readdir(dir)).toEqual([]);
  });

  it('a body that ends cleanly but short of Content-Length is a mismatch, not a file', async () => {
    // Content-Length larger than what is sent, then a clean FIN: only strictContentLength catches it.
    const bytes = fixtureBytes('png', 1000);
    server.setHandler(
      withTokens((_req, res) => {
        const socket = res.socket!;
        socket.write(`HTTP/1.1 200 OK\r\ncontent-type: image/png\r\ncontent-length: 5000\r\nconnection: close\r\n\r\n`);
        socket.end(bytes);
      }),
    );
    const err = (await client.material.download('M', dir, 'short').catch((e: unknown) => e)) as WeChatTransportError;
    expect(err).toBeInstanceOf(WeChatTransportError);
    expect(err.code).toBe('ERR_HTTP_CONTENT_LENGTH_MISMATCH');
    expect(await readdir(dir)).toEqual([]);
  });

  it('cancelling mid-download (AbortSignal) leaves no file and maps to CANCELLED', async () => {
    const bytes = fixtureBytes('jpeg', 100_000);
    server.setHandler(
      withTokens((_req, res) => {
        res.writeHead(200, { 'content-type': 'image/jpeg', 'content-length': String(bytes.length) });
        res.write(bytes.subarray(0, 10_000)); // then stall
      }),
    );
    const controller = new AbortController();
    void waitFor(async () => (await readdir(dir)).some((n) => n.endsWith('.partial'))).then(() => controller.abort());
    const err = await client.media.get('M', dir, 'x', { signal: controller.signal }).catch((e: unknown) => e);
    expect(toAppError(err)).toMatchObject({ code: 'CANCELLED', errClass: 'cancelled' });
    expect(await readdir(dir)).toEqual([]);
  });

  it('a body past MAX_DOWNLOAD_BYTES is cut off: DOWNLOAD_TOO_LARGE, no file and no .partial', async () => {
    const head = fixtureBytes('jpeg', 64 * 1024);
    const chunk = Buffer.alloc(1024 * 1024, 0x55);
    server.setHandler(
      withTokens((_req, res) => {
        res.writeHead(200, { 'content-type': 'image/jpeg' });
        res.write(head);
        let sent = 0;
        const pump = () => {
          while (sent < MAX_DOWNLOAD_BYTES / chunk.length + 2) {
            sent += 1;
            if (!res.write(chunk)) return void res.once('drain', pump);
          }
          res.end();
        };
        pump();
      }),
    );
    const err = await client.material.download('HUGE', dir, 'huge').catch((e: unknown) => e);
    expect(toAppError(err).code).toBe('DOWNLOAD_TOO_LARGE');
    expect(await readdir(dir)).toEqual([]);
  });

  it('an HTML page is refused without creating a file', async () => {
    serveBytes(Buffer.from('<html><body>502 Bad Gateway</body></html>'), { 'content-type': 'text/html' });
    const err = (await client.material.download('M', dir, 'x').catch((e: unknown) => e)) as WeChatTransportError;
    expect(err.code).toBe('BAD_RESPONSE');
    expect(await readdir(dir)).toEqual([]);
  });

  it('material.get keeps image bytes in memory for previews', async () => {
    const bytes = fixtureBytes('gif', 4000);
    serveBytes(bytes, { 'content-type': 'text/plain' });
    const got = await client.material.get('IMG');
    expect(got.kind).toBe('file');
    if (got.kind === 'file') {
      expect(got).toMatchObject({ contentType: 'image/gif', ext: 'gif', bytes: 4000, sha256: sha(bytes) });
      expect(got.data.equals(bytes)).toBe(true);
    }
  });
});
