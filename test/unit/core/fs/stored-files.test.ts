// Every on-disk format is read through its schema; a corrupt or unknown file is set aside with a
// timestamp, reported once, and never stops the app (electron/core/fs/versioned-json.ts).
import { appendFile, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AccountStore } from '../../../../electron/core/accounts/account-store';
import { readSealedSecrets } from '../../../../electron/core/accounts/sealed-secrets-file';
import { MemorySecretStore } from '../../../../electron/core/accounts/secret-store';
import { QuarantineLog } from '../../../../electron/core/fs/quarantine';
import { LibraryIndex } from '../../../../electron/core/index/library-index';
import type { JobRecord } from '../../../../electron/core/uploads/job';
import { jobRecordSchema } from '../../../../electron/core/uploads/job-schema';
import { Journal, loadJournal } from '../../../../electron/core/uploads/journal';
import { TempLedger } from '../../../../electron/core/uploads/temp-ledger';

const NOW = Date.UTC(2026, 0, 2, 3, 4, 5, 6);
const now = () => NOW;
const ASIDE_LEDGER = 'acc.temp.json.quarantined-20260102T030405006Z';

async function folder(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), 'stored-'));
}

function job(id: string, over: Partial<JobRecord> = {}): JobRecord {
  return {
    id,
    name: `${id}.png`,
    size: 10,
    mode: 'permanent',
    type: 'image',
    status: 'sending',
    transferred: 0,
    attempts: 1,
    path: `/tmp/${id}.png`,
    owned: false,
    sentName: `${id}.png`,
    seq: 1,
    ...over,
  };
}

describe('library index (a cache)', () => {
  it.each([
    ['not JSON', '{"version":1,"kinds":{', 'corrupt'],
    [
      'wrong shape',
      JSON.stringify({ version: 1, kinds: { image: { items: [{ id: 5 }], total: 1, syncedAt: 1 } } }),
      'corrupt',
    ],
    ['unknown version', JSON.stringify({ version: 7, kinds: {} }), 'unknown-version'],
  ])('%s: set aside, reported, started empty and rebuilt on the next write', async (_label, text, reason) => {
    const dir = await folder();
    const file = path.join(dir, 'acc.json');
    await writeFile(file, text);
    const log = new QuarantineLog();
    const index = await LibraryIndex.open(file, log);
    expect(index.state('image').count).toBe(0);
    expect(log.list()).toMatchObject([{ kind: 'index', original: 'acc.json', reason }]);
    const aside = log.list()[0]?.asideAs ?? '';
    expect(aside).toMatch(/^acc\.json\.quarantined-\d{8}T\d{9}Z$/);
    expect(await readFile(path.join(dir, aside), 'utf8')).toBe(text);
    index.addNewest({ id: 'm1', kind: 'image', name: 'a.png', updateTime: 1 });
    await index.flush();
    const again = await LibraryIndex.open(file, log);
    expect(again.find('m1')?.name).toBe('a.png');
    expect(log.list()).toHaveLength(1);
  });
});

describe('accounts.json', () => {
  it.each([
    ['not JSON', 'nope', 'corrupt'],
    ['wrong shape', JSON.stringify({ version: 1, accounts: [{ id: '../x', name: 1 }] }), 'corrupt'],
    ['unknown version', JSON.stringify({ version: 2, accounts: [] }), 'unknown-version'],
  ])('%s: the app starts without it and says so', async (_label, text, reason) => {
    const dir = await folder();
    const file = path.join(dir, 'accounts.json');
    await writeFile(file, text);
    const log = new QuarantineLog();
    const store = await AccountStore.open(file, new MemorySecretStore(), log);
    expect(store.list()).toEqual([]);
    expect(log.list()).toMatchObject([{ kind: 'accounts', original: 'accounts.json', reason }]);
    expect(await readdir(dir)).toEqual([expect.stringMatching(/^accounts\.json\.quarantined-/)]);
  });
});

describe('upload journal (never loses what may have reached WeChat)', () => {
  async function written(dir: string): Promise<string> {
    const file = path.join(dir, 'acc.journal');
    const j = new Journal<JobRecord>(file);
    await j.open({ jobs: new Map(), hashes: new Map() });
    await j.append({ op: 'put', job: job('a', { status: 'sending', ambiguous: true, startedAt: 5 }) });
    await j.append({ op: 'hash', sha256: 'ab'.repeat(32), mediaId: 'MEDIA_1', name: 'x.png', type: 'image' });
    await j.append({ op: 'put', job: job('b', { status: 'done', mediaId: 'MEDIA_2' }) });
    await j.close();
    return file;
  }

  it('a torn last line (crash mid-append) is dropped quietly; every complete record is read', async () => {
    const dir = await folder();
    const file = await written(dir);
    await appendFile(file, '{"op":"put","job":{"id":"c","na');
    const log = new QuarantineLog();
    const state = await loadJournal<JobRecord>(file, { jobSchema: jobRecordSchema, log, now });
    expect([...state.jobs.keys()]).toEqual(['a', 'b']);
    expect(state.jobs.get('a')).toMatchObject({ ambiguous: true, startedAt: 5 });
    expect(state.hashes.get('ab'.repeat(32))?.mediaId).toBe('MEDIA_1');
    expect(log.list()).toEqual([]);
  });

  it('garbage inside: the file is kept aside AND its readable lines are recovered', async () => {
    const dir = await folder();
    const file = await written(dir);
    const original = await readFile(file, 'utf8');
    const lines = original.trimEnd().split('\n');
    lines.splice(2, 0, '\u0000\u0000garbage{{', JSON.stringify({ op: 'put', job: { id: 'z', status: 'teleported' } }));
    const damaged = `${lines.join('\n')}\n${JSON.stringify({ op: 'del', id: 'nobody' })}\n`;
    await writeFile(file, damaged);
    const log = new QuarantineLog();
    const state = await loadJournal<JobRecord>(file, { jobSchema: jobRecordSchema, log, now });
    expect([...state.jobs.keys()]).toEqual(['a', 'b']);
    expect(state.jobs.get('b')?.mediaId).toBe('MEDIA_2');
    expect(state.hashes.size).toBe(1);
    expect(log.list()).toEqual([
      {
        kind: 'journal',
        original: 'acc.journal',
        asideAs: 'acc.journal.quarantined-20260102T030405006Z',
        reason: 'corrupt',
        at: NOW,
        recovered: 4,
      },
    ]);
    expect(await readFile(path.join(dir, 'acc.journal.quarantined-20260102T030405006Z'), 'utf8')).toBe(damaged);
    // Re-opening writes the recovered state back under the journal's own name.
    const j = new Journal<JobRecord>(file);
    await j.open(state);
    await j.close();
    const reread = await loadJournal<JobRecord>(file, { jobSchema: jobRecordSchema, log, now });
    expect([...reread.jobs.keys()]).toEqual(['a', 'b']);
    expect(log.list()).toHaveLength(1);
  });

  it('a journal of an unknown version is kept aside, and records that read are still recovered', async () => {
    const dir = await folder();
    const file = path.join(dir, 'acc.journal');
    await writeFile(file, `{"op":"header","version":9}\n${JSON.stringify({ op: 'put', job: job('a') })}\n`);
    const log = new QuarantineLog();
    const state = await loadJournal<JobRecord>(file, { jobSchema: jobRecordSchema, log, now });
    expect([...state.jobs.keys()]).toEqual(['a']);
    expect(log.list()).toMatchObject([{ kind: 'journal', reason: 'unknown-version', recovered: 1 }]);
  });

  it('journals written before the header are read as they are', async () => {
    const dir = await folder();
    const file = path.join(dir, 'acc.journal');
    await writeFile(file, `${JSON.stringify({ op: 'put', job: job('a') })}\n`);
    const log = new QuarantineLog();
    const state = await loadJournal<JobRecord>(file, { jobSchema: jobRecordSchema, log });
    expect([...state.jobs.keys()]).toEqual(['a']);
    expect(log.list()).toEqual([]);
  });
});

describe('temporary-media ledger (not a cache: kept aside, never deleted)', () => {
  const row = { mediaId: 'T1', type: 'image', name: 'a.png', createdAt: 1, expiresAt: 2, source: 'uploaded' };

  it('reads the earlier bare-array format, and writes a versioned file', async () => {
    const dir = await folder();
    const file = path.join(dir, 'acc.temp.json');
    await writeFile(file, JSON.stringify([row]));
    const log = new QuarantineLog();
    const ledger = await TempLedger.open(file, now, log);
    expect(ledger.get('T1')?.name).toBe('a.png');
    await ledger.put({ ...row, mediaId: 'T2', type: 'voice', source: 'fetched' });
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({
      version: 1,
      rows: [{ mediaId: 'T1' }, { mediaId: 'T2' }],
    });
    expect(log.list()).toEqual([]);
  });

  it.each([
    ['not JSON', '[{"mediaId":', 'corrupt'],
    ['wrong shape', JSON.stringify({ version: 1, rows: [{ ...row, cache: { path: 5 } }] }), 'corrupt'],
    ['unknown version', JSON.stringify({ version: 3, rows: [] }), 'unknown-version'],
  ])('%s: set aside and reported, the app carries on', async (_label, text, reason) => {
    const dir = await folder();
    const file = path.join(dir, 'acc.temp.json');
    await writeFile(file, text);
    const log = new QuarantineLog();
    const ledger = await TempLedger.open(file, now, log);
    expect(ledger.list('acc')).toEqual([]);
    expect(log.list()).toMatchObject([{ kind: 'temp-ledger', reason, asideAs: ASIDE_LEDGER }]);
  });
});

describe('sealed secrets file', () => {
  it('reads the earlier bare map and the versioned file', async () => {
    const dir = await folder();
    const file = path.join(dir, 'secrets.json');
    await writeFile(file, JSON.stringify({ acc_1: 'v1:safeStorage:QUJD' }));
    expect(await readSealedSecrets(file)).toEqual({ acc_1: 'v1:safeStorage:QUJD' });
    await writeFile(file, JSON.stringify({ version: 1, sealed: { acc_2: 'v1:safeStorage:' } }));
    expect(await readSealedSecrets(file)).toEqual({ acc_2: 'v1:safeStorage:' });
  });

  it.each([
    ['not JSON', '{', 'corrupt'],
    ['a value that is not a sealed secret', JSON.stringify({ acc_1: 'plain-text-secret' }), 'corrupt'],
    ['unknown version', JSON.stringify({ version: 2, sealed: {} }), 'unknown-version'],
  ])('%s: set aside and reported', async (_label, text, reason) => {
    const dir = await folder();
    const file = path.join(dir, 'secrets.json');
    await writeFile(file, text);
    const log = new QuarantineLog();
    expect(await readSealedSecrets(file, log, now)).toEqual({});
    expect(log.list()).toMatchObject([
      { kind: 'secrets', reason, asideAs: 'secrets.json.quarantined-20260102T030405006Z' },
    ]);
  });
});
