import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { emulatorWithClient } from '../../fixtures/emulator-client';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_APP_ID, type Emulator } from '../../../../electron/emulator/index';
import { type WeChatClient } from '../../../../electron/core/wechat/client';
import { LibraryIndex } from '../../../../electron/core/index/library-index';
import { pageFetcher } from '../../../../electron/core/index/kind-sources';
import { fullSync } from '../../../../electron/core/index/index-sync';
import { bulkDelete, bulkDownload, type BulkDeps } from '../../../../electron/core/library/bulk-ops';
import { backup, type Manifest } from '../../../../electron/core/library/backup';
import type { DownloadTarget } from '../../../../electron/core/library/download-target';

let emu: Emulator;
let client: WeChatClient;
const events: unknown[] = [];
const noTarget: DownloadTarget = {
  chooseFolder: () => Promise.resolve(null),
  finish: () => ({ kind: 'cancelled' }),
};
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'bulk-'));

beforeAll(async () => {
  ({ emu, client } = await emulatorWithClient());
});
afterAll(() => emu.close());
beforeEach(() => {
  emu.reset();
  emu.clearFaults();
  events.length = 0;
});

async function deps(spec: Parameters<Emulator['seed']>[1]): Promise<BulkDeps> {
  emu.seed(DEMO_APP_ID, spec);
  const index = await LibraryIndex.open(null);
  for (const kind of ['image', 'voice', 'draft'] as const) await fullSync(index, kind, pageFetcher(client, kind));
  return { client, index, emit: (_e, p) => events.push(p) };
}

describe('bulk delete', () => {
  it('deletes, treats 40007 as already gone, and drops both from the index', async () => {
    const d = await deps({ images: 6 });
    const ids = d.index.ordered('image').map((i) => i.id);
    await client.material.del(ids[1]); // gone before the bulk delete
    const res = await bulkDelete(d, 'image', ids.slice(0, 3));
    expect(res.deleted).toEqual([ids[0], ids[2]]);
    expect(res.gone).toEqual([ids[1]]);
    expect(res.failed).toEqual([]);
    const ledger = emu.ledger(DEMO_APP_ID);
    for (const id of ids.slice(0, 3)) expect(ledger.find((e) => e.mediaId === id)?.deleted).toBe(true);
    expect(d.index.state('image').count).toBe(3);
    expect(events).toHaveLength(3);
  });

  it('stops at a daily-limit error instead of spending the rest of the calls', async () => {
    const d = await deps({ images: 4 });
    emu.setFaults([{ endpoint: 'material/del_material', kind: 'errcode', errcode: 45009 }]);
    const res = await bulkDelete(
      d,
      'image',
      d.index.ordered('image').map((i) => i.id),
    );
    expect(res.failed).toHaveLength(1);
    expect(res.failed[0].error.message.zh).toContain('00:00');
    expect(emu.calls().filter((c) => c.endpoint === 'material/del_material')).toHaveLength(1);
  });
});

describe('bulk download', () => {
  it('writes the exact bytes with the right extension and never overwrites', async () => {
    const d = await deps({ images: 3, voices: 1 });
    const folder = tmp();
    const ids = [...d.index.ordered('image').map((i) => i.id), d.index.ordered('voice')[0].id];
    const first = await bulkDownload({ ...d, downloads: noTarget }, ids, folder);
    expect(first.failed).toEqual([]);
    expect(first.saved).toHaveLength(4);
    const ledger = emu.ledger(DEMO_APP_ID);
    for (const s of first.saved) {
      if (s.outcome.kind !== 'saved') throw new Error('expected saved');
      expect(sha(readFileSync(s.outcome.path))).toBe(ledger.find((e) => e.mediaId === s.mediaId)!.sha256);
    }
    expect(readdirSync(folder).filter((n) => n.endsWith('.wav'))).toHaveLength(1);
    await bulkDownload({ ...d, downloads: noTarget }, ids.slice(0, 1), folder);
    const names = readdirSync(folder);
    expect(names).toHaveLength(5);
    expect(names.some((n) => / \(1\)\.png$/.test(n))).toBe(true);
  });

  it('a body cut off mid-way leaves no file behind', async () => {
    const d = await deps({ images: 1 });
    const folder = tmp();
    emu.setFaults([{ endpoint: 'material/get_material', kind: 'truncate' }]);
    const res = await bulkDownload({ ...d, downloads: noTarget }, [d.index.ordered('image')[0].id], folder);
    expect(res.saved).toEqual([]);
    expect(res.failed).toHaveLength(1);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('refuses a folder that does not exist before any API call', async () => {
    const d = await deps({ images: 1 });
    const before = emu.calls().length;
    await expect(
      bulkDownload({ ...d, downloads: noTarget }, [d.index.ordered('image')[0].id], '/no/such/folder/x'),
    ).rejects.toThrow(/FOLDER_NOT_FOUND/);
    expect(emu.calls().length).toBe(before);
  });
});

describe('backup', () => {
  it('writes a manifest; a second run fetches nothing; a damaged file is fetched again', async () => {
    const d = await deps({ images: 3, drafts: 2 });
    const folder = tmp();
    const items = [...d.index.ordered('image'), ...d.index.ordered('draft')];
    const run = () => backup({ ...d, accountId: 'demo' }, folder, items);
    const first = await run();
    expect(first).toMatchObject({ fetched: 5, skipped: 0, failed: [] });
    const manifest = JSON.parse(readFileSync(path.join(folder, 'manifest.json'), 'utf8')) as Manifest;
    expect(manifest.items).toHaveLength(5);
    const ledger = emu.ledger(DEMO_APP_ID);
    for (const e of manifest.items.filter((m) => m.type === 'image')) {
      expect(e.sha256).toBe(ledger.find((l) => l.mediaId === e.media_id)!.sha256);
      expect(sha(readFileSync(path.join(folder, e.file)))).toBe(e.sha256);
    }

    const callsBefore = emu.calls().length;
    expect(await run()).toMatchObject({ fetched: 0, skipped: 5 });
    expect(emu.calls().length).toBe(callsBefore);

    writeFileSync(path.join(folder, manifest.items[0].file), 'damaged');
    expect(await run()).toMatchObject({ fetched: 1, skipped: 4 });
  });
});

describe('backup never trusts manifest.json (issue 8, finding 4)', () => {
  const setUp = async () => {
    const d = await deps({ images: 2 });
    const parent = tmp();
    const folder = path.join(parent, 'backup');
    mkdirSync(folder);
    const victim = path.join(parent, 'victim.txt');
    writeFileSync(victim, 'keep me');
    const items = d.index.ordered('image');
    const run = () => backup({ ...d, accountId: 'demo' }, folder, items);
    return { d, parent, folder, victim, items, run };
  };
  const readManifest = (folder: string) =>
    JSON.parse(readFileSync(path.join(folder, 'manifest.json'), 'utf8')) as Manifest;
  const setAside = (folder: string) => readdirSync(folder).filter((n) => /^manifest\.corrupt-.*\.json$/.test(n));

  for (const file of ['../victim.txt', 'image/../../victim.txt', 'image/../../backup/../victim.txt']) {
    it(`a manifest entry "${file}" deletes nothing outside the folder; the manifest is set aside`, async () => {
      const { folder, victim, run } = await setUp();
      await run();
      const manifest = readManifest(folder);
      // A "changed" item makes backup replace its older copy: the crafted path must not be the one removed.
      manifest.items[0] = { ...manifest.items[0], file, update_time: 1 };
      writeFileSync(path.join(folder, 'manifest.json'), JSON.stringify(manifest));
      const res = await run();
      expect(readFileSync(victim, 'utf8')).toBe('keep me');
      expect(res.failed).toEqual([]);
      expect(setAside(folder)).toHaveLength(1);
      for (const e of readManifest(folder).items) expect(e.file).toMatch(/^image\/[^/\\]+$/);
    });
  }

  it('a manifest of an unknown version or shape is set aside and the backup rebuilds', async () => {
    const { folder, run } = await setUp();
    writeFileSync(path.join(folder, 'manifest.json'), JSON.stringify({ version: 2, items: [{ media_id: 'x' }] }));
    expect(await run()).toMatchObject({ fetched: 2, skipped: 0, failed: [] });
    expect(setAside(folder)).toHaveLength(1);
    writeFileSync(path.join(folder, 'manifest.json'), '{not json');
    expect(await run()).toMatchObject({ fetched: 2, skipped: 0 });
    expect(setAside(folder)).toHaveLength(2);
    expect(readManifest(folder).version).toBe(1);
  });

  it('never writes through a kind folder that is a symlink out of the backup folder', async () => {
    const { parent, folder, run } = await setUp();
    const outside = path.join(parent, 'outside');
    mkdirSync(outside);
    symlinkSync(outside, path.join(folder, 'image'));
    const res = await run();
    expect(readdirSync(outside)).toEqual([]);
    expect(res.fetched).toBe(0);
    expect(res.failed).toHaveLength(2);
    expect(res.failed[0].error.code).toBe('BACKUP_FOLDER_UNSAFE');
  });

  it('trusts its own collision names, even past 200 bytes: a re-run skips, nothing is set aside', async () => {
    const { folder, items, d } = await setUp();
    const long = items.map((i) => ({ ...i, name: '图'.repeat(100) }));
    const run = () => backup({ ...d, accountId: 'demo' }, folder, long);
    expect(await run()).toMatchObject({ fetched: 2, failed: [] });
    expect(readManifest(folder).items.some((e) => / \(1\)\.png$/.test(e.file))).toBe(true);
    expect(await run()).toMatchObject({ fetched: 0, skipped: 2 });
    expect(setAside(folder)).toEqual([]);
  });

  it('names files from the item with the one sanitizer (device names, bidi controls)', async () => {
    const { folder, items, d } = await setUp();
    const hostile = [{ ...items[0], name: 'AUX .\u202Egpj' }];
    await backup({ ...d, accountId: 'demo' }, folder, hostile);
    const names = readdirSync(path.join(folder, 'image'));
    expect(names).toEqual(['_AUX .gpj.png']);
  });
});
