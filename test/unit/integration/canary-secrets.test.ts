import { mkdtempSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core/app-core';
import { MemorySecretStore } from '../../../electron/core/accounts/secret-store';
import { createDispatcher } from '../../../electron/core/ipc/dispatch';
import { createLogger } from '../../../electron/core/log';
import { startEmulator, type Emulator, type FaultRule } from '../../../electron/emulator/index';
import type { DownloadTarget } from '../../../electron/core/library/download-target';
import { makePng } from '../../fakes/png';
import { writeFileSync } from 'node:fs';

// Drives the real core, through the one dispatcher, against the emulator with a canary
// AppSecret, and injects every failure class. Neither the AppSecret nor the live token may
// appear in any envelope (what crosses IPC/HTTP), its util.inspect, or any log line.

const APP_ID = 'wxca0a0000000000aa';
const SECRET = 'CANARYSECRET00000000000000000000';
let emulator: Emulator;
let core: Core;
let token = '';
const logLines: string[] = [];
const downloadDir = mkdtempSync(path.join(os.tmpdir(), 'canary-dl-'));

beforeAll(async () => {
  emulator = await startEmulator({ accounts: [{ appId: APP_ID, appSecret: SECRET }] });
  emulator.seed(APP_ID, { images: 30 });
  const downloads: DownloadTarget = {
    chooseFolder: () => Promise.resolve(downloadDir),
    finish: (f) => ({ kind: 'saved', ...f }),
  };
  core = await createCore({
    mode: 'web',
    version: 'test',
    dataDir: mkdtempSync(path.join(os.tmpdir(), 'canary-data-')),
    persistAccounts: false,
    secrets: new MemorySecretStore(),
    downloads,
    emit: () => undefined,
    demo: false,
    envAccount: { appId: APP_ID, appSecret: SECRET, apiBase: emulator.url },
  });
  // Normal-mode stable_token hands back the same live token our client holds.
  const res = await fetch(`${emulator.url}/cgi-bin/stable_token`, {
    method: 'POST',
    body: JSON.stringify({ grant_type: 'client_credential', appid: APP_ID, secret: SECRET }),
  });
  token = ((await res.json()) as { access_token: string }).access_token;
  expect(token.length).toBeGreaterThan(20);
});

afterAll(async () => {
  await core.close();
  await emulator.close();
});

const dispatch = () => createDispatcher(core.handlers, { logger: createLogger((l) => logLines.push(l)) });

function assertClean(label: string, value: unknown): void {
  for (const text of [JSON.stringify(value), inspect(value, { depth: 10 })]) {
    expect(text, label).not.toContain(SECRET);
    expect(text, label).not.toContain(token);
  }
}

// Every list fault goes through a full sync, which always calls batchget (browsing the index would not).
const SYNC = { kinds: ['image'], mode: 'full' };
const LIST = 'material/batchget_material';
const scenarios: [string, FaultRule[], string, Record<string, unknown>][] = [
  ['HTTP 500 on a list', [{ endpoint: LIST, kind: 'http-status', status: 500 }], 'library:sync', SYNC],
  ['connection reset before applying', [{ endpoint: LIST, kind: 'drop-before' }], 'library:sync', SYNC],
  ['errcode -1', [{ endpoint: LIST, kind: 'errcode', errcode: -1 }], 'library:sync', SYNC],
  ['40001 forever', [{ endpoint: LIST, kind: 'errcode', errcode: 40001 }], 'library:sync', SYNC],
  ['45009 quota', [{ endpoint: LIST, kind: 'errcode', errcode: 45009 }], 'library:sync', SYNC],
  ['slow list (latency only)', [{ endpoint: '*', kind: 'latency', latencyMs: 50 }], 'library:sync', SYNC],
  ['delete of an unknown id', [], 'library:bulkDelete', { kind: 'image', mediaIds: ['no-such-media-id'] }],
];

describe('canary AppSecret and token never leave the main process', () => {
  it.each(scenarios)('%s', async (label, faults, channel, req) => {
    emulator.setFaults(faults);
    try {
      const envelope = await dispatch()(channel, { accountId: 'env', ...req }, true);
      assertClean(label, envelope);
    } finally {
      emulator.clearFaults();
    }
  });

  it('a truncated download leaves no file and no secret', async () => {
    const synced = await dispatch()('library:sync', { accountId: 'env', ...SYNC }, true);
    expect(synced, JSON.stringify(synced)).toMatchObject({ ok: true });
    const page = await dispatch()(
      'library:query',
      { accountId: 'env', kinds: ['image'], sort: 'date-desc', offset: 0, limit: 3 },
      true,
    );
    expect(page, JSON.stringify(page)).toMatchObject({ ok: true });
    const mediaId = (page as { value: { items: { mediaId: string }[] } }).value.items[0].mediaId;
    emulator.setFaults([{ endpoint: 'material/get_material', kind: 'truncate' }]);
    const before = readdirSync(downloadDir);
    const envelope = await dispatch()('library:bulkDownload', { accountId: 'env', mediaIds: [mediaId] }, true);
    emulator.clearFaults();
    expect(envelope, JSON.stringify(envelope)).toMatchObject({ ok: true, value: { saved: [], failed: [{ mediaId }] } });
    assertClean('truncate', envelope);
    expect(readdirSync(downloadDir)).toEqual(before);
  });

  it('an upload dropped after the server applied it is reconciled through the queue, without secrets', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'canary-up-'));
    const file = path.join(dir, '封面.png');
    writeFileSync(file, makePng(32, 32, 7));
    const [staged] = await core.staging.register([file]);
    emulator.setFaults([{ endpoint: 'material/add_material', kind: 'drop-after', times: 1 }]);
    const send = dispatch();
    const queued = await send(
      'uploads:enqueue',
      { accountId: 'env', mode: 'permanent', files: [{ token: staged.token, type: 'image' }] },
      true,
    );
    assertClean('enqueue', queued);
    let snapshot: unknown = null;
    for (let i = 0; i < 200; i++) {
      snapshot = await send('uploads:list', { accountId: 'env' }, true);
      assertClean('queue snapshot', snapshot);
      if (/"status":"done"/.test(JSON.stringify(snapshot))) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    emulator.clearFaults();
    expect(JSON.stringify(snapshot)).toMatch(/"status":"done"/);
    expect(emulator.ledger(APP_ID).filter((e) => e.name === '封面.png' && !e.deleted)).toHaveLength(1);
    assertClean('log', logLines);
  });

  it('a 40164 from stable_token explains the whitelist and leaks nothing', async () => {
    emulator.setFaults([{ endpoint: 'stable_token', kind: 'errcode', errcode: 40164 }]);
    const fresh = await createCore({
      mode: 'web',
      version: 'test',
      dataDir: mkdtempSync(path.join(os.tmpdir(), 'canary-data-')),
      persistAccounts: false,
      secrets: new MemorySecretStore(),
      downloads: { chooseFolder: () => Promise.resolve(null), finish: () => ({ kind: 'cancelled' }) },
      emit: () => undefined,
      demo: false,
      envAccount: { appId: APP_ID, appSecret: SECRET, apiBase: emulator.url },
    });
    const envelope = await createDispatcher(fresh.handlers, { logger: createLogger((l) => logLines.push(l)) })(
      'accounts:test',
      { accountId: 'env' },
      true,
    );
    emulator.clearFaults();
    await fresh.close();
    expect(envelope).toMatchObject({ ok: false, error: { code: 'WX_40164', errClass: 'ip-whitelist' } });
    const error = (envelope as { ok: false; error: { message: { zh: string; en: string } } }).error;
    expect(error.message.zh).toMatch(/白名单/);
    expect(error.message.en).toMatch(/whitelist/i);
    assertClean('40164', envelope);
  });

  it('log lines hold codes, never secrets', () => {
    expect(logLines.length).toBeGreaterThan(5);
    for (const line of logLines) assertClean('log', line);
  });
});
