/**
 * The safeStorage secret store with a fake safeStorage for each Linux backend, with and without the async
 * encryptor, and with a secrets.json sealed by the old sync API (electron/main/safe-storage-secret-store.ts).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SafeStorageSecretStore, type SafeStorageLike } from '../../../electron/main/safe-storage-secret-store';

const SECRET = 'CANARYSECRET00000000000000000000';
const xor = (b: Buffer) => Buffer.from([...b].map((x) => x ^ 0x5a));

interface FakeOptions {
  backend: string;
  asyncAvailable: boolean;
  syncAvailable?: boolean;
  reEncrypt?: boolean;
}

function fakeSafe(o: FakeOptions): SafeStorageLike & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    getSelectedStorageBackend: () => o.backend as 'basic_text',
    isAsyncEncryptionAvailable: () => Promise.resolve(o.asyncAvailable),
    isEncryptionAvailable: () => o.syncAvailable ?? o.asyncAvailable,
    encryptStringAsync: (s: string) => {
      calls.push('encryptStringAsync');
      return o.asyncAvailable ? Promise.resolve(xor(Buffer.from(s))) : Promise.reject(new Error('unavailable'));
    },
    decryptStringAsync: (b: Buffer) => {
      calls.push('decryptStringAsync');
      return o.asyncAvailable
        ? Promise.resolve({ result: xor(b).toString(), shouldReEncrypt: o.reEncrypt ?? false })
        : Promise.reject(new Error('unavailable'));
    },
    decryptString: (b: Buffer) => {
      calls.push('decryptString');
      return xor(b).toString();
    },
  };
}

const tmpFile = () => path.join(mkdtempSync(path.join(os.tmpdir(), 'sec-')), 'secrets.json');
const sealedIn = (file: string) => (JSON.parse(readRaw(file)) as { sealed: Record<string, string> }).sealed;
const readRaw = (file: string) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
};
/** What the sync API (encryptString) wrote in builds before the async API. */
const oldSyncFile = (file: string, entries: Record<string, string>) =>
  writeFileSync(
    file,
    JSON.stringify({
      version: 1,
      sealed: Object.fromEntries(
        Object.entries(entries).map(([k, v]) => [k, `v1:safeStorage:${xor(Buffer.from(v)).toString('base64')}`]),
      ),
    }),
  );

describe('SafeStorageSecretStore (async safeStorage)', () => {
  it.each([
    ['gnome_libsecret', true, true],
    ['kwallet5', true, true],
    ['kwallet6', true, true],
    ['basic_text', true, false],
    ['unknown', true, false],
    ['gnome_libsecret', false, false],
  ])(
    'backend %s, async available %s → sealed on disk %s; never in clear',
    async (backend, asyncAvailable, persistent) => {
      const file = tmpFile();
      const safe = fakeSafe({ backend, asyncAvailable });
      const store = await SafeStorageSecretStore.open(file, safe, 'linux');
      expect(store.persistent).toBe(persistent);
      await store.set('acc_a', SECRET);
      expect(await store.get('acc_a')).toBe(SECRET);
      const raw = readRaw(file);
      expect(raw).not.toContain(SECRET);
      expect(raw.length > 0).toBe(persistent);
      if (persistent) {
        expect(raw).toContain('v2:safeStorageAsync:');
        expect(safe.calls).toContain('encryptStringAsync');
      } else {
        expect(safe.calls).not.toContain('encryptStringAsync');
      }
      const fresh = await SafeStorageSecretStore.open(file, fakeSafe({ backend, asyncAvailable }), 'linux');
      expect(await fresh.get('acc_a')).toBe(persistent ? SECRET : null);
    },
  );

  it('on macOS and Windows the Linux backend name does not matter', async () => {
    const store = await SafeStorageSecretStore.open(
      tmpFile(),
      fakeSafe({ backend: 'basic_text', asyncAvailable: true }),
      'darwin',
    );
    expect(store.persistent).toBe(true);
  });

  it('opens secrets sealed by the old sync API and reseals them all with the async API on the next write', async () => {
    const file = tmpFile();
    oldSyncFile(file, { acc_old: SECRET, acc_other: 'OTHERSECRET0000000000000000000000' });
    const safe = fakeSafe({ backend: 'gnome_libsecret', asyncAvailable: true });
    const store = await SafeStorageSecretStore.open(file, safe, 'linux');
    expect(await store.get('acc_old')).toBe(SECRET);
    expect(readRaw(file)).toContain('v1:safeStorage:'); // reading alone writes nothing
    await store.set('acc_new', 'NEWSECRET0000000000000000000000000');
    const raw = readRaw(file);
    expect(raw).not.toContain('v1:safeStorage:');
    const sealed = sealedIn(file);
    expect(Object.keys(sealed).sort()).toEqual(['acc_new', 'acc_old', 'acc_other']);
    for (const blob of Object.values(sealed)) expect(blob).toMatch(/^v2:safeStorageAsync:/);
    const fresh = await SafeStorageSecretStore.open(
      file,
      fakeSafe({ backend: 'kwallet', asyncAvailable: true }),
      'linux',
    );
    expect(await fresh.get('acc_other')).toBe('OTHERSECRET0000000000000000000000');
  });

  it('an old sync-sealed secret still opens when only the sync encryptor works, and nothing new is written', async () => {
    const file = tmpFile();
    oldSyncFile(file, { acc_old: SECRET });
    const before = readRaw(file);
    const safe = fakeSafe({ backend: 'gnome_libsecret', asyncAvailable: false, syncAvailable: true });
    const store = await SafeStorageSecretStore.open(file, safe, 'linux');
    expect(store.persistent).toBe(false);
    expect(await store.get('acc_old')).toBe(SECRET);
    expect(safe.calls).toContain('decryptString');
    await store.set('acc_new', 'NEWSECRET0000000000000000000000000');
    expect(readRaw(file)).toBe(before);
  });

  it('reseals an entry safeStorage asks to re-encrypt (key rotation) on the next write', async () => {
    const file = tmpFile();
    const first = await SafeStorageSecretStore.open(
      file,
      fakeSafe({ backend: 'kwallet6', asyncAvailable: true }),
      'linux',
    );
    await first.set('acc_a', SECRET);
    const rotating = fakeSafe({ backend: 'kwallet6', asyncAvailable: true, reEncrypt: true });
    const store = await SafeStorageSecretStore.open(file, rotating, 'linux');
    expect(await store.get('acc_a')).toBe(SECRET);
    rotating.calls.length = 0;
    await store.set('acc_b', 'BSECRET000000000000000000000000000');
    expect(rotating.calls.filter((c) => c === 'encryptStringAsync')).toHaveLength(2);
  });

  it('delete removes the sealed entry; a session-only store also drops what an earlier run left', async () => {
    const file = tmpFile();
    const store = await SafeStorageSecretStore.open(
      file,
      fakeSafe({ backend: 'gnome_libsecret', asyncAvailable: true }),
      'linux',
    );
    await store.set('acc_a', SECRET);
    await store.set('acc_a__proxy', 'proxy-pass');
    await store.delete('acc_a');
    expect(Object.keys(sealedIn(file))).toEqual(['acc_a__proxy']);
    const degraded = await SafeStorageSecretStore.open(
      file,
      fakeSafe({ backend: 'gnome_libsecret', asyncAvailable: false }),
      'linux',
    );
    await degraded.delete('acc_a__proxy');
    expect(sealedIn(file)).toEqual({});
  });

  it('an unknown seal tag or a refused decryption is a missing secret, not a crash', async () => {
    const file = tmpFile();
    writeFileSync(file, JSON.stringify({ version: 1, sealed: { acc_x: 'v9:future:QUJD' } }));
    const store = await SafeStorageSecretStore.open(
      file,
      fakeSafe({ backend: 'gnome_libsecret', asyncAvailable: true }),
      'linux',
    );
    expect(await store.get('acc_x')).toBeNull();
  });
});
