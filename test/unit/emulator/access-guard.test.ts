/**
 * The emulator's access guard: it answers only requests addressed to its own host:port (a page
 * on another name that rebinds its DNS to 127.0.0.1 gets nothing), and its admin routes are off
 * unless the starter asked for them, and then refuse what a browser page could send cross-origin.
 * All traffic here goes to 127.0.0.1 only.
 */
import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_APP_ID, DEMO_APP_SECRET, startEmulator } from '../../../electron/emulator/index';
import type { Emulator, EmulatorOptions } from '../../../electron/emulator/index';
import { isLoopbackHost } from '../../../electron/emulator/access-guard';
import { startCliEmulator } from '../../../electron/emulator/cli-start';
import { adminFromEnv, startDemoAccount } from '../../../electron/core/demo/demo-account';

const running: Emulator[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((e) => e.close()));
});

async function emulator(opts: EmulatorOptions = {}): Promise<Emulator> {
  const emu = await startEmulator(opts);
  running.push(emu);
  return emu;
}

interface RawAnswer {
  status: number;
  body: string;
}

/** A request with full control of the headers (fetch will not let us forge Host). */
function raw(
  emu: Emulator,
  path: string,
  opts: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<RawAnswer> {
  const url = new URL(emu.url);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: Number(url.port), path, method: opts.method ?? 'GET', headers: opts.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

const stableTokenBody = JSON.stringify({
  grant_type: 'client_credential',
  appid: DEMO_APP_ID,
  secret: DEMO_APP_SECRET,
});

describe('Host check (DNS rebinding)', () => {
  it('refuses any Host other than its own host:port, on every route', async () => {
    const emu = await emulator({ admin: true });
    const port = new URL(emu.url).port;
    for (const host of [
      `attacker.example:${port}`,
      'attacker.example',
      `127.0.0.1:${Number(port) + 1}`,
      `0x7f000001:${port}`,
    ]) {
      const token = await raw(emu, '/cgi-bin/stable_token', {
        method: 'POST',
        headers: { Host: host, 'Content-Type': 'application/json' },
        body: stableTokenBody,
      });
      expect([400, 403], host).toContain(token.status);
      expect(token.body).not.toContain('access_token');
      const ledger = await raw(emu, '/__emulator/ledger', { headers: { Host: host } });
      expect([400, 403], host).toContain(ledger.status);
      const cdn = await raw(emu, '/mmbiz_png/x/0?wx_fmt=png', { headers: { Host: host } });
      expect([400, 403], host).toContain(cdn.status);
    }
    // Its own authority still works.
    const ok = await raw(emu, '/cgi-bin/stable_token', {
      method: 'POST',
      headers: { Host: new URL(emu.url).host, 'Content-Type': 'application/json' },
      body: stableTokenBody,
    });
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body)).toHaveProperty('access_token');
  });

  it('binds to loopback only', async () => {
    expect(isLoopbackHost('127.0.0.1')).toBe(true);
    expect(isLoopbackHost('127.8.9.10')).toBe(true);
    expect(isLoopbackHost('::1')).toBe(true);
    for (const h of ['0.0.0.0', '::', '192.168.1.2', '10.0.0.1', 'example.com', '', '127.0.0.1.example.com'])
      expect(isLoopbackHost(h), h).toBe(false);
    // Refused before anything listens.
    await expect(startEmulator({ host: '0.0.0.0' })).rejects.toThrow(/loopback/);
  });
});

describe('admin routes', () => {
  it('are off by default: every /__emulator/ route answers 404 and changes nothing', async () => {
    const emu = await emulator();
    emu.seed(DEMO_APP_ID, { images: 2 });
    expect((await fetch(`${emu.url}/__emulator/health`)).status).toBe(404);
    expect((await fetch(`${emu.url}/__emulator/ledger`)).status).toBe(404);
    expect((await fetch(`${emu.url}/__emulator/calls`)).status).toBe(404);
    const reset = await fetch(`${emu.url}/__emulator/reset`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(reset.status).toBe(404);
    expect(emu.ledger()).toHaveLength(2);
  });

  it('with admin: true, refuse a text/plain POST (a cross-origin "simple" request) and change nothing', async () => {
    const emu = await emulator({ admin: true });
    emu.seed(DEMO_APP_ID, { images: 2 });
    const rules = JSON.stringify([{ endpoint: '*', kind: 'errcode', errcode: -1 }]);
    for (const type of ['text/plain', 'text/plain;charset=UTF-8', 'application/x-www-form-urlencoded', undefined]) {
      const res = await raw(emu, '/__emulator/faults', {
        method: 'POST',
        headers: type ? { 'Content-Type': type } : {},
        body: rules,
      });
      expect(res.status, String(type)).toBe(415);
      const reset = await raw(emu, '/__emulator/reset', {
        method: 'POST',
        headers: type ? { 'Content-Type': type } : {},
      });
      expect(reset.status, String(type)).toBe(415);
    }
    const del = await raw(emu, '/__emulator/faults', { method: 'DELETE' });
    expect(del.status).toBe(415);
    expect(emu.ledger()).toHaveLength(2);
    const faults = await fetch(`${emu.url}/__emulator/faults`);
    expect(await faults.json()).toEqual([]);
  });

  it('with admin: true, refuse any request carrying an Origin header', async () => {
    const emu = await emulator({ admin: true });
    emu.seed(DEMO_APP_ID, { images: 2 });
    const origin = { Origin: 'http://attacker.example', 'Content-Type': 'application/json' };
    expect((await raw(emu, '/__emulator/reset', { method: 'POST', headers: origin, body: '{}' })).status).toBe(403);
    expect((await raw(emu, '/__emulator/ledger', { headers: { Origin: 'null' } })).status).toBe(403);
    expect((await raw(emu, '/__emulator/ledger', { headers: { Origin: emu.url } })).status).toBe(403);
    expect(emu.ledger()).toHaveLength(2);
  });

  it('with admin: true, a JSON POST from a script without Origin still works', async () => {
    const emu = await emulator({ admin: true });
    const res = await fetch(`${emu.url}/__emulator/faults`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: JSON.stringify([{ endpoint: 'draft/count', kind: 'errcode', errcode: -1 }]),
    });
    expect(res.status).toBe(200);
    expect(
      (
        await fetch(`${emu.url}/__emulator/faults`, {
          method: 'DELETE',
          headers: { 'Content-Type': 'application/json' },
        })
      ).status,
    ).toBe(200);
  });

  it('the CLI start (npm run emulator) has admin on', async () => {
    const emu = await startCliEmulator({ PORT: '0' });
    running.push(emu);
    const health = await fetch(`${emu.url}/__emulator/health`);
    expect(health.status).toBe(200);
    expect(((await health.json()) as { appIds: string[] }).appIds).toEqual([DEMO_APP_ID]);
  });

  it("the app's demo account has admin only when SUCAIDESK_EMULATOR_ADMIN=1", async () => {
    expect(adminFromEnv({})).toBe(false);
    expect(adminFromEnv({ SUCAIDESK_EMULATOR_ADMIN: '0' })).toBe(false);
    expect(adminFromEnv({ SUCAIDESK_EMULATOR_ADMIN: 'true' })).toBe(false);
    expect(adminFromEnv({ SUCAIDESK_EMULATOR_ADMIN: '1' })).toBe(true);

    const off = await startDemoAccount({ admin: adminFromEnv({}) });
    running.push(off.emulator);
    expect((await fetch(`${off.apiBase}/__emulator/ledger`)).status).toBe(404);
    const on = await startDemoAccount({ admin: adminFromEnv({ SUCAIDESK_EMULATOR_ADMIN: '1' }) });
    running.push(on.emulator);
    expect((await fetch(`${on.apiBase}/__emulator/ledger`)).status).toBe(200);
  });
});
