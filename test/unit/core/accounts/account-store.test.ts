import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AccountStore } from '../../../../electron/core/accounts/account-store';
import { MemorySecretStore } from '../../../../electron/core/accounts/secret-store';

const SECRET = 'CANARYSECRET00000000000000000000';
const input = { name: '公众号 A', appId: 'wx0123456789abcdef', appSecret: SECRET };

describe('AccountStore', () => {
  it('persists accounts without their secrets and reloads them', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'acc-'));
    const file = path.join(dir, 'accounts.json');
    const secrets = new MemorySecretStore();
    const store = await AccountStore.open(file, secrets);
    const added = await store.add(input);
    expect(readFileSync(file, 'utf8')).not.toContain(SECRET);
    expect(store.summary(added)).toEqual({
      id: added.id,
      name: '公众号 A',
      appIdMasked: 'wx01…cdef',
      apiBase: null,
      isDemo: false,
      secretStorage: 'session',
    });
    expect(JSON.stringify(store.summary(added))).not.toContain(SECRET);
    const reopened = await AccountStore.open(file, secrets);
    expect(reopened.list().map((a) => a.name)).toEqual(['公众号 A']);
    expect((await reopened.credentials(added.id)).appSecret).toBe(SECRET);
  });

  it('refuses a duplicate AppID and removing built-in accounts', async () => {
    const store = await AccountStore.open(null, new MemorySecretStore());
    store.addBuiltin(
      { id: 'demo', name: 'Demo', appId: 'wxde30000000000001', apiBase: 'http://127.0.0.1:1', isDemo: true },
      'x',
    );
    await store.add(input);
    await expect(store.add(input)).rejects.toMatchObject({ payload: { code: 'ACCOUNT_EXISTS' } });
    await expect(store.remove('demo')).rejects.toMatchObject({ payload: { code: 'ACCOUNT_BUILTIN' } });
    expect(store.list()[0].isDemo).toBe(true);
  });

  it('says what to do when a secret was not kept', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'acc-'));
    const file = path.join(dir, 'accounts.json');
    const added = await (await AccountStore.open(file, new MemorySecretStore())).add(input);
    const reopened = await AccountStore.open(file, new MemorySecretStore());
    await expect(reopened.credentials(added.id)).rejects.toMatchObject({
      payload: { code: 'SECRET_MISSING', errClass: 'auth' },
    });
  });
});

describe('AccountStore.update and the proxy', () => {
  it('refuses to edit a built-in account', async () => {
    const store = await AccountStore.open(null, new MemorySecretStore());
    store.addBuiltin(
      { id: 'demo', name: 'Demo', appId: 'wxde30000000000001', apiBase: 'http://127.0.0.1:1', isDemo: true },
      'x',
    );
    await expect(store.update('demo', { name: 'x' })).rejects.toMatchObject({ payload: { code: 'ACCOUNT_BUILTIN' } });
  });

  it('keeps the proxy address in accounts.json and its password only in the secret store, across a restart', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'acc-'));
    const file = path.join(dir, 'accounts.json');
    const secrets = new MemorySecretStore();
    const store = await AccountStore.open(file, secrets);
    const added = await store.add({ ...input, proxy: 'http://op:p%40ss-CANARY@10.0.0.2:3128' });
    const raw = readFileSync(file, 'utf8');
    expect(raw).not.toContain('CANARY');
    expect(raw).toContain('http://op@10.0.0.2:3128');
    const reopened = await AccountStore.open(file, secrets);
    const record = reopened.require(added.id);
    expect(reopened.summary(record).proxy).toEqual({ url: 'http://op@10.0.0.2:3128', hasPassword: true });
    expect((await reopened.credentials(added.id)).proxy).toBe('http://op:p%40ss-CANARY@10.0.0.2:3128');
    // Only the name changes: the connection (and its token) stays.
    expect((await reopened.update(added.id, { name: '新名' })).connectionChanged).toBe(false);
    const cleared = await reopened.update(added.id, { proxy: null });
    expect(cleared.connectionChanged).toBe(true);
    expect(reopened.summary(cleared.record).proxy).toBeUndefined();
    expect(await secrets.get(`${added.id}__proxy`)).toBeNull();
    expect((await reopened.credentials(added.id)).proxy).toBeNull();
  });
});
