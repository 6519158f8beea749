import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_APP_ID } from '../../../electron/emulator/index';
import type { Emulator, FaultRule } from '../../../electron/emulator/index';
import { addMaterial, asset, getJson, postJson, RID, stableToken, start } from './helpers';

let emu: Emulator;
let token: string;
beforeAll(async () => {
  // The admin routes below are driven over HTTP: opt in, as the CLI does.
  emu = await start({ admin: true });
});
afterAll(() => emu.close());
beforeEach(async () => {
  emu.reset();
  token = (await stableToken(emu)).access_token;
});

const jpg = asset('bars.jpg');

describe('connection faults', () => {
  it('drop-before: the socket dies and nothing is stored', async () => {
    emu.setFaults([{ endpoint: 'material/add_material', kind: 'drop-before', times: 1 }]);
    await expect(addMaterial(emu, token, 'image', 'a.jpg', jpg)).rejects.toThrow();
    expect(emu.ledger()).toEqual([]);
    // times: 1 — the next call goes through.
    expect((await addMaterial(emu, token, 'image', 'a.jpg', jpg)).json.media_id).toEqual(expect.any(String));
    expect(
      emu
        .calls()
        .filter((c) => c.endpoint === 'material/add_material')
        .map((c) => [c.fault, c.status]),
    ).toEqual([
      ['drop-before', 0],
      [undefined, 200],
    ]);
  });

  it('drop-after: the material is stored, then the socket dies without a reply', async () => {
    emu.setFaults([{ endpoint: 'material/add_material', kind: 'drop-after', times: 1 }]);
    await expect(addMaterial(emu, token, 'image', '歧义.jpg', jpg)).rejects.toThrow();
    const ledger = emu.ledger(DEMO_APP_ID);
    expect(ledger).toHaveLength(1);
    expect(ledger[0]).toMatchObject({ kind: 'material', name: '歧义.jpg', size: jpg.length, deleted: false });
    // The client can reconcile by listing: the item really exists.
    const list = await postJson(emu, 'material/batchget_material', token, { type: 'image', offset: 0, count: 20 });
    expect(list.total_count).toBe(1);
  });

  it('truncate: full Content-Length, half the body, then a reset', async () => {
    const { json } = await addMaterial(emu, token, 'image', 'a.jpg', jpg);
    emu.setFaults([{ endpoint: 'material/get_material', kind: 'truncate', times: 1 }]);
    const res = await fetch(`${emu.url}/cgi-bin/material/get_material?access_token=${token}`, {
      method: 'POST',
      body: JSON.stringify({ media_id: json.media_id }),
    });
    expect(res.headers.get('content-length')).toBe(String(jpg.length));
    await expect(res.arrayBuffer()).rejects.toThrow();
    const again = await fetch(`${emu.url}/cgi-bin/material/get_material?access_token=${token}`, {
      method: 'POST',
      body: JSON.stringify({ media_id: json.media_id }),
    });
    expect(Buffer.from(await again.arrayBuffer()).equals(jpg)).toBe(true);
  });

  it('truncate applies to CDN downloads too (endpoint "mmbiz")', async () => {
    const { json } = await addMaterial(emu, token, 'image', 'a.jpg', jpg);
    emu.setFaults([{ endpoint: 'mmbiz', kind: 'truncate', times: 1 }]);
    const res = await fetch(String(json.url));
    await expect(res.arrayBuffer()).rejects.toThrow();
  });
});

describe('answer faults', () => {
  it('errcode once: the real errmsg with rid, nothing applied, then normal answers', async () => {
    emu.setFaults([{ endpoint: 'material/add_material', kind: 'errcode', errcode: 45009, times: 1 }]);
    const first = await addMaterial(emu, token, 'image', 'a.jpg', jpg);
    expect(first.json.errcode).toBe(45009);
    expect(first.json.errmsg).toMatch(/^reach max api daily quota limit rid: /);
    expect(emu.ledger()).toEqual([]);
    expect((await addMaterial(emu, token, 'image', 'a.jpg', jpg)).json.media_id).toEqual(expect.any(String));
  });

  it('40001 once also invalidates the token that was used', async () => {
    emu.setFaults([{ endpoint: '*', kind: 'errcode', errcode: 40001, times: 1 }]);
    const first = await getJson(emu, 'material/get_materialcount', token);
    expect(first.errcode).toBe(40001);
    expect(first.errmsg).toMatch(RID);
    expect((await getJson(emu, 'material/get_materialcount', token)).errcode).toBe(40001);
    const fresh = await stableToken(emu, true);
    expect((await getJson(emu, 'material/get_materialcount', fresh.access_token)).image_count).toBe(0);
  });

  it('http-status: a gateway HTML page with the status and Retry-After', async () => {
    emu.setFaults([{ endpoint: 'draft/count', kind: 'http-status', status: 503, retryAfter: 2 }]);
    const res = await fetch(`${emu.url}/cgi-bin/draft/count?access_token=${token}`);
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('2');
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await res.text()).toContain('stgw');
  });

  it('latency delays the answer', async () => {
    emu.setFaults([{ endpoint: 'draft/count', kind: 'latency', latencyMs: 150 }]);
    const t0 = performance.now();
    await getJson(emu, 'draft/count', token);
    expect(performance.now() - t0).toBeGreaterThanOrEqual(140);
  });

  it('probability is deterministic for a given seed', async () => {
    const rule: FaultRule = { endpoint: 'draft/count', kind: 'errcode', errcode: -1, probability: 0.5, seed: 42 };
    const run = async () => {
      emu.setFaults([rule]);
      const out: number[] = [];
      for (let i = 0; i < 16; i += 1) out.push(Number((await getJson(emu, 'draft/count', token)).errcode ?? 0));
      return out;
    };
    const a = await run();
    const b = await run();
    expect(a).toEqual(b);
    expect(a).toContain(-1);
    expect(a).toContain(0);
  });
});

describe('emulator options', () => {
  it('latencyMs applies to every /cgi-bin call', async () => {
    const slow = await start({ latencyMs: 120 });
    try {
      const t0 = performance.now();
      await stableToken(slow);
      expect(performance.now() - t0).toBeGreaterThanOrEqual(110);
    } finally {
      await slow.close();
    }
  });
});

describe('admin routes', () => {
  // Admin writes need a JSON Content-Type (access-guard.ts); scripts always send it.
  const admin = (path: string, init?: RequestInit) =>
    fetch(`${emu.url}/__emulator/${path}`, { ...init, headers: { 'Content-Type': 'application/json' } }).then(
      async (r) => ({
        status: r.status,
        body: (await r.json()) as unknown,
      }),
    );

  it('drive faults, seed, clock, ledger, calls and reset over HTTP', async () => {
    expect(
      (
        await admin('faults', {
          method: 'POST',
          body: JSON.stringify([{ endpoint: 'draft/count', kind: 'errcode', errcode: -1, times: 1 }]),
        })
      ).status,
    ).toBe(200);
    expect((await admin('faults')).body).toHaveLength(1);
    expect((await getJson(emu, 'draft/count', token)).errcode).toBe(-1);
    expect((await admin('faults', { method: 'DELETE' })).status).toBe(200);
    expect(
      (await admin('seed', { method: 'POST', body: JSON.stringify({ appId: DEMO_APP_ID, images: 3 }) })).status,
    ).toBe(200);
    expect((await admin(`ledger?appId=${DEMO_APP_ID}`)).body).toHaveLength(3);
    const clock = await admin('clock', { method: 'POST', body: JSON.stringify({ advanceMs: 7200_000 }) });
    expect(clock.status).toBe(200);
    expect((await getJson(emu, 'draft/count', token)).errcode).toBe(42001);
    const calls = (await admin('calls')).body as { endpoint: string }[];
    expect(calls.map((c) => c.endpoint)).toContain('draft/count');
    expect((await admin('reset', { method: 'POST' })).status).toBe(200);
    expect((await admin('ledger')).body).toEqual([]);
  });

  it('rejects bad input with 400 and unknown accounts with 404', async () => {
    expect(
      (await admin('faults', { method: 'POST', body: JSON.stringify([{ endpoint: '*', kind: 'explode' }]) })).status,
    ).toBe(400);
    expect((await admin('faults', { method: 'POST', body: '{' })).status).toBe(400);
    expect(
      (await admin('seed', { method: 'POST', body: JSON.stringify({ appId: 'wx0000000000000000' }) })).status,
    ).toBe(404);
    expect((await admin('clock', { method: 'POST', body: JSON.stringify({}) })).status).toBe(400);
  });
});
