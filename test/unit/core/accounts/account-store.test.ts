import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AccountStore } from '../../../../electron/core/accounts/account-store';
import { MemorySecretStore } from '../../../../electron/core/accounts/secret-store';
import { SafeStorageSecretStore } from '../../../../electron/main/safe-storage-secret-store';

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

describe('SafeStorageSecretStore', () => {
  const fakeSafe = (available: boolean, backend: string) => ({
    isEncryptionAvailable: () => available,
    getSelectedStorageBackend: () => backend as 'basic_text',
    encryptString: (s: string) => Buffer.from([...Buffer.from(s)].map((b) => b ^ 0x5a)),
    decryptString: (b: Buffer) => Buffer.from([...b].map((x) => x ^ 0x5a)).toString(),
  });

  it.each([
    ['gnome_libsecret', true, true],
    ['kwallet5', true, true],
    ['basic_text', true, false],
    ['unknown', true, false],
    ['gnome_libsecret', false, false],
  ])(
    'backend %s, available %s → persistent %s; the file never holds the secret in clear',
    async (backend, available, persistent) => {
      const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'sec-')), 'secrets.json');
      const store = new SafeStorageSecretStore(file, fakeSafe(available, backend), 'linux');
      expect(store.persistent).toBe(persistent);
      await store.set('a', SECRET);
      expect(await store.get('a')).toBe(SECRET);
      let raw = '';
      try {
        raw = readFileSync(file, 'utf8');
      } catch {
        raw = '';
      }
      expect(raw).not.toContain(SECRET);
      expect(raw.length > 0).toBe(persistent);
      const fresh = new SafeStorageSecretStore(file, fakeSafe(available, backend), 'linux');
      expect(await fresh.get('a')).toBe(persistent ? SECRET : null);
    },
  );
});
