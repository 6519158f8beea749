import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '@shared/errors';
import { createWeChatClient } from '../../../../electron/core/wechat/client';
import { WeChatTransportError } from '../../../../electron/core/wechat/errors';
import { DEFAULT_API_BASE, resolveApiBase } from '../../../../electron/core/wechat/http';
import { classifyPhase } from '../../../../electron/core/wechat/transport-error';
import { toAppError } from '../../../../electron/core/wechat/to-app-error';
import { fixtureBytes, tempDir, writeFixture } from '../files/fixtures';
import { sendJson, startFakeServer, withTokens } from './helpers/fake-server';

const APP = { appId: 'wx0123456789abcdef', appSecret: 'S'.repeat(32) };
const savedEnv = process.env.WX_API_BASE;
afterEach(() => {
  if (savedEnv === undefined) delete process.env.WX_API_BASE;
  else process.env.WX_API_BASE = savedEnv;
});

describe('resolveApiBase', () => {
  it('prefers the account base, then the default base it is given, then WeChat; never the environment', () => {
    process.env.WX_API_BASE = 'http://127.0.0.1:7777';
    expect(resolveApiBase()).toBe(DEFAULT_API_BASE);
    expect(resolveApiBase(null)).toBe(DEFAULT_API_BASE);
    expect(resolveApiBase('', 'http://127.0.0.1:9999/')).toBe('http://127.0.0.1:9999');
    expect(resolveApiBase('https://relay.example.com/wx/', 'http://127.0.0.1:9999')).toBe(
      'https://relay.example.com/wx',
    );
  });

  it('rejects non-http(s) bases and bases with a query', () => {
    expect(() => resolveApiBase('ftp://x')).toThrow(AppError);
    expect(() => resolveApiBase('https://x/?access_token=1')).toThrow(AppError);
    expect(() => resolveApiBase('not a url')).toThrow(AppError);
  });

  it('rejects relay credentials in any base, the default (WX_API_BASE) included (issue 8, finding 9)', () => {
    expect(() => resolveApiBase('http://user:pass@relay.example.com')).toThrow(AppError);
    expect(() => resolveApiBase(null, 'http://user@127.0.0.1:9999')).toThrow(AppError);
  });

  it('a relay base with a path prefix is honoured for every endpoint', async () => {
    const server = await startFakeServer(withTokens((_req, res) => sendJson(res, { total_count: 0 })));
    try {
      const client = createWeChatClient({ ...APP, apiBase: `${server.base}/relay/wx` });
      await client.draft.count();
      expect(server.requests.map((r) => r.path)).toEqual([
        '/relay/wx/cgi-bin/stable_token',
        '/relay/wx/cgi-bin/draft/count',
      ]);
    } finally {
      await server.close();
    }
  });
});

describe('transport phase', () => {
  it('classifies by code, timeout phase and timings', () => {
    expect(classifyPhase({ code: 'ECONNREFUSED' })).toBe('before-send');
    expect(classifyPhase({ code: 'ETIMEDOUT', timeoutPhase: 'connect' })).toBe('before-send');
    expect(classifyPhase({ code: 'ETIMEDOUT', timeoutPhase: 'response', timings: { connect: 1, upload: 2 } })).toBe(
      'after-send',
    );
    expect(classifyPhase({ code: 'HTTP_500', statusCode: 500 })).toBe('after-send');
    expect(classifyPhase({ code: 'ECONNRESET', timings: {} })).toBe('before-send');
    expect(classifyPhase({ code: 'ECONNRESET', timings: { connect: 1 } })).toBe('unknown');
  });

  it('connection refused is before-send, so even add_material is plainly retryable', async () => {
    const probe = http.createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
    const { port } = probe.address() as AddressInfo;
    await new Promise<void>((r) => probe.close(() => r()));
    const client = createWeChatClient({ ...APP, apiBase: `http://127.0.0.1:${port}` });
    const err = (await client.testConnection().catch((e: unknown) => e)) as WeChatTransportError;
    expect(err).toMatchObject({ code: 'ECONNREFUSED', phase: 'before-send' });
    expect(toAppError(err).code).toBe('NETWORK');
  });

  it('a reset after add_material was fully received is ambiguous (the material may exist)', async () => {
    const server = await startFakeServer(withTokens((_req, res) => void res.socket?.destroy()));
    const { dir, cleanup } = await tempDir();
    try {
      const path = await writeFixture(dir, 'a.jpg', fixtureBytes('jpeg', 20_000));
      const client = createWeChatClient({ ...APP, apiBase: server.base });
      const err = (await client.material.add('image', path).catch((e: unknown) => e)) as WeChatTransportError;
      expect(err).toMatchObject({
        code: 'ECONNRESET',
        phase: 'after-send',
        idempotent: false,
        endpoint: 'material/add_material',
      });
      expect(toAppError(err)).toMatchObject({ code: 'AMBIGUOUS', errClass: 'ambiguous-transport' });
      expect(server.hits('/add_material')).toHaveLength(1); // got never retries on its own
    } finally {
      await server.close();
      await cleanup();
    }
  });

  it('does not follow redirects (they would carry the token elsewhere)', async () => {
    const server = await startFakeServer(
      withTokens((_req, res) => {
        res.writeHead(302, { location: 'http://127.0.0.1:1/steal' });
        res.end();
      }),
    );
    try {
      const client = createWeChatClient({ ...APP, apiBase: server.base });
      const err = (await client.material.count().catch((e: unknown) => e)) as WeChatTransportError;
      expect(err).toMatchObject({ code: 'HTTP_302', statusCode: 302 });
    } finally {
      await server.close();
    }
  });
});
