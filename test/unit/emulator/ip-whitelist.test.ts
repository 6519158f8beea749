/**
 * The emulator's per-account API IP whitelist (electron/emulator/handlers/token-handlers.ts): token calls
 * from an address outside it get 40164 with the caller's IP in errmsg, as WeChat answers; set over the
 * admin route or in-process; `reset` clears it; other accounts are not affected.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_APP_ID, DEMO_APP_SECRET, startEmulator, type Emulator } from '../../../electron/emulator/index';

const OTHER = { appId: 'wx0000000000000abc', appSecret: 'OtherSecretOtherSecretOtherSec00' };
let emu: Emulator | null = null;
afterEach(async () => {
  await emu?.close();
  emu = null;
});

async function token(e: Emulator, appid: string, secret: string, path = 'stable_token') {
  const init =
    path === 'stable_token'
      ? {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ grant_type: 'client_credential', appid, secret }),
        }
      : {};
  const url =
    path === 'stable_token'
      ? `${e.url}/cgi-bin/stable_token`
      : `${e.url}/cgi-bin/token?grant_type=client_credential&appid=${appid}&secret=${secret}`;
  return (await (await fetch(url, init)).json()) as { errcode?: number; errmsg?: string; access_token?: string };
}

describe('emulator IP whitelist', () => {
  it('refuses token calls from outside it with the caller’s IP, for that account only', async () => {
    emu = await startEmulator({ admin: true, accounts: [{ appId: DEMO_APP_ID, appSecret: DEMO_APP_SECRET }, OTHER] });
    const res = await fetch(`${emu.url}/__emulator/whitelist`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ appId: DEMO_APP_ID, ips: ['203.0.113.5'] }),
    });
    expect(res.status).toBe(200);
    for (const path of ['stable_token', 'token']) {
      const refused = await token(emu, DEMO_APP_ID, DEMO_APP_SECRET, path);
      expect(refused.errcode).toBe(40164);
      expect(refused.errmsg).toMatch(/^invalid ip 127\.0\.0\.1 ipv6 ::ffff:127\.0\.0\.1, not in whitelist rid: /);
    }
    // Credentials are checked first: a wrong secret is still 40125.
    expect((await token(emu, DEMO_APP_ID, 'x'.repeat(32))).errcode).toBe(40125);
    expect((await token(emu, OTHER.appId, OTHER.appSecret)).access_token).toBeTruthy();

    emu.setIpWhitelist(DEMO_APP_ID, ['203.0.113.5', '127.0.0.1']);
    expect((await token(emu, DEMO_APP_ID, DEMO_APP_SECRET)).access_token).toBeTruthy();
    emu.setIpWhitelist(DEMO_APP_ID, ['203.0.113.5']);
    emu.reset();
    expect((await token(emu, DEMO_APP_ID, DEMO_APP_SECRET)).access_token).toBeTruthy();
  });

  it('the admin route refuses an unknown appId and a malformed list', async () => {
    emu = await startEmulator({ admin: true });
    const post = (body: unknown) =>
      fetch(`${emu!.url}/__emulator/whitelist`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
    expect((await post({ appId: 'wx0000000000000000', ips: [] })).status).toBe(404);
    expect((await post({ appId: DEMO_APP_ID, ips: 'all' })).status).toBe(400);
    expect((await post({ appId: DEMO_APP_ID, ips: null })).status).toBe(200);
  });
});
