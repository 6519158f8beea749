import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AccountStore } from '../../../../electron/core/accounts/account-store';
import { MemorySecretStore } from '../../../../electron/core/accounts/secret-store';
import { QuarantineLog } from '../../../../electron/core/fs/quarantine';
import { requestSchemas } from '@shared/contract';

const add = (apiBase: string) =>
  requestSchemas['accounts:add'].safeParse({
    name: 'A',
    appId: 'wx0123456789abcdef',
    appSecret: 'a'.repeat(32),
    apiBase,
  });

describe('API base URL (issue 8, finding 9)', () => {
  it('accepts plain http(s) relay bases', () => {
    for (const ok of ['https://relay.example.com', 'http://127.0.0.1:8080/wx/', 'https://[::1]:9/cgi-bin']) {
      expect(add(ok).success, ok).toBe(true);
    }
  });

  it('refuses user-info with a zh/en message that says proxy credentials are not accepted', () => {
    for (const bad of ['http://user:pass@relay.example.com', 'https://user@relay.example.com/x', 'http://:p@h']) {
      const res = add(bad);
      expect(res.success, bad).toBe(false);
      const message = res.error!.issues.map((i) => i.message).join(' ');
      expect(message).toMatch(/凭据/);
      expect(message).toMatch(/credentials are not accepted/i);
    }
  });

  it('refuses other schemes, queries and fragments', () => {
    for (const bad of [
      'ftp://relay.example.com',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'https://relay.example.com/?x=1',
      'https://relay.example.com?',
      'https://relay.example.com/#f',
      'https://relay.example.com\\@evil.example',
      'https://',
    ]) {
      expect(add(bad).success, bad).toBe(false);
    }
  });

  it('accounts.json read on start: a stored base with credentials is dropped from disk and never echoed or used', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'acc-'));
    const file = path.join(dir, 'accounts.json');
    const stored = 'http://proxyuser:S3cretPass@relay.example.com';
    writeFileSync(
      file,
      JSON.stringify({
        version: 1,
        accounts: [{ id: 'acc_0123456789ab', name: 'A', appId: 'wx0123456789abcdef', apiBase: stored }],
      }),
    );
    const secrets = new MemorySecretStore();
    await secrets.set('acc_0123456789ab', 'a'.repeat(32));
    const store = await AccountStore.open(file, secrets);
    const [record] = store.list();
    expect(JSON.stringify(store.summary(record))).not.toContain('S3cretPass');
    expect(readFileSync(file, 'utf8')).not.toContain('S3cretPass');
    await expect(store.credentials(record.id)).rejects.toMatchObject({ payload: { code: 'ACCOUNT_API_BASE_REFUSED' } });
    // Still refused after a restart: the account never silently talks to another host.
    const reopened = await AccountStore.open(file, secrets);
    await expect(reopened.credentials(record.id)).rejects.toMatchObject({
      payload: { code: 'ACCOUNT_API_BASE_REFUSED' },
    });
  });

  it('an environment account (WX_API_BASE) with credentials is refused the same way', async () => {
    const store = await AccountStore.open(null, new MemorySecretStore());
    store.addBuiltin(
      { id: 'env', name: 'Env', appId: 'wx0123456789abcdef', apiBase: 'http://u:S3cretPass@relay', isDemo: false },
      'a'.repeat(32),
    );
    expect(JSON.stringify(store.summary(store.require('env')))).not.toContain('S3cretPass');
    await expect(store.credentials('env')).rejects.toMatchObject({ payload: { code: 'ACCOUNT_API_BASE_REFUSED' } });
  });

  it('accounts.json of an unknown shape is set aside and reported instead of half-loaded', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'acc-'));
    const file = path.join(dir, 'accounts.json');
    writeFileSync(file, JSON.stringify({ version: 1, accounts: [{ id: '../x', name: 1 }] }));
    const log = new QuarantineLog();
    const store = await AccountStore.open(file, new MemorySecretStore(), log);
    expect(store.list()).toEqual([]);
    expect(log.list()).toMatchObject([{ kind: 'accounts', reason: 'corrupt' }]);
  });
});
