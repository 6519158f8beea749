import { mkdtempSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Core } from '../../../electron/core/app-core';
import type { Handlers } from '../../../electron/core/ipc/dispatch';
import { StagingArea } from '../../../electron/core/staging/staging-area';
import { AssetRoutes } from '../../../electron/core/assets';
import { ThumbService } from '../../../electron/core/thumbs/thumb-service';
import { CHANNELS } from '../../../electron/shared/channels';
import { EventStream } from '../../../electron/web/event-stream';
import { SessionGate } from '../../../electron/web/session-gate';
import { WebDownloadTarget } from '../../../electron/web/web-download-target';
import { startWebServer } from '../../../electron/web/web-server';

const staticDir = mkdtempSync(path.join(os.tmpdir(), 'web-static-'));
writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>t</title>');
const gate = new SessionGate();
const register = vi.fn(() => Promise.resolve([]));
const handlers = Object.fromEntries(
  CHANNELS.map((c) => [c, () => Promise.resolve({ channel: c })]),
) as unknown as Handlers;
handlers['files:register'] = register;
const core: Core = {
  handlers,
  staging: new StagingArea(),
  thumbs: new ThumbService(staticDir, () => 'http://127.0.0.1:1'),
  assets: new AssetRoutes(),
  demo: null,
  close: () => Promise.resolve(),
};
let server: Awaited<ReturnType<typeof startWebServer>>;
let base = '';
let cookie = '';

beforeAll(async () => {
  server = await startWebServer({
    core,
    gate,
    events: new EventStream(),
    downloads: new WebDownloadTarget(staticDir),
    staticDir,
  });
  base = `http://127.0.0.1:${server.port}`;
});
afterAll(() => server.close());

const call = (channel: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}/api/call/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-sucaidesk': '1', cookie, ...headers },
    body: JSON.stringify(body),
  });

describe('browser-mode server', () => {
  it('refuses everything without the session', async () => {
    expect((await fetch(`${base}/`)).status).toBe(403);
    expect((await call('app:info', {})).status).toBe(403);
  });

  it('turns the one-time link into a session cookie, once', async () => {
    const token = gate.issueToken();
    const first = await fetch(`${base}/?t=${token}`, { redirect: 'manual' });
    expect(first.status).toBe(302);
    cookie = first.headers.get('set-cookie')!.split(';')[0]!;
    expect(first.headers.get('set-cookie')).toMatch(/HttpOnly; SameSite=Strict/);
    expect((await fetch(`${base}/?t=${token}`, { redirect: 'manual' })).status).toBe(403);
    const page = await fetch(`${base}/`, { headers: { cookie } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
  });

  it('answers contract calls with envelopes', async () => {
    const res = await call('app:info', {});
    expect(await res.json()).toEqual({ ok: true, value: { channel: 'app:info' } });
  });

  it('refuses calls without the X-SucaiDesk header (cross-site forms cannot set it)', async () => {
    const res = await fetch(`${base}/api/call/app:info`, { method: 'POST', headers: { cookie }, body: '{}' });
    expect(res.status).toBe(403);
  });

  it('refuses foreign Host (DNS rebinding) and foreign Origin', async () => {
    // fetch() will not send a forged Host header, so this one goes through node:http.
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port: server.port,
          path: '/api/call/app:info',
          method: 'POST',
          headers: { host: 'rebound.example', 'x-sucaidesk': '1', cookie },
        },
        (res) => resolve(res.statusCode ?? 0),
      );
      req.on('error', reject);
      req.end('{}');
    });
    expect(status).toBe(403);
    expect((await call('app:info', {}, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await call('app:info', {}, { origin: base })).status).toBe(200);
  });

  it('never lets the browser name a local path', async () => {
    const res = await call('files:register', { paths: ['/etc/passwd'] });
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    expect(register).not.toHaveBeenCalled();
  });

  it('stages uploaded bytes and refuses malformed JSON', async () => {
    const staged = await fetch(`${base}/api/stage?name=${encodeURIComponent('春节.png')}`, {
      method: 'POST',
      headers: { 'x-sucaidesk': '1', cookie, 'content-type': 'application/octet-stream' },
      body: new Uint8Array([1, 2, 3]),
    });
    const body = (await staged.json()) as { ok: boolean; value: { name: string; size: number; token: string } };
    expect(body.value).toMatchObject({ name: '春节.png', size: 3 });
    expect(body.value.token).toMatch(/^[a-f0-9]{32}$/);
    const bad = await fetch(`${base}/api/call/app:info`, {
      method: 'POST',
      headers: { 'x-sucaidesk': '1', cookie },
      body: '{not json',
    });
    expect(bad.status).toBe(400);
  });

  it('does not serve files outside the renderer folder', async () => {
    expect((await fetch(`${base}/..%2f..%2fetc%2fpasswd`, { headers: { cookie } })).status).toBe(404);
  });
});
