/**
 * Issue 8 finding 2: Chromium sends the session cookie to every 127.0.0.1 port, so a page served by any
 * other local program can replay it. These tests replay the cookie the way such a page could (no key,
 * a guessed or stale signature) and check that no handler or asset route ran.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import nodePath from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { signAssetPath } from '../../../renderer/src/lib/asset-url';
import { API_KEY_HEADER } from '../../../electron/web/session-gate';
import { login, rawRequest, startHarness, type Harness } from './harness';

let h: Harness;
let cookie = '';
let key = '';

beforeAll(async () => {
  h = await startHarness();
  ({ cookie, key } = await login(h));
});
afterAll(() => h.close());
beforeEach(() => {
  h.ran.length = 0;
});

function scratchFile(text = 'x'): string {
  const file = nodePath.join(mkdtempSync(nodePath.join(os.tmpdir(), 'web-dl-src-')), 'a.bin');
  writeFileSync(file, text);
  return file;
}

const signed = (pathname: string, k = key, now = Date.now()) => `${pathname}?${signAssetPath(pathname, k, now)}`;

describe('redeeming the one-time link', () => {
  it('sets the cookie and hands the key over in the fragment of the redirect, never in the cookie', async () => {
    const again = await login(h);
    expect(again.location).toMatch(/^\/#k=[a-f0-9]{64}$/);
    expect(again.key).toBe(key);
    expect(again.cookie).toBe(cookie);
    expect(cookie.split('=')[1]).not.toBe(key);
    expect(h.gate.apiKey()).toBe(key);
  });
});

describe('the cookie alone authorizes nothing but the built renderer', () => {
  it('serves the renderer files with the cookie', async () => {
    expect((await fetch(`${h.base}/`, { headers: { cookie } })).status).toBe(200);
  });

  const apiRoutes: [string, string, string | undefined][] = [
    ['POST', '/api/call/accounts:list', '{}'],
    ['POST', '/api/call/app:info', '{}'],
    ['POST', '/api/stage?name=a.png', 'abc'],
    ['GET', '/api/events', undefined],
  ];
  for (const [method, path, body] of apiRoutes) {
    it(`refuses ${method} ${path} with the cookie but without the key (and with the old constant header)`, async () => {
      const attempts: Record<string, string>[] = [
        {},
        { 'x-sucaidesk': '1' },
        { [API_KEY_HEADER]: 'f'.repeat(64) },
        { [API_KEY_HEADER]: '' },
      ];
      for (const extra of attempts) {
        const res = await rawRequest(h, { method, path, headers: { cookie, ...extra }, body });
        expect(res.status).toBe(403);
      }
      expect(h.ran).toEqual([]);
    });
  }

  it('refuses a download with the cookie but neither key nor signature', async () => {
    const token = h.downloads.finish({ path: scratchFile(), bytes: 1, sha256: '' }).url.split('?')[0].split('/').pop()!;
    const res = await rawRequest(h, { path: `/api/download/${token}`, headers: { cookie } });
    expect(res.status).toBe(403);
  });

  for (const prefix of ['thumb', 'preview', 'temp', 'artimg']) {
    it(`refuses the ${prefix} asset route with the cookie but an unsigned, forged, stale or foreign URL`, async () => {
      const path = `/${prefix}/acc/MEDIA_1`;
      const now = Date.now();
      const tries = [
        path,
        `${path}?e=${Math.floor(now / 1000) + 600}&s=${'A'.repeat(43)}`,
        signed(path, 'a'.repeat(64)),
        signed(path, key, now - 40 * 60_000),
        signed(path, key, now + 40 * 60_000),
        signed(`/${prefix}/acc/OTHER`, key).replace(`/${prefix}/acc/OTHER`, path),
        `${signed(path)}x`,
        signed(path).replace(/e=\d+/, (m) => `${m}0`),
      ];
      for (const url of tries)
        expect([url, (await rawRequest(h, { path: url, headers: { cookie } })).status]).toEqual([url, 403]);
      expect(h.ran).toEqual([]);
    });
  }
});

describe('cookie + key', () => {
  it('answers every API route', async () => {
    const headers = { cookie, [API_KEY_HEADER]: key, 'content-type': 'application/json' };
    expect((await rawRequest(h, { method: 'POST', path: '/api/call/accounts:list', headers, body: '{}' })).status).toBe(
      200,
    );
    expect(h.ran).toEqual(['accounts:list']);
    const stage = await rawRequest(h, { method: 'POST', path: '/api/stage?name=a.png', headers, body: 'abc' });
    expect(JSON.parse(stage.body)).toMatchObject({ ok: true, value: { name: 'a.png', size: 3 } });
    const events = await fetch(`${h.base}/api/events`, { headers });
    expect(events.status).toBe(200);
    await events.body?.cancel();
  });

  it('refuses API calls that Chromium marks as coming from another site or port', async () => {
    const headers = { cookie, [API_KEY_HEADER]: key };
    for (const site of ['same-site', 'cross-site', 'none']) {
      const res = await rawRequest(h, {
        method: 'POST',
        path: '/api/call/accounts:list',
        headers: { ...headers, 'sec-fetch-site': site },
        body: '{}',
      });
      expect(res.status).toBe(403);
    }
    expect(h.ran).toEqual([]);
    const ok = await rawRequest(h, {
      method: 'POST',
      path: '/api/call/accounts:list',
      headers: { ...headers, 'sec-fetch-site': 'same-origin' },
      body: '{}',
    });
    expect(ok.status).toBe(200);
  });

  it('refuses the key without the cookie', async () => {
    const res = await rawRequest(h, {
      method: 'POST',
      path: '/api/call/accounts:list',
      headers: { [API_KEY_HEADER]: key },
      body: '{}',
    });
    expect(res.status).toBe(403);
    expect(h.ran).toEqual([]);
  });

  for (const prefix of ['thumb', 'preview', 'temp', 'artimg']) {
    it(`serves the ${prefix} asset route for a URL signed in the renderer, at both ends of its lifetime`, async () => {
      const path = `/${prefix}/acc/MEDIA_1`;
      const res = await rawRequest(h, { path: signed(path), headers: { cookie } });
      expect(res.status).toBe(200);
      expect(res.body).toBe(`${prefix}:acc/MEDIA_1`);
      // Signed 10 minutes ago (oldest URL still in use) and the most a correct clock can be ahead.
      expect(
        (await rawRequest(h, { path: signed(path, key, Date.now() - 9 * 60_000), headers: { cookie } })).status,
      ).toBe(200);
      expect(
        (await rawRequest(h, { path: signed(path, key, Date.now() + 9 * 60_000), headers: { cookie } })).status,
      ).toBe(200);
      expect((await rawRequest(h, { path: signed(path), headers: {} })).status).toBe(403);
    });
  }

  it('serves a finished download through the signed one-time URL the server hands out', async () => {
    const { url } = h.downloads.finish({ path: scratchFile('saved bytes'), bytes: 1, sha256: '' });
    expect(url).toMatch(/^api\/download\/[a-f0-9]{32}\?e=\d+&s=[\w-]{43}$/);
    const res = await rawRequest(h, { path: `/${url}`, headers: { cookie } });
    expect(res.status).toBe(200);
    expect(res.body).toBe('saved bytes');
    expect((await rawRequest(h, { path: `/${url}`, headers: { cookie } })).status).toBe(404);
  });
});
