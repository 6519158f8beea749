import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

// The built main bundle under the stub electron (test/fakes/electron-stub.cjs, STUB_QUIT=1): quitting
// is prevented until the core has closed, then main exits the app itself (electron/main/flush-on-quit.ts).
describe('main bundle: quit waits for the core', () => {
  it('prevents will-quit, closes the core, then calls app.exit(0)', async () => {
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'sucaidesk-quit-')), 'main', 'main.cjs');
    await build({
      entryPoints: ['electron/main/main.ts'],
      outfile: out,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      external: ['electron'],
      alias: { '@shared': './electron/shared' },
      logLevel: 'silent',
    });
    const stdout = execFileSync(process.execPath, ['-r', path.resolve('test/fakes/electron-stub.cjs'), out], {
      encoding: 'utf8',
      timeout: 20_000,
      env: { ...process.env, STUB_QUIT: '1' },
    });
    const line = stdout.split('\n').find((l) => l.startsWith('STUB-RECORD '));
    const record = JSON.parse(line!.slice('STUB-RECORD '.length)) as {
      quitListeners: number;
      quitPrevented?: boolean;
      exitCode?: number;
    };
    expect(record).toMatchObject({ quitListeners: 1, quitPrevented: true, exitCode: 0 });
  });
});
