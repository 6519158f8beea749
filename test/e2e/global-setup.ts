/**
 * Starts browser mode (`node dist/web/server.cjs`, built by `npm test` before this runs) with the
 * offline demo account, redeems the printed one-time link into a session cookie shared by every
 * test (storageState), and records the server and demo-emulator URLs and the session's API key (from
 * the redirect's `#k=` fragment; test/e2e/fixtures.ts puts it into each page's sessionStorage).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from '@playwright/test';
import { e2eReportDir } from './report-dir';

export interface E2eEnv {
  baseURL: string;
  emulatorURL: string;
  /** The browser-mode session's API key (electron/web/session-gate.ts). */
  apiKey: string;
}

export default async function globalSetup(): Promise<() => Promise<void>> {
  const reportDir = e2eReportDir();
  mkdirSync(reportDir, { recursive: true });
  // --temp-data: the suite never touches the user's real data folder (electron/web/data-dir.ts), even if
  // SUCAIDESK_DATA_DIR is set in the shell; the server deletes the folder when it stops.
  const child = spawn(process.execPath, [`${process.env.SUCAIDESK_OUT ?? 'dist'}/web/server.cjs`, '--temp-data'], {
    env: { ...process.env, PORT: '0', WX_APPID: '', WX_APPSECRET: '', SUCAIDESK_EMULATOR_ADMIN: '1' },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines: string[] = [];
  const { link, emulator } = await new Promise<{ link: string; emulator: string }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`web server did not start:\n${lines.join('\n')}`)), 30_000);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      lines.push(...chunk.split('\n'));
      const link = lines.map((l) => /(http:\/\/127\.0\.0\.1:\d+\/\?t=[a-f0-9]+)/.exec(l)?.[1]).find(Boolean);
      const emulator = lines.map((l) => /demo emulator: (http:\/\/127\.0\.0\.1:\d+)/.exec(l)?.[1]).find(Boolean);
      if (link && emulator) {
        clearTimeout(timer);
        resolve({ link, emulator });
      }
    });
    child.on('exit', (code) => reject(new Error(`web server exited with ${code}:\n${lines.join('\n')}`)));
  });
  const baseURL = new URL(link).origin;
  const ctx = await request.newContext();
  const res = await ctx.get(link, { maxRedirects: 0 });
  if (res.status() !== 302) throw new Error(`one-time link answered ${res.status()}`);
  const apiKey = /#k=([a-f0-9]{64})$/.exec(res.headers()['location'] ?? '')?.[1];
  if (!apiKey) throw new Error(`one-time link redirected to ${res.headers()['location']} (no #k= key)`);
  await ctx.storageState({ path: `${reportDir}/e2e-session.json` });
  await ctx.dispose();
  writeFileSync(
    `${reportDir}/e2e-env.json`,
    JSON.stringify({ baseURL, emulatorURL: emulator, apiKey } satisfies E2eEnv),
  );
  return async () => {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  };
}
