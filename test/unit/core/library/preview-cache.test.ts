/**
 * The preview cache (electron/core/library/preview-cache.ts): one download per item however many Range
 * requests arrive, files on disk (not memory), bounded by entries and bytes, emptied when the app starts.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PreviewCache, type PreviewFill } from '../../../../electron/core/library/preview-cache';
import { makePng } from '../../../fakes/png';

const png = makePng(8, 8, 1);

function filler(bytes: Buffer = png) {
  const calls: string[] = [];
  const fill: PreviewFill = async (dir) => {
    calls.push(dir);
    await new Promise((r) => setTimeout(r, 20));
    const file = path.join(dir, 'item.png');
    writeFileSync(file, bytes);
    return { path: file, bytes: bytes.length };
  };
  return { fill, calls };
}

async function root() {
  return path.join(await mkdtemp(path.join(os.tmpdir(), 'preview-cache-')), 'preview-cache');
}

describe('PreviewCache', () => {
  it('downloads once for concurrent requests and answers the sniffed type', async () => {
    const cache = new PreviewCache(await root());
    const { fill, calls } = filler();
    const got = await Promise.all([1, 2, 3, 4].map(() => cache.get('acc', 'M1', fill)));
    expect(calls).toHaveLength(1);
    expect(new Set(got.map((g) => g?.file)).size).toBe(1);
    expect(got[0]?.contentType).toBe('image/png');
    expect((await readFile(got[0]!.file)).equals(png)).toBe(true);
    await cache.get('acc', 'M1', fill);
    expect(calls).toHaveLength(1);
  });

  it('keeps each item in a folder derived from its ids, inside the cache root', async () => {
    const dir = await root();
    const cache = new PreviewCache(dir);
    const got = await cache.get('acc', 'a/../../b', filler().fill);
    expect(path.relative(dir, got!.file).startsWith('..')).toBe(false);
  });

  it('evicts the least recently used past its entry and byte limits, deleting their files', async () => {
    const cache = new PreviewCache(await root(), { maxEntries: 2, maxBytes: png.length * 10 });
    const { fill } = filler();
    const a = await cache.get('acc', 'A', fill);
    const b = await cache.get('acc', 'B', fill);
    await cache.get('acc', 'A', fill); // A is now the most recent
    await cache.get('acc', 'C', fill);
    expect(existsSync(a!.file)).toBe(true);
    expect(existsSync(b!.file)).toBe(false);
    expect(cache.size().entries).toBe(2);

    const small = new PreviewCache(await root(), { maxEntries: 10, maxBytes: png.length * 2 });
    for (const id of ['1', '2', '3']) await small.get('acc', id, fill);
    expect(small.size()).toEqual({ entries: 2, bytes: png.length * 2 });
  });

  it('downloads again when its file went missing, and answers null (leaving nothing) when the fill fails', async () => {
    const cache = new PreviewCache(await root());
    const { fill, calls } = filler();
    const first = await cache.get('acc', 'M', fill);
    await rm(first!.file);
    await cache.get('acc', 'M', fill);
    expect(calls).toHaveLength(2);
    let failedDir = '';
    const failing: PreviewFill = (dir) => {
      failedDir = dir;
      return Promise.reject(new Error('refused'));
    };
    expect(await cache.get('acc', 'X', failing)).toBeNull();
    expect(existsSync(failedDir)).toBe(false);
  });

  it('starts empty: what a previous run left is removed on first use', async () => {
    const dir = await root();
    mkdirSync(path.join(dir, 'acc', 'OLD'), { recursive: true });
    writeFileSync(path.join(dir, 'acc', 'OLD', 'left.mp4'), 'x');
    await new PreviewCache(dir).get('acc', 'NEW', filler().fill);
    expect(existsSync(path.join(dir, 'acc', 'OLD'))).toBe(false);
  });
});
