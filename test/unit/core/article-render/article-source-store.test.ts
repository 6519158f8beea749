/** The per-account theme/source store (electron/core/article-render/article-source-store.ts). */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ArticleSourceStore,
  ArticleSourceStores,
  MAX_CHARS,
  MAX_DRAFTS,
} from '../../../../electron/core/article-render/article-source-store';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sucaidesk-sources-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('ArticleSourceStore', () => {
  it('gives back what was saved while the revision and article count match, across a restart', async () => {
    const file = join(dir, 'acc.json');
    await new ArticleSourceStore(file).remember('M1', 'rev1', [{ theme: 'tech', source: '<p class="wx-p">a</p>' }, {}]);
    const reopened = new ArticleSourceStore(file);
    expect(await reopened.recall('M1', 'rev1', 2)).toEqual([{ theme: 'tech', source: '<p class="wx-p">a</p>' }, {}]);
    expect(await reopened.recall('M2', 'rev1', 2)).toBeNull();
  });

  it('drops an entry once the draft changed elsewhere (another revision or article count)', async () => {
    const file = join(dir, 'acc.json');
    const store = new ArticleSourceStore(file);
    await store.remember('M1', 'rev1', [{ theme: 'minimal', source: 'x' }]);
    expect(await store.recall('M1', 'rev2', 1)).toBeNull();
    expect(await store.recall('M1', 'rev1', 1)).toBeNull();
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ version: 1, drafts: {} });
  });

  it('forgets deleted drafts and drafts saved without theme or source', async () => {
    const store = new ArticleSourceStore(join(dir, 'acc.json'));
    await store.remember('M1', 'r', [{ theme: 'tech' }]);
    await store.remember('M2', 'r', [{ source: 'y' }]);
    await store.forget(['M1']);
    await store.remember('M2', 'r2', [{}]);
    expect(await store.recall('M1', 'r', 1)).toBeNull();
    expect(await store.recall('M2', 'r2', 1)).toBeNull();
  });

  it('ignores a damaged or foreign file instead of failing', async () => {
    const file = join(dir, 'acc.json');
    for (const body of [
      '{not json',
      JSON.stringify({ version: 2, drafts: {} }),
      JSON.stringify({ version: 1, drafts: { M: { revision: 1 } } }),
    ]) {
      writeFileSync(file, body);
      const store = new ArticleSourceStore(file);
      expect(await store.recall('M', 'r', 1)).toBeNull();
      await store.remember('M', 'r', [{ theme: 'literary' }]);
      expect(await new ArticleSourceStore(file).recall('M', 'r', 1)).toEqual([{ theme: 'literary' }]);
    }
  });

  it('keeps at most MAX_DRAFTS drafts and MAX_CHARS of source, oldest saves dropped first', async () => {
    let t = 0;
    const store = new ArticleSourceStore(null, () => ++t);
    for (let i = 0; i < MAX_DRAFTS + 5; i++) await store.remember(`M${i}`, 'r', [{ theme: 'tech' }]);
    expect(await store.recall('M4', 'r', 1)).toBeNull();
    expect(await store.recall('M5', 'r', 1)).toEqual([{ theme: 'tech' }]);

    const big = 'x'.repeat(Math.floor(MAX_CHARS / 3));
    for (const id of ['B1', 'B2', 'B3', 'B4']) await store.remember(id, 'r', [{ source: big }]);
    expect(await store.recall('B1', 'r', 1)).toBeNull();
    expect(await store.recall('B4', 'r', 1)).toEqual([{ source: big }]);
  });

  it('serialises concurrent saves (no lost update)', async () => {
    const file = join(dir, 'acc.json');
    const store = new ArticleSourceStore(file);
    await Promise.all(['A', 'B', 'C', 'D'].map((id) => store.remember(id, 'r', [{ theme: 'minimal' }])));
    const reopened = new ArticleSourceStore(file);
    for (const id of ['A', 'B', 'C', 'D']) expect(await reopened.recall(id, 'r', 1)).not.toBeNull();
  });

  it('keeps one file per account, with a safe name', async () => {
    const stores = new ArticleSourceStores(dir);
    await stores.for('acc-1').remember('M', 'r', [{ theme: 'tech' }]);
    expect(readFileSync(join(dir, 'acc-1.json'), 'utf8')).toContain('"tech"');
    // An id that is not a plain token never becomes a path of its own (electron/core/fs/id-file-name.ts).
    await stores.for('acc/../1').remember('M', 'r', [{ theme: 'minimal' }]);
    expect(readdirSync(dir).filter((f) => f.includes('..') || f.includes('/'))).toEqual([]);
    expect(readdirSync(dir).filter((f) => f.startsWith('h.'))).toHaveLength(1);
    expect(stores.for('acc/../1')).toBe(stores.for('acc/../1'));
    // Removing the account removes its file.
    await stores.forget('acc-1');
    expect(readdirSync(dir)).not.toContain('acc-1.json');
  });
});
