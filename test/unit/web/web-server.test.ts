import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_KEY_HEADER } from '../../../electron/web/session-gate';
import { API_KEY_HEADER as RENDERER_API_KEY_HEADER } from '../../../renderer/src/lib/session-key';
import { rawRequest, startHarness, type Harness } from './harness';

let h: Harness;
let base = '';
let cookie = '';
let key = '';

beforeAll(async () => {
  h = await startHarness();
  base = h.base;
});
afterAll(() => h.close());

const call = (channel: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}/api/call/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [API_KEY_HEADER]: key, cookie, ...headers },
    body: JSON.stringify(body),
  });

describe('browser-mode server', () => {
  it('refuses everything without the session', async () => {
    expect((await fetch(`${base}/`)).status).toBe(403);
    expect((await call('app:info', {})).status).toBe(403);
  });

  it('turns the one-time link into a session cookie, once', async () => {
    const token = h.gate.issueToken();
    const first = await fetch(`${base}/?t=${token}`, { redirect: 'manual' });
    expect(first.status).toBe(302);
    cookie = first.headers.get('set-cookie')!.split(';')[0]!;
    key = /#k=([a-f0-9]{64})$/.exec(first.headers.get('location') ?? '')![1]!;
    expect(first.headers.get('set-cookie')).toMatch(/HttpOnly; SameSite=Strict/);
    expect((await fetch(`${base}/?t=${token}`, { redirect: 'manual' })).status).toBe(403);
    const page = await fetch(`${base}/`, { headers: { cookie } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('names the key header the same on both sides', () => {
    expect(RENDERER_API_KEY_HEADER).toBe(API_KEY_HEADER);
  });

  it('answers contract calls with envelopes', async () => {
    const res = await call('app:info', {});
    expect(await res.json()).toEqual({ ok: true, value: { channel: 'app:info' } });
  });

  it('refuses calls without the key header (cross-site forms and other local pages cannot send it)', async () => {
    const res = await fetch(`${base}/api/call/app:info`, { method: 'POST', headers: { cookie }, body: '{}' });
    expect(res.status).toBe(403);
  });

  it('refuses foreign Host (DNS rebinding) and foreign Origin', async () => {
    // fetch() will not send a forged Host header, so this one goes through node:http.
    const res = await rawRequest(h, {
      method: 'POST',
      path: '/api/call/app:info',
      headers: { host: 'rebound.example', [API_KEY_HEADER]: key, cookie },
      body: '{}',
    });
    expect(res.status).toBe(403);
    expect((await call('app:info', {}, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await call('app:info', {}, { origin: `http://127.0.0.1:${h.port + 1}` })).status).toBe(403);
    expect((await call('app:info', {}, { origin: base })).status).toBe(200);
  });

  it('never lets the browser name a local path', async () => {
    h.ran.length = 0;
    const res = await call('files:register', { paths: ['/etc/passwd'] });
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    expect(h.ran).toEqual([]);
  });

  it('stages uploaded bytes and refuses malformed JSON', async () => {
    const staged = await fetch(`${base}/api/stage?name=${encodeURIComponent('春节.png')}`, {
      method: 'POST',
      headers: { [API_KEY_HEADER]: key, cookie, 'content-type': 'application/octet-stream' },
      body: new Uint8Array([1, 2, 3]),
    });
    const body = (await staged.json()) as { ok: boolean; value: { name: string; size: number; token: string } };
    expect(body.value).toMatchObject({ name: '春节.png', size: 3 });
    expect(body.value.token).toMatch(/^[a-f0-9]{32}$/);
    const bad = await fetch(`${base}/api/call/app:info`, {
      method: 'POST',
      headers: { [API_KEY_HEADER]: key, cookie },
      body: '{not json',
    });
    expect(bad.status).toBe(400);
  });

  it('does not serve files outside the renderer folder', async () => {
    expect((await fetch(`${base}/..%2f..%2fetc%2fpasswd`, { headers: { cookie } })).status).toBe(404);
  });
});
