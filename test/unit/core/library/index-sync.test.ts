import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makePng } from '../../../fakes/png';
import { emulatorWithClient } from '../../fixtures/emulator-client';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_APP_ID, type Emulator } from '../../../../electron/emulator/index';
import { type WeChatClient } from '../../../../electron/core/wechat/client';
import { LibraryIndex } from '../../../../electron/core/index/library-index';
import { pageFetcher, type ListedPage, type PageFetcher } from '../../../../electron/core/index/kind-sources';
import { fullSync, incrementalSync, mapBounded } from '../../../../electron/core/index/index-sync';
import type { IndexedItem } from '../../../../electron/core/index/index-types';

let emu: Emulator;
let client: WeChatClient;

beforeAll(async () => {
  ({ emu, client } = await emulatorWithClient());
});
afterAll(() => emu.close());
beforeEach(() => emu.reset());

const listCalls = () => emu.calls().filter((c) => c.endpoint === 'material/batchget_material').length;

describe('sync against the emulator', () => {
  it('full sync lists every page once; an unchanged re-sync costs exactly 1 call', async () => {
    emu.seed(DEMO_APP_ID, { images: 45 });
    const index = await LibraryIndex.open(null);
    const fetch = pageFetcher(client, 'image');
    const full = await fullSync(index, 'image', fetch);
    expect(full).toMatchObject({ mode: 'full', calls: 3, total: 45, verified: true, changed: 45 });
    const ledgerIds = emu
      .ledger(DEMO_APP_ID)
      .filter((e) => e.type === 'image')
      .map((e) => e.mediaId)
      .sort();
    expect(
      index
        .ordered('image')
        .map((i) => i.id)
        .sort(),
    ).toEqual(ledgerIds);

    const before = listCalls();
    const again = await incrementalSync(index, 'image', fetch);
    expect(again).toMatchObject({ mode: 'incremental', calls: 1, changed: 0, verified: true });
    expect(listCalls() - before).toBe(1);
  });

  it('incremental sync picks up new items from the first pages only', async () => {
    emu.seed(DEMO_APP_ID, { images: 60 });
    const index = await LibraryIndex.open(null);
    const fetch = pageFetcher(client, 'image');
    await fullSync(index, 'image', fetch);
    emu.advanceClock(120_000);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sync-'));
    for (let i = 0; i < 3; i++) {
      const file = path.join(dir, `new-${i}.png`);
      writeFileSync(file, makePng(8, 8, i));
      await client.material.add('image', file); // uploaded outside the app: newest in the listing
    }
    const r = await incrementalSync(index, 'image', fetch);
    expect(r).toMatchObject({ mode: 'incremental', changed: 3, total: 63, verified: true });
    expect(r.calls).toBe(2); // page 0 holds the new items, page 1 only known ones: stop there
    expect(index.state('image').count).toBe(63);
  });

  it('a delete made elsewhere is caught by the total check and repaired by a full sync', async () => {
    emu.seed(DEMO_APP_ID, { images: 30 });
    const index = await LibraryIndex.open(null);
    const fetch = pageFetcher(client, 'image');
    await fullSync(index, 'image', fetch);
    const victim = index.ordered('image')[25].id;
    await client.material.del(victim); // not through the app: the index does not know
    const r = await incrementalSync(index, 'image', fetch);
    expect(r.mode).toBe('full');
    expect(index.get('image', victim)).toBeUndefined();
    expect(index.state('image')).toMatchObject({ count: 29, total: 29 });
  });

  it('drafts and legacy news index their titles and authors', async () => {
    emu.seed(DEMO_APP_ID, { news: 3, drafts: 2 });
    const index = await LibraryIndex.open(null);
    await fullSync(index, 'draft', pageFetcher(client, 'draft'));
    await fullSync(index, 'news', pageFetcher(client, 'news'));
    expect(index.state('draft').count).toBe(2);
    expect(index.query({ kinds: ['news'], text: 'sucaidesk', sort: 'date-desc', offset: 0, limit: 5 }).total).toBe(3);
  });
});

function fakeList(n: number): IndexedItem[] {
  return Array.from({ length: n }, (_, i) => ({ id: `F${i}`, kind: 'image', name: `f${i}`, updateTime: 10_000 - i }));
}

describe('sync logic', () => {
  it('fetches pages with at most `concurrency` in flight', async () => {
    const all = fakeList(200);
    let inFlight = 0;
    let peak = 0;
    const fetch: PageFetcher = async (offset, count) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await new Promise((r) => setTimeout(r, 5));
      inFlight--;
      return { total: all.length, items: all.slice(offset, offset + count) };
    };
    const index = await LibraryIndex.open(null);
    const r = await fullSync(index, 'image', fetch, { concurrency: 4 });
    expect(peak).toBe(4);
    expect(r).toMatchObject({ calls: 10, verified: true });
  });

  it('dedupes repeated items of a shifting list and retries the pass once when the total is short', async () => {
    const all = fakeList(40);
    let pass = 0;
    const fetch: PageFetcher = (offset, count): Promise<ListedPage> => {
      if (offset === 0) pass++;
      // First pass: page 2 repeats the end of page 1 (an insert shifted the list), so F39 is missed.
      const start = pass === 1 && offset === 20 ? 19 : offset;
      return Promise.resolve({ total: 40, items: all.slice(start, start + count) });
    };
    const index = await LibraryIndex.open(null);
    const r = await fullSync(index, 'image', fetch);
    expect(pass).toBe(2);
    expect(r).toMatchObject({ verified: true, total: 40 });
    expect(index.state('image').count).toBe(40);
  });

  it('mapBounded keeps result order', async () => {
    expect(await mapBounded([3, 1, 2], 2, (x) => Promise.resolve(x * 2))).toEqual([6, 2, 4]);
  });
});
