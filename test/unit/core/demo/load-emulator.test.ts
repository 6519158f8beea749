// The emulator is its own bundle, required only when the demo account starts; the app's bundles do not contain it.
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { EMULATOR_BUNDLE, loadEmulator } from '../../../../electron/core/demo/load-emulator';

describe('the demo emulator is loaded lazily from its own bundle', () => {
  it('requires the bundle found next to the running bundle', async () => {
    const dist = await mkdtemp(path.join(os.tmpdir(), 'dist-'));
    await mkdir(path.join(dist, 'emulator'));
    await writeFile(path.join(dist, EMULATOR_BUNDLE), 'exports.DEMO_APP_ID = "from-the-bundle";');
    expect((await loadEmulator(dist)).DEMO_APP_ID).toBe('from-the-bundle');
  });

  it('falls back to the source module when there is no bundle (tests, tsx)', async () => {
    const mod = await loadEmulator(path.join(os.tmpdir(), 'no-such-dist'));
    expect(typeof mod.startEmulator).toBe('function');
  });

  it.each([
    ['main', 'electron/main/main.ts'],
    ['web', 'electron/web/main.ts'],
  ])('the %s bundle contains no file of electron/emulator', async (_name, entry) => {
    const out = path.join(await mkdtemp(path.join(os.tmpdir(), 'bundle-')), 'out.cjs');
    const result = await build({
      entryPoints: [entry],
      outfile: out,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      external: ['electron', 'sharp'], // as esbuild.config.mjs
      alias: { '@shared': './electron/shared' },
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((i) => i.startsWith('electron/core/'))).toBe(true);
    expect(inputs.filter((i) => i.startsWith('electron/emulator/'))).toEqual([]);
  });
});
