/**
 * Builds the real main bundle (electron/main/main.ts, production esbuild settings) and runs it in
 * plain Node with the stub `electron` of test/fakes/electron-stub.cjs; returns what the stub recorded
 * (its `STUB-RECORD {json}` line). Electron itself cannot run on these machines.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';

export async function runMainUnderStub<T>(env: Record<string, string> = {}): Promise<T> {
  const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'sucaidesk-main-')), 'main', 'main.cjs');
  await build({
    entryPoints: ['electron/main/main.ts'],
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // As esbuild.config.mjs: sharp is required at run time (lazily, on the first thumbnail), never inlined.
    external: ['electron', 'sharp'],
    logLevel: 'silent',
  });
  const stdout = execFileSync(process.execPath, ['-r', path.resolve('test/fakes/electron-stub.cjs'), out], {
    encoding: 'utf8',
    timeout: 20_000,
    env: { ...process.env, ...env },
  });
  const line = stdout.split('\n').find((l) => l.startsWith('STUB-RECORD '));
  if (!line) throw new Error(`the stub recorded nothing:\n${stdout}`);
  return JSON.parse(line.slice('STUB-RECORD '.length)) as T;
}
