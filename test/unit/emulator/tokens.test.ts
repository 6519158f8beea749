import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_APP_ID, DEMO_APP_SECRET } from '../../../electron/emulator/index';
import type { Emulator } from '../../../electron/emulator/index';
import { getJson, RID, stableToken, start } from './helpers';

let emu: Emulator;
// A frozen base clock: time moves only through advanceClock(), so lifetimes are exact.
const T0 = Date.UTC(2026, 0, 1);
beforeAll(async () => {
  emu = await start({ now: () => T0 });
});
afterAll(() => emu.close());
beforeEach(() => emu.reset());

const count = (token: string) => getJson(emu, 'material/get_materialcount', token);

describe('stable_token', () => {
  it('normal mode returns the same token with the remaining lifetime', async () => {
    const a = await stableToken(emu);
    expect(a.expires_in).toBe(7200);
    expect(a.access_token.length).toBeGreaterThan(100);
    emu.advanceClock(1000 * 1000);
    const b = await stableToken(emu);
    expect(b.access_token).toBe(a.access_token);
    expect(b.expires_in).toBe(6200);
  });

  it('rotates 5 minutes before expiry and the old token lives until its own expiry', async () => {
    const a = await stableToken(emu);
    emu.advanceClock((7200 - 299) * 1000);
    const b = await stableToken(emu);
    expect(b.access_token).not.toBe(a.access_token);
    expect(b.expires_in).toBe(7200);
    expect((await count(a.access_token)).voice_count).toBe(0);
    emu.advanceClock(300 * 1000);
    expect((await count(a.access_token)).errcode).toBe(42001);
    expect((await count(b.access_token)).voice_count).toBe(0);
  });

  it('after a 40001 fault revokes the token, normal mode hands out a new one', async () => {
    const a = await stableToken(emu);
    emu.setFaults([{ endpoint: 'material/get_materialcount', kind: 'errcode', errcode: 40001, times: 1 }]);
    expect((await count(a.access_token)).errcode).toBe(40001);
    emu.clearFaults();
    expect((await count(a.access_token)).errcode).toBe(40001);
    const b = await stableToken(emu);
    expect(b.access_token).not.toBe(a.access_token);
    expect((await count(b.access_token)).voice_count).toBe(0);
  });

  it('force_refresh issues a new token and invalidates the previous one at once', async () => {
    const a = await stableToken(emu);
    const b = await stableToken(emu, true);
    expect(b.access_token).not.toBe(a.access_token);
    const old = await count(a.access_token);
    expect(old.errcode).toBe(40001);
    expect(old.errmsg).toMatch(/^invalid credential, access_token is invalid or not latest/);
    expect(old.errmsg).toMatch(RID);
    expect((await count(b.access_token)).image_count).toBe(0);
  });

  it('expires after 7200 s of emulator time → 42001', async () => {
    const a = await stableToken(emu);
    emu.advanceClock(7199 * 1000);
    expect((await count(a.access_token)).errcode).toBeUndefined();
    emu.advanceClock(1000);
    const r = await count(a.access_token);
    expect(r.errcode).toBe(42001);
    expect(r.errmsg).toMatch(/^access_token expired rid: /);
  });

  it('checks credentials: 40013 unknown appid, 40125 wrong secret, 40002 grant_type, 43002 GET', async () => {
    expect((await stableToken(emu, false, 'wx0000000000000000', DEMO_APP_SECRET)).access_token).toBeUndefined();
    const unknown = (await stableToken(emu, false, 'wx0000000000000000', DEMO_APP_SECRET)) as unknown as {
      errcode: number;
    };
    expect(unknown.errcode).toBe(40013);
    const wrong = (await stableToken(emu, false, DEMO_APP_ID, 'x'.repeat(32))) as unknown as { errcode: number };
    expect(wrong.errcode).toBe(40125);
    const grant = await fetch(`${emu.url}/cgi-bin/stable_token`, {
      method: 'POST',
      body: JSON.stringify({ grant_type: 'password', appid: DEMO_APP_ID, secret: DEMO_APP_SECRET }),
    });
    expect(((await grant.json()) as { errcode: number }).errcode).toBe(40002);
    const get = await fetch(
      `${emu.url}/cgi-bin/stable_token?grant_type=client_credential&appid=${DEMO_APP_ID}&secret=${DEMO_APP_SECRET}`,
    );
    expect(get.status).toBe(200);
    expect(((await get.json()) as { errcode: number }).errcode).toBe(43002);
  });
});

describe('business calls', () => {
  it('41001 without a token, 40001 with an unknown one', async () => {
    const missing = (await (await fetch(`${emu.url}/cgi-bin/material/get_materialcount`)).json()) as {
      errcode: number;
      errmsg: string;
    };
    expect(missing.errcode).toBe(41001);
    expect(missing.errmsg).toMatch(/^access_token missing rid: /);
    expect((await count('not-a-token')).errcode).toBe(40001);
  });

  it('uses the application/json; encoding=utf-8 content type for JSON', async () => {
    const { access_token } = await stableToken(emu);
    const res = await fetch(`${emu.url}/cgi-bin/material/get_materialcount?access_token=${access_token}`);
    expect(res.headers.get('content-type')).toBe('application/json; encoding=utf-8');
    expect(await res.json()).toEqual({ voice_count: 0, video_count: 0, image_count: 0, news_count: 0 });
  });
});

describe('legacy cgi-bin/token', () => {
  const legacy = async () =>
    (await (
      await fetch(
        `${emu.url}/cgi-bin/token?grant_type=client_credential&appid=${DEMO_APP_ID}&secret=${DEMO_APP_SECRET}`,
      )
    ).json()) as {
      access_token: string;
      expires_in: number;
    };

  it('is isolated from stable_token and each call keeps the previous token for 5 minutes', async () => {
    const stable = await stableToken(emu);
    const a = await legacy();
    expect(a.expires_in).toBe(7200);
    expect(a.access_token).not.toBe(stable.access_token);
    const b = await legacy();
    expect(b.access_token).not.toBe(a.access_token);
    expect((await count(a.access_token)).errcode).toBeUndefined();
    emu.advanceClock(5 * 60 * 1000);
    expect((await count(a.access_token)).errcode).toBe(40001);
    expect((await count(b.access_token)).errcode).toBeUndefined();
    // The stable token was not disturbed by legacy fetches.
    expect((await count(stable.access_token)).errcode).toBeUndefined();
  });
});

describe('calls()', () => {
  it('records endpoints without tokens or secrets', async () => {
    const { access_token } = await stableToken(emu);
    await count(access_token);
    const calls = emu.calls();
    expect(calls.map((c) => c.endpoint)).toEqual(['stable_token', 'material/get_materialcount']);
    expect(calls[1]).toMatchObject({
      method: 'GET',
      path: '/cgi-bin/material/get_materialcount',
      status: 200,
      errcode: 0,
      referer: null,
    });
    const dump = JSON.stringify(calls);
    expect(dump).not.toContain(access_token);
    expect(dump).not.toContain(DEMO_APP_SECRET);
  });

  it('keeps query strings, with the access_token and secret values redacted', async () => {
    const legacy = (await (
      await fetch(
        `${emu.url}/cgi-bin/token?grant_type=client_credential&appid=${DEMO_APP_ID}&secret=${DEMO_APP_SECRET}`,
      )
    ).json()) as { access_token: string };
    await getJson(emu, 'material/get_materialcount', legacy.access_token, '&lang=zh_CN');
    const [token, count] = emu.calls();
    expect(token.query).toBe(`grant_type=client_credential&appid=${DEMO_APP_ID}&secret=REDACTED`);
    expect(count.query).toBe('access_token=REDACTED&lang=zh_CN');
    expect(count.path).toBe('/cgi-bin/material/get_materialcount');
    const dump = JSON.stringify(emu.calls());
    expect(dump).not.toContain(legacy.access_token);
    expect(dump).not.toContain(DEMO_APP_SECRET);
  });
});
