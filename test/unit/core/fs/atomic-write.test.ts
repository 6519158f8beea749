import { readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPartial, sweepPartials } from '../../../../electron/core/fs/atomic-write';
import { tempDir } from '../files/fixtures';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
});
afterEach(() => cleanup());

describe('atomic files', () => {
  it('writes to a .partial and publishes under the final name only on commit', async () => {
    const p = await createPartial(dir, '图片.jpg');
    expect(p.path).toMatch(/图片\.[0-9a-f]{16}\.partial$/);
    await p.write(Buffer.from('hello '));
    await p.write(Buffer.from('world'));
    expect(await readdir(dir)).toEqual([basename(p.path)]);
    const final = await p.commit('图片.jpg');
    expect(final).toBe(join(dir, '图片.jpg'));
    expect(await readdir(dir)).toEqual(['图片.jpg']);
    expect((await readFile(final)).toString()).toBe('hello world');
  });

  it('never overwrites: takes the next free "name (n).ext"', async () => {
    await writeFile(join(dir, 'a.png'), 'one');
    await writeFile(join(dir, 'a (1).png'), 'two');
    const p = await createPartial(dir, 'a.png');
    await p.write(Buffer.from('three'));
    expect(await p.commit('a.png')).toBe(join(dir, 'a (2).png'));
    expect((await readFile(join(dir, 'a.png'))).toString()).toBe('one');
    expect((await readFile(join(dir, 'a (1).png'))).toString()).toBe('two');
  });

  it('discard removes the partial and is idempotent', async () => {
    const p = await createPartial(dir, 'x.bin');
    await p.write(Buffer.from('data'));
    await p.discard();
    await p.discard();
    expect(await readdir(dir)).toEqual([]);
  });

  it('sweeps only our stale partials', async () => {
    const stale = join(dir, 'old.0123456789abcdef.partial');
    const fresh = join(dir, 'new.fedcba9876543210.partial');
    await writeFile(stale, 'x');
    await writeFile(fresh, 'x');
    await writeFile(join(dir, 'user.partial'), 'not ours');
    const past = new Date(Date.now() - 10 * 60_000);
    await utimes(stale, past, past);
    expect(await sweepPartials(dir)).toBe(1);
    expect((await readdir(dir)).sort()).toEqual(['new.fedcba9876543210.partial', 'user.partial']);
  });
});
