/**
 * The accounts feature against a real core and the emulator: edit (name, secret, AppID, base, proxy), the
 * per-account proxy through a local CONNECT proxy, "test connection" naming the problem, and two accounts
 * never seeing each other's local data (index, thumbnails, upload journal, temp ledger); removing one
 * deletes exactly its own files.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MemorySecretStore } from '../../../../electron/core/accounts/secret-store';
import { outgoingIpFrom } from '../../../../electron/core/accounts/connection-diagnosis';
import { createCore, type Core } from '../../../../electron/core/app-core';
import { idFileName } from '../../../../electron/core/fs/id-file-name';
import { toAppError } from '../../../../electron/core/wechat/to-app-error';
import { startEmulator, type Emulator } from '../../../../electron/emulator/index';
import { startConnectProxy, type ConnectProxy } from '../../../support/connect-proxy';

const A = { appId: 'wxaaaa000000000001', appSecret: 'AsecretAsecretAsecretAsecret0001' };
const B = { appId: 'wxbbbb000000000002', appSecret: 'BsecretBsecretBsecretBsecret0002' };
const C = { appId: 'wxcccc000000000003', appSecret: 'CsecretCsecretCsecretCsecret0003' };
const PROXY_PASSWORD = 'Pr0xyCanaryPass77';

let emu: Emulator;
let core: Core;
let dataDir: string;
let proxy: ConnectProxy | null = null;

beforeEach(async () => {
  emu = await startEmulator({ accounts: [A, B, C], enforceQuota: false });
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'accounts-feature-'));
  core = await createCore({
    mode: 'desktop',
    version: 'test',
    dataDir,
    persistAccounts: true,
    secrets: new MemorySecretStore(),
    downloads: { chooseFolder: () => Promise.resolve(null), finish: () => ({ kind: 'cancelled' }) },
    emit: () => undefined,
    demo: false,
  });
});

afterEach(async () => {
  await core.close();
  await proxy?.close();
  proxy = null;
  await emu.close();
});

const h = () => core.handlers;
const add = (name: string, acc: typeof A, extra: { proxy?: string } = {}) =>
  h()['accounts:add']({ name, appId: acc.appId, appSecret: acc.appSecret, apiBase: emu.url, ...extra });
/** The error payload a failing handler answers (the dispatcher maps it the same way). */
async function failure(p: Promise<unknown>) {
  try {
    await p;
  } catch (err) {
    return toAppError(err);
  }
  throw new Error('expected a failure');
}

describe('accounts:update', () => {
  it('renames, and a new secret is used at once (the cached client and token are dropped)', async () => {
    const a = await add('甲', A);
    await h()['accounts:test']({ accountId: a.id });
    const renamed = await h()['accounts:update']({ accountId: a.id, name: '甲（新）' });
    expect(renamed.name).toBe('甲（新）');
    expect((await h()['accounts:list']({})).map((x) => x.name)).toEqual(['甲（新）']);
    await h()['accounts:update']({ accountId: a.id, appSecret: 'WrongSecretWrongSecretWrongSec00' });
    expect(await failure(h()['accounts:test']({ accountId: a.id }))).toMatchObject({ code: 'WX_40125' });
    await h()['accounts:update']({ accountId: a.id, appSecret: A.appSecret });
    expect((await h()['accounts:test']({ accountId: a.id })).expiresIn).toBeGreaterThan(0);
    expect(readFileSync(path.join(dataDir, 'accounts.json'), 'utf8')).not.toContain(A.appSecret);
  });

  it('refuses an AppID another account has', async () => {
    const a = await add('甲', A);
    await add('乙', B);
    expect(await failure(h()['accounts:update']({ accountId: a.id, appId: B.appId }))).toMatchObject({
      code: 'ACCOUNT_EXISTS',
    });
  });

  it('a new AppID never reuses the old token, and starts the account afresh locally', async () => {
    emu.seed(A.appId, { images: 3 });
    emu.seed(C.appId, { images: 1 });
    const a = await add('甲', A);
    await h()['library:sync']({ accountId: a.id, kinds: ['image'], mode: 'full' });
    await core.close(); // flush the index to disk
    core = await createCore({
      mode: 'desktop',
      version: 'test',
      dataDir,
      persistAccounts: true,
      secrets: new MemorySecretStore(),
      downloads: { chooseFolder: () => Promise.resolve(null), finish: () => ({ kind: 'cancelled' }) },
      emit: () => undefined,
      demo: false,
    });
    // The secrets lived in memory only; give it again together with the new AppID.
    const tokenCalls = () => emu.calls().filter((c) => c.endpoint === 'stable_token').length;
    const before = tokenCalls();
    await h()['accounts:update']({ accountId: a.id, appId: C.appId, appSecret: C.appSecret });
    expect((await readdir(path.join(dataDir, 'index'))).filter((n) => n.startsWith(a.id))).toEqual([]);
    const page = await h()['library:query']({
      accountId: a.id,
      kinds: ['image'],
      sort: 'date-desc',
      offset: 0,
      limit: 50,
    });
    expect(page.total).toBe(0);
    await h()['library:sync']({ accountId: a.id, kinds: ['image'], mode: 'full' });
    const synced = await h()['library:query']({
      accountId: a.id,
      kinds: ['image'],
      sort: 'date-desc',
      offset: 0,
      limit: 50,
    });
    expect(synced.total).toBe(1);
    expect(tokenCalls()).toBe(before + 1);
  });
});

describe('per-account proxy', () => {
  it('sends the account’s WeChat calls through the proxy; the password is only in the secret store', async () => {
    proxy = await startConnectProxy({ user: 'op', password: PROXY_PASSWORD });
    const proxyUrl = `http://op:${PROXY_PASSWORD}@127.0.0.1:${proxy.port}`;
    const a = await add('甲', A, { proxy: proxyUrl });
    const b = await add('乙', B);
    expect(a.proxy).toEqual({ url: `http://op@127.0.0.1:${proxy.port}`, hasPassword: true });
    expect(JSON.stringify(await h()['accounts:list']({}))).not.toContain(PROXY_PASSWORD);
    expect(readFileSync(path.join(dataDir, 'accounts.json'), 'utf8')).not.toContain(PROXY_PASSWORD);

    await h()['accounts:test']({ accountId: a.id });
    const emuHost = new URL(emu.url).host;
    expect(proxy.connects).toEqual([emuHost]);
    // The other account goes direct.
    await h()['accounts:test']({ accountId: b.id });
    expect(proxy.connects).toHaveLength(1);
  });

  it('a wrong proxy password and an unreachable proxy say so, not "WeChat failed"', async () => {
    proxy = await startConnectProxy({ user: 'op', password: PROXY_PASSWORD });
    const a = await add('甲', A, { proxy: `http://op:wrong-password-1@127.0.0.1:${proxy.port}` });
    const auth = await failure(h()['accounts:test']({ accountId: a.id }));
    expect(auth).toMatchObject({ code: 'PROXY_AUTH', errClass: 'auth' });
    expect(auth.message.zh).toContain('407');
    expect(JSON.stringify(auth)).not.toContain('wrong-password-1');
    expect(proxy.refusedAuth).toBe(1);

    const port = proxy.port;
    await proxy.close();
    proxy = null;
    await h()['accounts:update']({ accountId: a.id, proxy: `http://127.0.0.1:${port}` });
    expect(await failure(h()['accounts:test']({ accountId: a.id }))).toMatchObject({ code: 'PROXY_UNREACHABLE' });
    // Clearing the proxy connects directly again.
    const cleared = await h()['accounts:update']({ accountId: a.id, proxy: null });
    expect(cleared.proxy).toBeUndefined();
    expect((await h()['accounts:test']({ accountId: a.id })).expiresIn).toBeGreaterThan(0);
  });
});

describe('accounts:test names the problem', () => {
  it('40164: the outgoing IP from errmsg and the whitelist steps', async () => {
    const a = await add('甲', A);
    emu.setIpWhitelist(A.appId, ['203.0.113.9']);
    const e = await failure(h()['accounts:test']({ accountId: a.id }));
    expect(e).toMatchObject({ code: 'WX_40164', errClass: 'ip-whitelist', errcode: 40164 });
    expect(e.details).toContain('ip:127.0.0.1');
    expect(e.message.zh).toContain('127.0.0.1');
    expect(e.message.zh).toContain('设置与开发');
    expect(e.message.zh).toContain('IP白名单');
    expect(e.message.en).toContain('127.0.0.1');
    emu.setIpWhitelist(A.appId, ['127.0.0.1']);
    expect((await h()['accounts:test']({ accountId: a.id })).expiresIn).toBeGreaterThan(0);
  });

  it.each([
    [40013, 'WX_40013', 'AppID'],
    [89503, 'WX_89503', '管理员'],
    [89501, 'WX_89501', '管理员'],
    [89506, 'WX_89506', '24'],
    [45009, 'WX_45009', '00:00'],
  ])('errcode %i → %s, saying what to do', async (errcode, code, hint) => {
    const a = await add('甲', A);
    emu.setFaults([{ endpoint: 'stable_token', kind: 'errcode', errcode, times: 1 }]);
    const e = await failure(h()['accounts:test']({ accountId: a.id }));
    expect(e.code).toBe(code);
    expect(e.message.zh).toContain(String(errcode));
    expect(e.message.zh).toContain(hint);
    expect(e.message.en).toContain(String(errcode));
  });

  it('wrong secret: 40125, and 40001 at stable_token says the secret was reset', async () => {
    const a = await add('甲', A);
    await h()['accounts:update']({ accountId: a.id, appSecret: 'WrongSecretWrongSecretWrongSec00' });
    expect((await failure(h()['accounts:test']({ accountId: a.id }))).message.zh).toContain('AppSecret');
    await h()['accounts:update']({ accountId: a.id, appSecret: A.appSecret });
    emu.setFaults([{ endpoint: 'stable_token', kind: 'errcode', errcode: 40001, times: 1 }]);
    const e = await failure(h()['accounts:test']({ accountId: a.id }));
    expect(e.code).toBe('WX_40001');
    expect(e.message.zh).toContain('重置');
  });

  it('reads the IP from WeChat’s errmsg forms', () => {
    expect(outgoingIpFrom('invalid ip 1.2.3.4 ipv6 ::ffff:1.2.3.4, not in whitelist')).toBe('1.2.3.4');
    expect(outgoingIpFrom('invalid ip 240e:3b7::1 ipv6 240e:3b7::1, not in whitelist')).toBe('240e:3b7::1');
    expect(outgoingIpFrom('not in whitelist')).toBeNull();
  });
});

describe('two accounts keep apart; removing one deletes only its local data', () => {
  it('index, thumbnails, upload journal and temp ledger are per account', async () => {
    emu.seed(A.appId, { images: 3 });
    emu.seed(B.appId, { images: 2 });
    const a = await add('甲', A);
    const b = await add('乙', B);
    await h()['library:sync']({ accountId: a.id, kinds: ['image'], mode: 'full' });
    await h()['library:sync']({ accountId: b.id, kinds: ['image'], mode: 'full' });
    const q = (accountId: string) =>
      h()['library:query']({ accountId, kinds: ['image'], sort: 'date-desc', offset: 0, limit: 50, withIds: true });
    const idsOf = (appId: string) => new Set(emu.ledger(appId).map((e) => e.mediaId));
    const pageA = await q(a.id);
    const pageB = await q(b.id);
    expect(pageA.total).toBe(3);
    expect(pageB.total).toBe(2);
    expect(pageA.items.every((i) => idsOf(A.appId).has(i.mediaId))).toBe(true);
    expect(pageB.items.every((i) => idsOf(B.appId).has(i.mediaId))).toBe(true);
    await core.close(); // writes both indexes

    // Plant each account's other files where the services keep them, to see exactly which go.
    const uploads = path.join(dataDir, 'uploads');
    await mkdir(path.join(uploads, 'temp-cache', idFileName(a.id)), { recursive: true });
    await mkdir(path.join(uploads, 'temp-cache', idFileName(b.id)), { recursive: true });
    for (const id of [a.id, b.id]) {
      await writeFile(path.join(uploads, `${idFileName(id)}.temp.json`), JSON.stringify({ version: 1, items: [] }));
      await mkdir(path.join(dataDir, 'thumbs', idFileName(id)), { recursive: true });
      await writeFile(path.join(dataDir, 'thumbs', idFileName(id), 'x.thumb'), 'x');
      await mkdir(path.join(dataDir, 'voice-durations'), { recursive: true });
      await writeFile(path.join(dataDir, 'voice-durations', `${idFileName(id)}.json`), '{}');
    }
    core = await createCore({
      mode: 'desktop',
      version: 'test',
      dataDir,
      persistAccounts: true,
      secrets: new MemorySecretStore(),
      downloads: { chooseFolder: () => Promise.resolve(null), finish: () => ({ kind: 'cancelled' }) },
      emit: () => undefined,
      demo: false,
    });
    await h()['uploads:list']({ accountId: a.id }); // opens (and writes) A's journal
    await h()['uploads:list']({ accountId: b.id });
    const filesOf = async (id: string) => {
      const idx = (await readdir(path.join(dataDir, 'index'))).filter((n) => n.startsWith(`${id}.`));
      return {
        index: idx.length > 0,
        journal: existsSync(path.join(uploads, `${id}.journal`)),
        ledger: existsSync(path.join(uploads, `${idFileName(id)}.temp.json`)),
        tempCache: existsSync(path.join(uploads, 'temp-cache', idFileName(id))),
        thumbs: existsSync(path.join(dataDir, 'thumbs', idFileName(id))),
        voiceDurations: existsSync(path.join(dataDir, 'voice-durations', `${idFileName(id)}.json`)),
      };
    };
    expect(await filesOf(a.id)).toEqual({
      index: true,
      journal: true,
      ledger: true,
      tempCache: true,
      thumbs: true,
      voiceDurations: true,
    });
    await h()['accounts:remove']({ accountId: a.id });
    expect(await filesOf(a.id)).toEqual({
      index: false,
      journal: false,
      ledger: false,
      tempCache: false,
      thumbs: false,
      voiceDurations: false,
    });
    expect(await filesOf(b.id)).toMatchObject({
      index: true,
      journal: true,
      tempCache: true,
      thumbs: true,
      voiceDurations: true,
    });
    expect((await q(b.id)).total).toBe(2);
    // Nothing on WeChat was touched.
    expect(emu.ledger(A.appId).filter((e) => !e.deleted)).toHaveLength(3);
  });
});
