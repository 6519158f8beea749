import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  PathEscapeError,
  containedPath,
  containedPathSync,
  isPlainSegment,
} from '../../../../electron/core/fs/contained-path';
import { idFileName } from '../../../../electron/core/fs/id-file-name';

const root = mkdtempSync(path.join(os.tmpdir(), 'contained-'));
const outside = mkdtempSync(path.join(os.tmpdir(), 'outside-'));
writeFileSync(path.join(outside, 'secret.bin'), 'secret');
mkdirSync(path.join(root, 'real'));
symlinkSync(outside, path.join(root, 'link'));
symlinkSync(path.join(outside, 'secret.bin'), path.join(root, 'real', 'file-link.bin'));

const BAD_PARTS = ['..', '.', '', 'a/b', '../x', 'a\\b', '..\\x', 'C:x', 'c:', 'a\0b', '/etc', 'x\n', 'a'.repeat(256)];

describe('containedPath', () => {
  it('joins plain parts below the root, existing or not', async () => {
    expect(await containedPath(root, 'real', 'new.bin')).toBe(path.join(root, 'real', 'new.bin'));
    expect(await containedPath(root, 'not-yet', 'deeper', 'x.bin')).toBe(path.join(root, 'not-yet', 'deeper', 'x.bin'));
    expect(containedPathSync(root, 'real', 'new.bin')).toBe(path.join(root, 'real', 'new.bin'));
  });

  it.each(BAD_PARTS)('throws for the part %j (async and sync)', async (part) => {
    await expect(containedPath(root, 'real', part)).rejects.toBeInstanceOf(PathEscapeError);
    expect(() => containedPathSync(root, part)).toThrow(PathEscapeError);
  });

  it('throws with no part at all (the root itself is never a file we address)', async () => {
    await expect(containedPath(root)).rejects.toBeInstanceOf(PathEscapeError);
  });

  it('does not follow a symlink below the root, to a folder or to a file', async () => {
    await expect(containedPath(root, 'link', 'secret.bin')).rejects.toBeInstanceOf(PathEscapeError);
    await expect(containedPath(root, 'link')).rejects.toBeInstanceOf(PathEscapeError);
    await expect(containedPath(root, 'real', 'file-link.bin')).rejects.toBeInstanceOf(PathEscapeError);
    expect(() => containedPathSync(root, 'link', 'secret.bin')).toThrow(PathEscapeError);
    expect(() => containedPathSync(root, 'real', 'file-link.bin')).toThrow(PathEscapeError);
  });

  it('either throws or answers a path strictly inside the root, for any parts', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(fc.string(), fc.constantFrom(...BAD_PARTS)), { maxLength: 4 }),
        async (parts) => {
          let result: string;
          try {
            result = await containedPath(root, ...parts);
          } catch (err) {
            return err instanceof PathEscapeError;
          }
          const rel = path.relative(root, result);
          return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel) && parts.every(isPlainSegment);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('idFileName', () => {
  it('keeps plain ids (existing files keep their names) and hashes everything else', () => {
    expect(idFileName('acc_1')).toBe('acc_1');
    expect(idFileName('zUUtT8ZYeXzZ4slFbtnAks-nZeGiPQmwvhShTh72CqM')).toBe(
      'zUUtT8ZYeXzZ4slFbtnAks-nZeGiPQmwvhShTh72CqM',
    );
    for (const odd of ['..', '../../tmp/x', 'a/b', 'a.b', 'CON', 'nul', 'lpt1', 'ä', 'a'.repeat(101)]) {
      expect(idFileName(odd)).toMatch(/^h\.[0-9a-f]{40}$/);
    }
  });

  it('is always one plain segment and never maps two ids to one name', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(isPlainSegment(idFileName(a))).toBe(true);
        if (a !== b) expect(idFileName(a)).not.toBe(idFileName(b));
      }),
      { numRuns: 2000 },
    );
  });
});
