import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWeChatClient } from '../../../../electron/core/wechat/client';
import { WeChatApiError } from '../../../../electron/core/wechat/errors';
import { createHttp } from '../../../../electron/core/wechat/http';
import { createTokenManager } from '../../../../electron/core/wechat/token-manager';
import { sendJson, startFakeServer, withTokens, type FakeServer } from './helpers/fake-server';

const APP = { appId: 'wx0123456789abcdef', appSecret: 'S'.repeat(32) };
const COUNT_OK = { voice_count: 1, video_count: 2, image_count: 3, news_count: 4 };

let server: FakeServer;
beforeEach(async () => {
  server = await startFakeServer();
});
afterEach(async () => {
  // Invariants for every scenario in this file: only stable_token, only normal mode.
  expect(server.hits('/cgi-bin/token')).toHaveLength(0);
  for (const r of server.hits('/cgi-bin/stable_token')) {
    expect(r.method).toBe('POST');
    const body = JSON.parse(r.body.toString('utf8')) as Record<string, unknown>;
    expect(body).toMatchObject({
      grant_type: 'client_credential',
      appid: APP.appId,
      secret: APP.appSecret,
      force_refresh: false,
    });
  }
  await server.close();
});

const countSends = () => server.hits('/get_materialcount');
const stableCalls = () => server.hits('/cgi-bin/stable_token');

describe('token manager', () => {
  it('20 concurrent calls on an expired token make exactly ONE stable_token call and all succeed', async () => {
    let clock = 1_000_000;
    server.setHandler(withTokens((_req, res) => sendJson(res, COUNT_OK)));
    const client = createWeChatClient({ ...APP, apiBase: server.base, now: () => clock });
    await client.material.count(); // caches TOKEN1
    expect(stableCalls()).toHaveLength(1);
    clock += 7200 * 1000; // past expiry
    const results = await Promise.all(Array.from({ length: 20 }, () => client.material.count()));
    expect(results.every((r) => r.imageCount === 3)).toBe(true);
    expect(stableCalls()).toHaveLength(2);
    expect(
      countSends()
        .slice(1)
        .every((r) => r.query.get('access_token') === 'TOKEN2'),
    ).toBe(true);
  });

  it('20 concurrent calls rejected with 42001 share ONE refresh and each is re-sent once', async () => {
    server.setHandler(
      withTokens((_req, res, token) =>
        sendJson(res, token === 'TOKEN1' ? { errcode: 42001, errmsg: 'access_token expired' } : COUNT_OK),
      ),
    );
    const client = createWeChatClient({ ...APP, apiBase: server.base });
    const results = await Promise.all(Array.from({ length: 20 }, () => client.material.count()));
    expect(results).toHaveLength(20);
    expect(stableCalls()).toHaveLength(2); // TOKEN1, then one shared refresh
    expect(countSends()).toHaveLength(40);
  });

  it('retries once on 40001 and the second attempt uses the new token', async () => {
    server.setHandler(
      withTokens((_req, res, token) =>
        sendJson(res, token === 'TOKEN1' ? { errcode: 40001, errmsg: 'invalid credential rid: 6227-aa' } : COUNT_OK),
      ),
    );
    const client = createWeChatClient({ ...APP, apiBase: server.base });
    await expect(client.material.count()).resolves.toMatchObject({ imageCount: 3 });
    expect(countSends().map((r) => r.query.get('access_token'))).toEqual(['TOKEN1', 'TOKEN2']);
  });

  it.each([40001, 42001, 40014])('errcode %i forever: exactly 2 sends per request, no loop', async (errcode) => {
    server.setHandler(withTokens((_req, res) => sendJson(res, { errcode, errmsg: 'token problem' })));
    const client = createWeChatClient({ ...APP, apiBase: server.base });
    const err = await client.material.count().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WeChatApiError);
    expect((err as WeChatApiError).errcode).toBe(errcode);
    expect(countSends()).toHaveLength(2);
    expect(stableCalls()).toHaveLength(2);

    // A second request gets its own single retry: still bounded.
    await client.material.count().catch(() => undefined);
    expect(countSends()).toHaveLength(4);
  });

  it('40164 on a business call: no refresh, no retry', async () => {
    server.setHandler(
      withTokens((_req, res) =>
        sendJson(res, { errcode: 40164, errmsg: 'invalid ip 1.2.3.4, not in whitelist rid: abc' }),
      ),
    );
    const client = createWeChatClient({ ...APP, apiBase: server.base });
    const err = (await client.material.count().catch((e: unknown) => e)) as WeChatApiError;
    expect(err.errcode).toBe(40164);
    expect(err.rid).toBe('abc');
    expect(countSends()).toHaveLength(1);
    expect(stableCalls()).toHaveLength(1);
  });

  it.each([40125, 40013, 40164, 89503])(
    'stable_token errcode %i surfaces as WeChatApiError, no business call',
    async (errcode) => {
      server.setHandler((req, res) => sendJson(res, { errcode, errmsg: `failure rid: r-${errcode}` }));
      const client = createWeChatClient({ ...APP, apiBase: server.base });
      const err = (await client.material.count().catch((e: unknown) => e)) as WeChatApiError;
      expect(err).toBeInstanceOf(WeChatApiError);
      expect(err.errcode).toBe(errcode);
      expect(err.endpoint).toBe('stable_token');
      expect(err.rid).toBe(`r-${errcode}`);
      expect(countSends()).toHaveLength(0);
      expect(stableCalls()).toHaveLength(1);
    },
  );

  it('a failed refresh is not cached: the next call asks again (single flight cleared in finally)', async () => {
    let fail = true;
    server.setHandler((req, res) => {
      if (req.path.endsWith('/stable_token'))
        return fail
          ? sendJson(res, { errcode: -1, errmsg: 'busy' })
          : sendJson(res, { access_token: 'OK1', expires_in: 7200 });
      return sendJson(res, COUNT_OK);
    });
    const client = createWeChatClient({ ...APP, apiBase: server.base });
    const both = await Promise.allSettled([client.material.count(), client.material.count()]);
    expect(both.every((r) => r.status === 'rejected')).toBe(true);
    expect(stableCalls()).toHaveLength(1);
    fail = false;
    await expect(client.material.count()).resolves.toMatchObject({ newsCount: 4 });
    expect(stableCalls()).toHaveLength(2);
  });

  it('invalidate() only drops the cache when it still holds that exact token', async () => {
    server.setHandler(withTokens(() => undefined));
    const tokens = createTokenManager({ http: createHttp({ apiBase: server.base }), ...APP });
    expect(await tokens.getToken()).toBe('TOKEN1');
    tokens.invalidate('TOKEN1');
    expect(await tokens.getToken()).toBe('TOKEN2');
    tokens.invalidate('TOKEN1'); // late report about the old token
    expect(await tokens.getToken()).toBe('TOKEN2');
    expect(stableCalls()).toHaveLength(2);
  });

  it('caches for expires_in minus a margin, and briefly for tokens close to expiry', async () => {
    let clock = 0;
    let expiresIn = 7200;
    server.setHandler((req, res) => sendJson(res, { access_token: `T${clock}`, expires_in: expiresIn }));
    const tokens = createTokenManager({ http: createHttp({ apiBase: server.base }), ...APP, now: () => clock });
    await tokens.getToken();
    clock = (7200 - 121) * 1000;
    await tokens.getToken();
    expect(stableCalls()).toHaveLength(1);
    clock = (7200 - 119) * 1000;
    expiresIn = 200; // stable_token returns the remaining lifetime
    await tokens.getToken();
    expect(stableCalls()).toHaveLength(2);
    clock += 99 * 1000;
    await tokens.getToken();
    expect(stableCalls()).toHaveLength(2);
    clock += 2 * 1000;
    await tokens.getToken();
    expect(stableCalls()).toHaveLength(3);
  });

  it('testConnection calls stable_token and reports expires_in', async () => {
    server.setHandler(withTokens(() => undefined, { expiresIn: 345 }));
    const client = createWeChatClient({ ...APP, apiBase: server.base });
    await expect(client.testConnection()).resolves.toEqual({ expiresIn: 345 });
    expect(stableCalls()).toHaveLength(1);
  });
});
