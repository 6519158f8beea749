import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LibraryIndex } from '../../../../electron/core/index/library-index';
import type { IndexedItem } from '../../../../electron/core/index/index-types';

function items(n: number, kind: IndexedItem['kind'] = 'image'): IndexedItem[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `M${i}`,
    kind,
    name: `${i % 2 ? '海报' : 'banner'}-${String(i).padStart(3, '0')}.png`,
    updateTime: 1_700_000_000 - i * 60,
    thumbUrl: `https://mmbiz.qpic.cn/x/${i}`,
  }));
}

const q = { kinds: ['image' as const], sort: 'date-desc' as const, offset: 0, limit: 20 };

describe('LibraryIndex', () => {
  it('pages newest first and reports the total', async () => {
    const index = await LibraryIndex.open(null);
    index.replaceAll('image', items(45), 45, 1);
    const p2 = index.query({ ...q, offset: 40 });
    expect(p2.total).toBe(45);
    expect(p2.items.map((i) => i.id)).toEqual(['M40', 'M41', 'M42', 'M43', 'M44']);
    expect(index.query({ ...q, sort: 'date-asc', limit: 2 }).items.map((i) => i.id)).toEqual(['M44', 'M43']);
  });

  it('searches name, media_id, titles and authors; every word must match; filters by date', async () => {
    const index = await LibraryIndex.open(null);
    index.replaceAll('image', items(45), 45, 1);
    index.replaceAll(
      'news',
      [
        {
          id: 'N1',
          kind: 'news',
          name: '春节活动',
          updateTime: 5,
          titles: ['春节活动', '年货清单'],
          authors: ['小王'],
        },
      ],
      1,
      1,
    );
    expect(index.query({ ...q, text: 'M7' }).items.map((i) => i.id)).toEqual(['M7']);
    expect(index.query({ ...q, text: '海报 01' }).items.map((i) => i.id)).toEqual([
      'M1',
      'M11',
      'M13',
      'M15',
      'M17',
      'M19',
    ]);
    expect(index.query({ ...q, kinds: ['news'], text: '年货' }).total).toBe(1);
    expect(index.query({ ...q, kinds: ['news'], text: '小王' }).total).toBe(1);
    expect(index.query({ ...q, kinds: ['news', 'image'], text: '春节' }).items[0]?.id).toBe('N1');
    const ranged = index.query({ ...q, from: 1_700_000_000 - 120, to: 1_700_000_000 - 60, withIds: true });
    expect(ranged.ids).toEqual(['M1', 'M2']);
  });

  it('sorts by name in both directions', async () => {
    const index = await LibraryIndex.open(null);
    index.replaceAll('image', items(4), 4, 1);
    // zh-CN collation (Han before Latin), numeric within names.
    expect(index.query({ ...q, sort: 'name-asc' }).items.map((i) => i.name)).toEqual([
      '海报-001.png',
      '海报-003.png',
      'banner-000.png',
      'banner-002.png',
    ]);
    expect(index.query({ ...q, sort: 'name-desc', limit: 1 }).items[0]?.name).toBe('banner-002.png');
  });

  it('puts items added in the app first and drops removed ones, adjusting the total', async () => {
    const index = await LibraryIndex.open(null);
    index.replaceAll('image', items(3), 3, 1);
    index.addNewest({ id: 'NEW', kind: 'image', name: 'new.png', updateTime: 1 });
    expect(index.query(q).items[0]?.id).toBe('M0'); // newer time still wins…
    index.addNewest({ id: 'NEW2', kind: 'image', name: 'new2.png', updateTime: 1_700_000_000 });
    expect(index.query(q).items[0]?.id).toBe('NEW2'); // …and ties go to the item added in the app
    expect(index.state('image')).toMatchObject({ count: 5, total: 5 });
    expect(index.remove('image', ['M1', 'nope'])).toBe(1);
    expect(index.state('image')).toMatchObject({ count: 4, total: 4 });
  });

  it('is stale when never synced or older than staleMs', async () => {
    const index = await LibraryIndex.open(null);
    expect(index.isStale('image', 1000, 60_000)).toBe(true);
    index.markSynced('image', 0, 1000);
    expect(index.isStale('image', 61_000, 60_000)).toBe(false);
    expect(index.isStale('image', 61_001, 60_000)).toBe(true);
  });

  it('persists atomically and reopens with the same content; a corrupt file starts empty', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'idx-'));
    const file = path.join(dir, 'acc.json');
    const a = await LibraryIndex.open(file);
    a.replaceAll('image', items(30), 30, 1234);
    await a.flush();
    // Saved incrementally beside `acc.json` (electron/core/index/index-store.ts): a log, no whole file.
    expect(readFileSync(path.join(dir, 'acc.index-log')).length).toBeGreaterThan(0);
    const b = await LibraryIndex.open(file);
    expect(b.state('image')).toEqual({ count: 30, total: 30, syncedAt: 1234 });
    expect(b.query(q).items[0]).toEqual(items(1)[0]);
    const { writeFileSync } = await import('node:fs');
    writeFileSync(path.join(dir, 'acc.index-log'), '{not json');
    expect((await LibraryIndex.open(file)).state('image').count).toBe(0);
  });

  it('searches 100,000 items well under 50 ms', async () => {
    const index = await LibraryIndex.open(null);
    index.replaceAll('image', items(100_000), 100_000, 1);
    index.query({ ...q, text: 'warm-up' });
    const t0 = performance.now();
    const res = index.query({ ...q, text: 'M99999' });
    const ms = performance.now() - t0;
    expect(res.items.map((i) => i.id)).toEqual(['M99999']);
    expect(ms).toBeLessThan(200); // generous for a loaded CI box; the benchmark quotes the real median
  });
});
