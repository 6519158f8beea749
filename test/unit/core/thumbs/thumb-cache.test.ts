import { mkdtemp, readdir, rm, stat, symlink, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ThumbCache } from '../../../../electron/core/thumbs/thumb-cache';

let root: string;
let clock: number;
const now = () => clock;
const file = (name: string) => path.join(root, 'acc_1', name);
const kb = (n: number) => Buffer.alloc(n * 1024, 7);

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'thumb-cache-'));
  clock = Date.parse('2026-01-01T00:00:00Z');
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe('ThumbCache', () => {
  it('evicts the least recently used files once over its limit', async () => {
    const cache = new ThumbCache(root, 100 * 1024, now);
    for (const name of ['a', 'b', 'c']) {
      await cache.write(file(name), kb(30));
      clock += 120_000;
    }
    expect(await cache.read(file('a'))).not.toBeNull(); // a is now the most recently used
    clock += 120_000;
    await cache.write(file('d'), kb(30)); // 120 KB > 100 KB: drop the oldest use (b) until ≤ 90 KB
    expect((await readdir(path.join(root, 'acc_1'))).sort()).toEqual(['a', 'c', 'd']);
    expect(await cache.info()).toEqual({ bytes: 90 * 1024, count: 3, limitBytes: 100 * 1024 });
  });

  it('survives a restart: a new instance reads sizes and last use from the files', async () => {
    const first = new ThumbCache(root, 100 * 1024, now);
    await first.write(file('old'), kb(40));
    clock += 3_600_000;
    await first.write(file('new'), kb(40));
    expect((await stat(file('new'))).mtimeMs).toBeGreaterThan((await stat(file('old'))).mtimeMs);

    const second = new ThumbCache(root, 100 * 1024, now);
    expect(await second.info()).toMatchObject({ bytes: 80 * 1024, count: 2 });
    clock += 3_600_000;
    await second.write(file('newest'), kb(40));
    expect((await readdir(path.join(root, 'acc_1'))).sort()).toEqual(['new', 'newest']);
  });

  it('a hit refreshes the file time (at most once a minute), which is what a restart sees', async () => {
    const cache = new ThumbCache(root, 1024 * 1024, now);
    await cache.write(file('x'), kb(1));
    const written = (await stat(file('x'))).mtimeMs;
    clock += 10 * 60_000;
    await cache.read(file('x'));
    expect((await stat(file('x'))).mtimeMs).toBeGreaterThan(written);
  });

  it('clear() deletes every account folder and counts zero', async () => {
    const cache = new ThumbCache(root, 1024 * 1024, now);
    await cache.write(file('x'), kb(2));
    await cache.write(path.join(root, 'acc_2', 'y'), kb(2));
    await cache.clear();
    expect(await readdir(root)).toEqual([]);
    expect(await cache.info()).toMatchObject({ bytes: 0, count: 0 });
    expect(await cache.read(file('x'))).toBeNull();
  });

  it('does not count or follow a symlinked folder, and ignores partial writes', async () => {
    const outside = await mkdtemp(path.join(os.tmpdir(), 'thumb-outside-'));
    await writeFile(path.join(outside, 'secret'), kb(50));
    await symlink(outside, path.join(root, 'acc_evil'));
    await mkdir(path.join(root, 'acc_1'));
    await writeFile(path.join(root, 'acc_1', 'x.0123456789abcdef.partial'), kb(5));
    const cache = new ThumbCache(root, 1024 * 1024, now);
    expect(await cache.info()).toMatchObject({ bytes: 0, count: 0 });
    await cache.clear();
    expect(await readdir(outside)).toEqual(['secret']);
    await rm(outside, { recursive: true, force: true });
  });
});
