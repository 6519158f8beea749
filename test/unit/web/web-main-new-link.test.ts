/**
 * `npm run web` started without a terminal (as a service manager does): the real web bundle, built with
 * the production esbuild settings, says how to get a new link once the printed one is used, and both
 * ways work: `--new-link` (another process, same data folder) and `kill -USR2 <pid>`. A second server on
 * the same data folder does not start. Nothing here touches the user's real data folder.
 */
import { execFile, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const tmp = mkdtempSync(path.join(os.tmpdir(), 'web-main-'));
// Built by the project's own esbuild config, inside the repository so its externals (sharp) resolve.
const outDir = path.join('.out', `vitest-web-main-${process.pid}`);
const bundle = path.join(outDir, 'web', 'server.cjs');
const dataDir = path.join(tmp, 'data');
const env = {
  ...process.env,
  SUCAIDESK_DATA_DIR: dataDir,
  SUCAIDESK_NO_DEMO: '1',
  PORT: '0',
  WX_APPID: '',
  WX_APPSECRET: '',
};
let child: ChildProcessWithoutNullStreams;
let out = '';

function waitFor(re: RegExp, from = 0): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out waiting for ${re}:\n${out}`)), 15_000);
    const check = () => {
      const m = re.exec(out.slice(from));
      if (!m) return;
      clearTimeout(timer);
      child.stdout.off('data', check);
      resolve(m);
    };
    child.stdout.on('data', check);
    check();
  });
}

beforeAll(async () => {
  await run(process.execPath, ['esbuild.config.mjs', '--only=web'], { env: { ...process.env, SUCAIDESK_OUT: outDir } });
  // stdin is a pipe, not a TTY: the server cannot expect anyone to press Enter.
  child = spawn(process.execPath, [bundle], { env, stdio: 'pipe' });
  child.stdout.setEncoding('utf8').on('data', (c: string) => (out += c));
  await waitFor(/The link works once/);
}, 60_000);

afterAll(async () => {
  if (child?.exitCode === null) {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
  await rm(outDir, { recursive: true, force: true });
});

describe('a new link without a terminal', () => {
  it('prints the data folder and the --new-link command and signal, not "press Enter"', () => {
    expect(out).toContain(`data folder: ${dataDir}`);
    expect(out).toContain(`SUCAIDESK_DATA_DIR=${dataDir} npm run web -- --new-link`);
    expect(out).toContain(`kill -USR2 ${child.pid}`);
    expect(out).not.toMatch(/press Enter/);
  });

  it('repeats how to get a new link once the printed one was used', async () => {
    const link = /(http:\/\/127\.0\.0\.1:\d+\/\?t=[a-f0-9]+)/.exec(out)![1];
    const mark = out.length;
    expect((await fetch(link, { redirect: 'manual' })).status).toBe(302);
    await waitFor(/--new-link/, mark);
  });

  it('--new-link from another process prints a link that works once', async () => {
    const { stdout } = await run(process.execPath, [bundle, '--new-link'], { env });
    const link = stdout.trim();
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?t=[a-f0-9]{48}$/);
    expect((await fetch(link, { redirect: 'manual' })).status).toBe(302);
    expect((await fetch(link, { redirect: 'manual' })).status).toBe(403);
  });

  it.runIf(process.platform !== 'win32')('kill -USR2 prints a new link in the server output', async () => {
    const mark = out.length;
    child.kill('SIGUSR2');
    const [, link] = await waitFor(/browser mode: (http:\/\/127\.0\.0\.1:\d+\/\?t=[a-f0-9]+)/, mark);
    expect((await fetch(link, { redirect: 'manual' })).status).toBe(302);
  });

  it('a second server on the same data folder does not start', async () => {
    const second = await run(process.execPath, [bundle], { env }).catch((err: { code: number; stdout: string }) => err);
    expect('code' in second ? second.code : 0).toBe(1);
    expect(second.stdout).toMatch(/Already running/);
  });

  it('stops on SIGTERM and removes its channel, so --new-link then says no server runs', async () => {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    expect(existsSync(path.join(dataDir, 'run', 'web-control.json'))).toBe(false);
    const after = await run(process.execPath, [bundle, '--new-link'], { env }).catch(
      (err: { code: number; stderr: string }) => err,
    );
    expect('code' in after ? after.code : 0).toBe(1);
    expect(after.stderr).toMatch(/No SucaiDesk browser-mode server is running/);
  });
});
