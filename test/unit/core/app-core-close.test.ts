// core.close() writes what is still pending (the debounced library index) before it resolves, so the
// desktop app's quit (electron/main/flush-on-quit.ts) loses nothing; app:info reports set-aside files.
import { mkdtemp, mkdir, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MemorySecretStore } from '../../../electron/core/accounts/secret-store';
import { createCore, type CoreOptions } from '../../../electron/core/app-core';
import { LibraryIndex } from '../../../electron/core/index/library-index';
import { DEMO_APP_ID, DEMO_APP_SECRET, startEmulator, type Emulator } from '../../../electron/emulator/index';

let emulator: Emulator | null = null;
afterEach(async () => {
  await emulator?.close();
  emulator = null;
});

function options(dataDir: string, apiBase: string): CoreOptions {
  return {
    mode: 'desktop',
    version: 'test',
    dataDir,
    persistAccounts: true,
    secrets: new MemorySecretStore(),
    downloads: { chooseFolder: () => Promise.resolve(null), finish: () => ({ kind: 'cancelled' }) },
    emit: () => undefined,
    demo: false,
    envAccount: { appId: DEMO_APP_ID, appSecret: DEMO_APP_SECRET },
    // The default base comes from the options (WX_API_BASE read at the entry point), not process.env.
    apiBase,
  };
}

describe('createCore', () => {
  it('close() flushes the index written by a sync that has not been saved yet', async () => {
    emulator = await startEmulator({ port: 0 });
    emulator.seed(DEMO_APP_ID, { demo: true, images: 3 });
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'core-close-'));
    const core = await createCore(options(dataDir, emulator.url));
    const [report] = await core.handlers['library:sync']({ accountId: 'env', kinds: ['image'], mode: 'full' });
    expect(report).toBeDefined();
    // The index saves 250 ms after a change; close() must not wait for the timer nor drop the write.
    await core.close();
    // Read back from disk the way the next start does (snapshot + log, electron/core/index/index-store.ts).
    const saved = await LibraryIndex.open(path.join(dataDir, 'index', 'env.json'));
    expect(saved.state('image').count).toBeGreaterThan(0);
  });

  it('app:info lists the files set aside at start (corrupt accounts.json, journal)', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'core-aside-'));
    await writeFile(path.join(dataDir, 'accounts.json'), '{"version":1,"accounts":[{');
    await mkdir(path.join(dataDir, 'uploads'));
    await writeFile(path.join(dataDir, 'uploads', 'env.journal'), 'garbage\n{"op":"del","id":"x"}\n');
    const core = await createCore(options(dataDir, 'http://127.0.0.1:9'));
    try {
      const info = await core.handlers['app:info']({});
      expect(info.quarantined).toMatchObject([
        { kind: 'accounts', original: 'accounts.json', reason: 'corrupt' },
        { kind: 'journal', original: 'env.journal', reason: 'corrupt', recovered: 1 },
      ]);
      expect((await readdir(dataDir)).filter((n) => n.startsWith('accounts.json.quarantined-'))).toHaveLength(1);
    } finally {
      await core.close();
    }
  });
});
