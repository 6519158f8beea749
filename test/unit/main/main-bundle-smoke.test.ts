import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { CHANNELS } from '@shared/channels';

// Builds the real main bundle with the production esbuild settings, then loads it in plain Node
// with a stub `electron` module: it must register every channel, the app:// protocol, lock the
// permissions and create a window with the hardened options.
describe('main bundle under a stub electron', () => {
  it('registers every channel and creates a hardened window', async () => {
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'sucaidesk-main-')), 'main', 'main.cjs');
    await build({
      entryPoints: ['electron/main/main.ts'],
      outfile: out,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      external: ['electron'],
      logLevel: 'silent',
    });
    const stdout = execFileSync(process.execPath, ['-r', path.resolve('test/fakes/electron-stub.cjs'), out], {
      encoding: 'utf8',
      timeout: 20_000,
    });
    const line = stdout.split('\n').find((l) => l.startsWith('STUB-RECORD '));
    expect(line).toBeDefined();
    const record = JSON.parse(line!.slice('STUB-RECORD '.length)) as {
      handles: string[];
      listens?: string[];
      windows: { options: { webPreferences: Record<string, unknown> }; url: string }[];
      protocols: string[];
      privileged: { scheme: string }[];
      singleInstance: boolean;
      permissionsLocked: boolean;
    };
    expect([...record.handles].sort()).toEqual([...CHANNELS].sort());
    expect(record.listens).toEqual(['library:startDrag']); // the one one-way channel: desktop drag-out
    expect(record.protocols).toEqual(['app']);
    expect(record.privileged.map((p) => p.scheme)).toEqual(['app']);
    expect(record.singleInstance).toBe(true);
    expect(record.permissionsLocked).toBe(true);
    expect(record.windows).toHaveLength(1);
    const prefs = record.windows[0].options.webPreferences;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false });
    expect(String(prefs.preload)).toMatch(/preload[\\/]preload\.cjs$/);
    expect(record.windows[0].url).toBe('app://bundle/index.html');
  });
});
