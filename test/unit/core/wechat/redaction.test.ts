import { readdir } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWeChatClient, type WeChatClient } from '../../../../electron/core/wechat/client';
import { WeChatApiError, WeChatTransportError } from '../../../../electron/core/wechat/errors';
import { createSecretScrubber, redact, safeSnippet } from '../../../../electron/core/wechat/redact';
import { toAppError } from '../../../../electron/core/wechat/to-app-error';
import { fixtureBytes, tempDir, writeFixture } from '../files/fixtures';
import { CANARY_SECRET, CANARY_TOKEN_PREFIX, expectNoCanary } from './helpers/canary';
import { sendJson, startFakeServer, withTokens, type FakeServer } from './helpers/fake-server';

const APP = { appId: 'wx0123456789abcdef', appSecret: CANARY_SECRET };

let server: FakeServer;
let client: WeChatClient;
beforeEach(async () => {
  server = await startFakeServer();
  client = createWeChatClient({ ...APP, apiBase: server.base, timeouts: { response: 150, socket: 1000 } });
});
afterEach(() => server.close());

/** Business handler wrapped so tokens carry the canary prefix. */
const canaryTokens = (business: Parameters<typeof withTokens>[0]) =>
  withTokens(business, { prefix: `${CANARY_TOKEN_PREFIX}_` });

async function failureOf(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (err) {
    return err;
  }
  throw new Error('expected a failure');
}

describe('no secret leaks from errors', () => {
  it('HTTP 500 whose body echoes the URL', async () => {
    server.setHandler(
      canaryTokens((req, res) => {
        res.writeHead(500, { 'content-type': 'text/html' });
        res.end(`<h1>500</h1><p>${req.rawUrl}</p>`);
      }),
    );
    const err = await failureOf(client.material.count());
    expect(err).toBeInstanceOf(WeChatTransportError);
    expect((err as WeChatTransportError).code).toBe('HTTP_500');
    expectNoCanary(err);
  });

  it('ECONNRESET after the request was read', async () => {
    server.setHandler(canaryTokens((_req, res) => void res.socket?.destroy()));
    const err = await failureOf(client.material.batchget('image', 0, 20));
    expect((err as WeChatTransportError).code).toBe('ECONNRESET');
    expect((err as WeChatTransportError).phase).toBe('after-send');
    expectNoCanary(err);
  });

  it('response timeout', async () => {
    server.setHandler(canaryTokens(() => undefined)); // never answers
    const err = await failureOf(client.material.count());
    expect((err as WeChatTransportError).code).toBe('ETIMEDOUT');
    expect(toAppError(err).code).toBe('TIMEOUT');
    expectNoCanary(err);
  });

  it('HTML gateway page (ParseError) that reflects the URL', async () => {
    server.setHandler(
      canaryTokens((req, res) => {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end(`<html>Bad gateway for ${req.rawUrl} secret=${CANARY_SECRET}</html>`);
      }),
    );
    const err = await failureOf(client.material.count());
    expect((err as WeChatTransportError).code).toBe('BAD_RESPONSE');
    expectNoCanary(err);
  });

  it('stable_token failure whose errmsg echoes the secret', async () => {
    server.setHandler((_req, res) =>
      sendJson(res, { errcode: 40125, errmsg: `invalid appsecret ${CANARY_SECRET} rid: 1-2-3` }),
    );
    const err = await failureOf(client.testConnection());
    expect(err).toBeInstanceOf(WeChatApiError);
    expect(toAppError(err)).toMatchObject({ code: 'WX_40125', errcode: 40125, rid: '1-2-3', errClass: 'auth' });
    expectNoCanary(err);
  });

  it('stable_token failing at the transport level (500, reset, HTML)', async () => {
    for (const mode of ['500', 'reset', 'html'] as const) {
      server.setHandler((req, res) => {
        if (mode === 'reset') return void res.socket?.destroy();
        res.writeHead(mode === '500' ? 500 : 200, { 'content-type': 'text/html' });
        res.end(`<pre>${req.body.toString('utf8')}</pre>`); // echoes the JSON body with the secret
      });
      const err = await failureOf(client.testConnection());
      expect(err).toBeInstanceOf(WeChatTransportError);
      expectNoCanary(err);
    }
  });

  it('truncated download', async () => {
    const { dir, cleanup } = await tempDir();
    try {
      server.setHandler(
        canaryTokens((_req, res) => {
          res.writeHead(200, { 'content-type': 'image/jpeg', 'content-length': '4096' });
          res.write(fixtureBytes('jpeg', 1024));
          setTimeout(() => res.socket?.destroy(), 10);
        }),
      );
      const err = await failureOf(client.material.download('MEDIA1', dir, 'x'));
      expect(err).toBeInstanceOf(WeChatTransportError);
      expectNoCanary(err);
      expect(await readdir(dir)).toEqual([]);
    } finally {
      await cleanup();
    }
  });

  it('a JSON error on a download whose errmsg echoes the token and the secret', async () => {
    const { dir, cleanup } = await tempDir();
    try {
      server.setHandler(
        canaryTokens((req, res) =>
          sendJson(
            res,
            { errcode: 40007, errmsg: `invalid media_id ${req.query.get('access_token')} ${CANARY_SECRET} rid: 9-9` },
            'text/plain',
          ),
        ),
      );
      const err = await failureOf(client.media.get('M', dir, 'x'));
      expect(err).toBeInstanceOf(WeChatApiError);
      expectNoCanary(err);
      expect(await readdir(dir)).toEqual([]);
    } finally {
      await cleanup();
    }
  });

  it("aborted requests (AbortSignal skips got's beforeError hook) in promise and stream mode", async () => {
    const { dir, cleanup } = await tempDir();
    try {
      server.setHandler(canaryTokens(() => undefined)); // stall
      const path = await writeFixture(dir, 'a.jpg', fixtureBytes('jpeg', 1000));
      for (const run of [
        (signal: AbortSignal) => client.media.upload('image', path, { signal }),
        (signal: AbortSignal) => client.material.get('M', { signal }),
      ]) {
        const controller = new AbortController();
        setTimeout(() => controller.abort(), 50);
        const err = await failureOf(run(controller.signal));
        expect(toAppError(err).code).toBe('CANCELLED');
        expectNoCanary(err);
      }
    } finally {
      await cleanup();
    }
  });

  it('errors of unknown type become a generic INTERNAL payload, never their own message', () => {
    const payload = toAppError(new Error(`GET https://api.weixin.qq.com/x?access_token=${CANARY_TOKEN_PREFIX}1`));
    expect(payload.code).toBe('INTERNAL');
    expect(JSON.stringify(payload)).not.toContain(CANARY_TOKEN_PREFIX);
  });
});

describe('redact()', () => {
  it('masks secret query parameters, JSON and inspect fields, URL user-info', () => {
    const text = [
      'GET https://u:p@api.weixin.qq.com/cgi-bin/x?access_token=TOK123&type=image&code=ABC&ticket=T1',
      '?secret=S1&appsecret=S2&refresh_token=R1&client_secret=S3',
      '{"secret":"S4","access_token":"TOK456","appsecret":"S5","appid":"wxkeep"}',
      '{\\"secret\\":\\"S6\\"}',
      "{ secret: 'S7', access_token: 'TOK789' }",
      'path%3Faccess_token%3DTOK999',
    ].join('\n');
    const out = redact(text);
    for (const s of [
      'TOK123',
      'ABC',
      'T1',
      'S1',
      'S2',
      'R1',
      'S3',
      'S4',
      'TOK456',
      'S5',
      'S6',
      'S7',
      'TOK789',
      'TOK999',
      'u:p@',
    ]) {
      expect(out).not.toContain(s);
    }
    expect(out).toContain('type=image');
    expect(out).toContain('wxkeep');
    expect(redact('errcode=40001')).toBe('errcode=40001');
  });

  it('redacts before truncating', () => {
    const snippet = safeSnippet(`${'x'.repeat(190)}?access_token=ABCDEFGHIJKLMNOP`, 200);
    expect(snippet).not.toContain('ABCDEF');
  });

  it('the scrubber masks remembered secrets anywhere, pinned ones forever', () => {
    const s = createSecretScrubber();
    s.remember(CANARY_SECRET, true);
    for (let i = 0; i < 40; i++) s.remember(`token-number-${i}`);
    expect(s.scrub(`free text ${CANARY_SECRET} and token-number-39`)).toBe('free text *** and ***');
  });
});
