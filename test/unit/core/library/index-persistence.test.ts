import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QuarantineLog } from '../../../../electron/core/fs/quarantine';
import { LibraryIndex } from '../../../../electron/core/index/library-index';
import { indexPaths, COMPACT_DIRTY_ITEMS } from '../../../../electron/core/index/index-store';
import { readRecords } from '../../../../electron/core/index/index-log';
import { INDEX_KINDS, type IndexKind, type IndexedItem } from '../../../../electron/core/index/index-types';

function item(id: string, kind: IndexKind = 'image', t = 1_700_000_000, name = `${id}.png`): IndexedItem {
  return { id, kind, name, updateTime: t, thumbUrl: `https://mmbiz.qpic.cn/x/${id}` };
}

function items(n: number, prefix = 'M', kind: IndexKind = 'image'): IndexedItem[] {
  return Array.from({ length: n }, (_, i) => item(`${prefix}${i}`, kind, 1_700_000_000 - i * 60));
}

/** Everything a reopen must reproduce: each kind's items in display order, and its counts. */
function contentOf(index: LibraryIndex) {
  return INDEX_KINDS.map((k) => ({ kind: k, state: index.state(k), items: index.ordered(k) }));
}

function tempFile(): string {
  return path.join(mkdtempSync(path.join(os.tmpdir(), 'idx-persist-')), 'acc.json');
}

/** A copy of the index's files in a fresh folder (the originals stay untouched). */
function copyIndex(file: string, logBytes?: number): string {
  const to = tempFile();
  const from = indexPaths(file);
  const dest = indexPaths(to);
  if (existsSync(from.snapshot)) copyFileSync(from.snapshot, dest.snapshot);
  if (existsSync(from.log)) {
    const log = readFileSync(from.log);
    writeFileSync(dest.log, logBytes === undefined ? log : log.subarray(0, logBytes));
  }
  return to;
}

describe('index persistence: snapshot + append-only log', () => {
  it('a 20-item change appends one small record and leaves the snapshot alone', async () => {
    const file = tempFile();
    const paths = indexPaths(file);
    const a = await LibraryIndex.open(file);
    a.replaceAll('image', items(COMPACT_DIRTY_ITEMS + 1), COMPACT_DIRTY_ITEMS + 1, 5);
    await a.flush(); // a large change: written as a snapshot
    const snapBefore = statSync(paths.snapshot);
    const logBefore = statSync(paths.log).size;
    const written = a.bytesWritten();
    a.upsert('image', items(20, 'NEW'));
    await a.flush();
    expect(statSync(paths.snapshot).mtimeMs).toBe(snapBefore.mtimeMs);
    const appended = statSync(paths.log).size - logBefore;
    expect(appended).toBeGreaterThan(0);
    expect(appended).toBeLessThan(8 * 1024);
    expect(a.bytesWritten() - written).toBe(appended);
    expect(readRecords(readFileSync(paths.log)).records).toHaveLength(2); // header + this save
    expect(contentOf(await LibraryIndex.open(file))).toEqual(contentOf(a));
  });

  it('a crash at any byte of the last append reopens with the state before it', async () => {
    const file = tempFile();
    const { log } = indexPaths(file);
    const a = await LibraryIndex.open(file);
    a.replaceAll('image', items(12), 12, 100);
    a.addNewest(item('NEWEST', 'image', 1));
    await a.flush();
    const before = contentOf(a);
    const cut = statSync(log).size;
    a.upsert('image', [item('M3', 'image', 1_700_000_000 - 180, 'renamed.png'), item('X1')]);
    a.remove('image', ['M5', 'M6']);
    a.markSynced('image', 11, 200);
    await a.flush();
    const after = contentOf(a);
    const end = statSync(log).size;
    expect(end).toBeGreaterThan(cut + 8);
    for (let bytes = cut; bytes < end; bytes++) {
      const copy = copyIndex(file, bytes);
      const reopened = await LibraryIndex.open(copy);
      expect(contentOf(reopened), `log cut at ${bytes} of ${end}`).toEqual(before);
      if ((bytes - cut) % 64 !== 1) continue;
      // The torn tail was rewritten away: the next save appends after good records only.
      reopened.upsert('image', [item('AFTER')]);
      await reopened.flush();
      expect(contentOf(await LibraryIndex.open(copy)).find((k) => k.kind === 'image')?.state.count).toBe(
        before.find((k) => k.kind === 'image')!.state.count + 1,
      );
    }
    expect(contentOf(await LibraryIndex.open(copyIndex(file, end)))).toEqual(after);
  });

  it('a damaged record before the end sets the log aside and keeps what precedes it', async () => {
    const file = tempFile();
    const { log } = indexPaths(file);
    const a = await LibraryIndex.open(file);
    a.upsert('image', [item('A')]);
    await a.flush();
    const good = contentOf(a);
    const damageAt = statSync(log).size + 12; // inside the next record's payload
    a.upsert('image', [item('B')]);
    await a.flush();
    a.upsert('image', [item('C')]);
    await a.flush();
    const bytes = readFileSync(log);
    bytes[damageAt] ^= 0xff;
    writeFileSync(log, bytes);
    const qlog = new QuarantineLog();
    const reopened = await LibraryIndex.open(file, qlog);
    expect(contentOf(reopened)).toEqual(good);
    expect(qlog.list()).toMatchObject([{ kind: 'index', original: 'acc.index-log', reason: 'corrupt', recovered: 1 }]);
    expect(readdirSync(path.dirname(file)).some((n) => n.startsWith('acc.index-log.quarantined-'))).toBe(true);
    expect(contentOf(await LibraryIndex.open(file))).toEqual(good); // compacted at open: stable from here
  });

  it('compacts when the log outgrows its threshold; a crash between snapshot and new log loses nothing', async () => {
    const file = tempFile();
    const paths = indexPaths(file);
    const a = await LibraryIndex.open(file);
    a.replaceAll('image', items(50), 50, 1);
    await a.flush();
    let saves = 0;
    // Small saves until one of them compacts (the log shrinks back to its header).
    let previous = statSync(paths.log).size;
    let staleLog: Buffer | null = null;
    for (; saves < 400; saves++) {
      const logBefore = readFileSync(paths.log);
      a.upsert('image', [item(`S${saves}`, 'image', 1_600_000_000, `s-${saves}-${'x'.repeat(1500)}.png`)]);
      await a.flush();
      const size = statSync(paths.log).size;
      if (size < previous) {
        staleLog = logBefore;
        break;
      }
      previous = size;
    }
    expect(staleLog).not.toBeNull();
    expect(readRecords(readFileSync(paths.log)).records).toHaveLength(1); // just the header
    const state = contentOf(a);
    expect(contentOf(await LibraryIndex.open(file))).toEqual(state);
    // Put the previous generation's log back, as if the crash came after the snapshot, before the fresh log.
    writeFileSync(paths.log, staleLog!);
    expect(contentOf(await LibraryIndex.open(file))).toEqual(state);
  });

  it('migrates a v1 whole-file index on first open, then removes it', async () => {
    const file = tempFile();
    const v1Items = items(25).map((i, n) => (n === 3 ? { ...i, titles: ['标题'], authors: ['小王'] } : i));
    const legacy = {
      version: 1,
      kinds: {
        image: { items: v1Items, total: 40, syncedAt: 777 },
        news: { items: [item('N1', 'news', 5)], total: 1, syncedAt: 778 },
      },
    };
    writeFileSync(file, JSON.stringify(legacy));
    const a = await LibraryIndex.open(file);
    expect(a.state('image')).toEqual({ count: 25, total: 40, syncedAt: 777 });
    expect(a.ordered('image')).toEqual(v1Items);
    expect(a.ordered('news')).toEqual([item('N1', 'news', 5)]);
    expect(existsSync(file)).toBe(false);
    expect(existsSync(indexPaths(file).snapshot)).toBe(true);
    expect(contentOf(await LibraryIndex.open(file))).toEqual(contentOf(a));
  });

  it('a corrupt snapshot is set aside and the index starts empty (the next sync rebuilds it)', async () => {
    const file = tempFile();
    const paths = indexPaths(file);
    const a = await LibraryIndex.open(file);
    a.replaceAll('image', items(COMPACT_DIRTY_ITEMS + 1), COMPACT_DIRTY_ITEMS + 1, 5);
    await a.flush();
    writeFileSync(paths.snapshot, '{"version":2,"gen":1');
    const qlog = new QuarantineLog();
    const b = await LibraryIndex.open(file, qlog);
    expect(b.state('image').count).toBe(0);
    expect(qlog.list()).toMatchObject([{ kind: 'index', original: 'acc.snapshot.json', reason: 'corrupt' }]);
  });

  it('a full re-list that drops an id another kind also holds re-sorts that kind at once, as reopening does', async () => {
    // The property below found this (CI, seed 681783143): ranks are per id, and replaceAll dropped the
    // shared rank without telling the other kind, whose cached order then differed from the reopened one.
    const file = tempFile();
    let index = await LibraryIndex.open(file);
    index.upsert('draft', [item('a', 'draft', 3, ''), item('d', 'draft', 3, '')]);
    await index.flush();
    index = await LibraryIndex.open(file);
    expect(index.ordered('draft').map((i) => i.id)).toEqual(['a', 'd']); // the order is now cached
    index.upsert('image', [item('d', 'image', 1, '')]);
    index.replaceAll('image', [], 0, 9);
    const expected = contentOf(index);
    await index.flush();
    expect(contentOf(await LibraryIndex.open(file))).toEqual(expected);
  });

  it('property: any sequence of changes and saves reopens to the same state', async () => {
    const id = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h');
    const kind = fc.constantFrom<IndexKind>('image', 'news', 'draft');
    const change = fc.oneof(
      fc.record({
        t: fc.constant('upsert' as const),
        kind,
        list: fc.array(fc.record({ id, time: fc.integer({ min: 1, max: 5 }), name: fc.string({ maxLength: 6 }) }), {
          maxLength: 5,
        }),
      }),
      fc.record({ t: fc.constant('newest' as const), kind, id, time: fc.integer({ min: 1, max: 5 }) }),
      fc.record({ t: fc.constant('remove' as const), kind, ids: fc.array(id, { maxLength: 3 }) }),
      fc.record({ t: fc.constant('synced' as const), kind, total: fc.nat(50), at: fc.nat(1e6) }),
      fc.record({
        t: fc.constant('replace' as const),
        kind,
        ids: fc.uniqueArray(id, { maxLength: 5 }),
        total: fc.nat(50),
      }),
      fc.constant({ t: 'save' as const }),
      fc.constant({ t: 'reopen' as const }),
    );
    // Now and then a change too large for the log, so saves also compact.
    const bulk = fc.record({ t: fc.constant('bulk' as const), kind, time: fc.integer({ min: 1, max: 5 }) });
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof({ arbitrary: change, weight: 30 }, bulk), { maxLength: 25 }),
        async (changes) => {
          const file = tempFile();
          let index = await LibraryIndex.open(file);
          for (const c of changes) {
            if (c.t === 'upsert')
              index.upsert(
                c.kind,
                c.list.map((x) => item(x.id, c.kind, x.time, x.name)),
              );
            else if (c.t === 'newest') index.addNewest(item(c.id, c.kind, c.time));
            else if (c.t === 'remove') index.remove(c.kind, c.ids);
            else if (c.t === 'synced') index.markSynced(c.kind, c.total, c.at);
            else if (c.t === 'replace')
              index.replaceAll(
                c.kind,
                c.ids.map((x, n) => item(x, c.kind, n % 3)),
                c.total,
                9,
              );
            else if (c.t === 'bulk') index.upsert(c.kind, items(COMPACT_DIRTY_ITEMS + 1, `B${c.time}-`, c.kind));
            else if (c.t === 'save') await index.flush();
            else {
              const expected = contentOf(index);
              await index.flush();
              index = await LibraryIndex.open(file);
              expect(contentOf(index)).toEqual(expected);
            }
          }
          const expected = contentOf(index);
          await index.flush();
          expect(contentOf(await LibraryIndex.open(file))).toEqual(expected);
        },
      ),
      { numRuns: 150 },
    );
  });
});
