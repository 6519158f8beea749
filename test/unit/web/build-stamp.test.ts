/**
 * `npm run web` builds only when the sources changed (scripts/build-stamp.mjs, scripts/web.mjs): a stamp of
 * the sources' paths, sizes and mtimes is compared with the one written after the last build.
 */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildNeeded as needed,
  sourceDigest as digestOf,
  sourceFiles,
  writeStamp as stamp,
  WEB_OUTPUTS as outputs,
} from '../../../scripts/build-stamp.mjs';

function project() {
  const root = mkdtempSync(path.join(os.tmpdir(), 'stamp-'));
  for (const f of ['electron/web/main.ts', 'renderer/src/App.tsx', 'package.json', 'vite.config.ts']) {
    mkdirSync(path.dirname(path.join(root, f)), { recursive: true });
    writeFileSync(path.join(root, f), f);
  }
  const out = path.join(root, 'dist');
  for (const f of outputs) {
    mkdirSync(path.dirname(path.join(out, f)), { recursive: true });
    writeFileSync(path.join(out, f), 'built');
  }
  return { root, out };
}

describe('the build stamp', () => {
  it('lists the source trees and the build configuration, nothing else', () => {
    const { root } = project();
    writeFileSync(path.join(root, 'README.md'), 'docs');
    mkdirSync(path.join(root, 'electron', 'node_modules'));
    writeFileSync(path.join(root, 'electron', 'node_modules', 'x.js'), '');
    expect(sourceFiles(root)).toEqual([
      'electron/web/main.ts',
      'package.json',
      'renderer/src/App.tsx',
      'vite.config.ts',
    ]);
  });

  it('asks for a build without a stamp, and not after one for the same sources', () => {
    const { root, out } = project();
    expect(needed(root, out)).toBe('no build stamp');
    stamp(out, digestOf(root));
    expect(needed(root, out)).toBeNull();
  });

  it('asks again after an edit, a touch, a new file or a deleted one', () => {
    const { root, out } = project();
    const check = (change: () => void) => {
      stamp(out, digestOf(root));
      change();
      expect(needed(root, out)).toBe('sources changed');
    };
    check(() => writeFileSync(path.join(root, 'electron/web/main.ts'), 'edited, longer'));
    check(() => utimesSync(path.join(root, 'renderer/src/App.tsx'), new Date(), new Date(Date.now() + 5_000)));
    check(() => writeFileSync(path.join(root, 'electron/web/new.ts'), 'x'));
    check(() => rmSync(path.join(root, 'electron/web/new.ts')));
    check(() => writeFileSync(path.join(root, 'package.json'), '{"changed":true}'));
  });

  it('asks for a build when an output browser mode needs is missing, stamp or not', () => {
    const { root, out } = project();
    stamp(out, digestOf(root));
    rmSync(path.join(out, 'renderer', 'index.html'));
    expect(needed(root, out)).toBe('renderer/index.html is missing');
  });
});
