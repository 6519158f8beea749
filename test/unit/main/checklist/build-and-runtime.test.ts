/**
 * Electron security checklist, the runtime we ship (items 16 and 19). Offline, "current" means:
 * pinned to one exact, supported version that is the one installed; the Electron version is raised
 * deliberately (this floor moves with it).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from './source-scan';

const pkg = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as {
  devDependencies: Record<string, string>;
};

describe('checklist: the runtime we ship', () => {
  it('item 16: Electron is pinned exactly, installed at that version, and not older than 45', () => {
    const pinned = pkg.devDependencies.electron ?? '';
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
    const installed = (
      JSON.parse(readFileSync(path.join(REPO, 'node_modules/electron/package.json'), 'utf8')) as { version: string }
    ).version;
    expect(installed).toBe(pinned);
    expect(Number(pinned.split('.')[0])).toBeGreaterThanOrEqual(45);
  });

  it('item 19: the packaged binary has its risky fuses flipped off (electron-builder.yml)', () => {
    const text = readFileSync(path.join(REPO, 'electron-builder.yml'), 'utf8');
    expect(text).toMatch(/^asar: true$/m);
    // The indented `key: bool` lines right under `electronFuses:` (the file is flat YAML).
    const block = /^electronFuses:\n((?:[ ]+\w+: (?:true|false)\n)+)/m.exec(text)?.[1] ?? '';
    const fuses = Object.fromEntries(
      block
        .trim()
        .split('\n')
        .map((l) => l.trim().split(': '))
        .map(([k, v]) => [k, v === 'true']),
    );
    expect(fuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });
});
