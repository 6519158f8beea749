/** Shared set-up of the upload benchmarks: a core UploadsService over a real WeChat client and staging. */
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DEMO_APP_ID, DEMO_APP_SECRET } from '../electron/emulator';
import { createWeChatClient } from '../electron/core/wechat/client';
import { StagingArea } from '../electron/core/staging/staging-area';
import { TempMediaService } from '../electron/core/uploads/temp-media';
import { UploadsService } from '../electron/core/uploads/uploads-service';

export const ACCOUNT = 'bench';

/** Builds the service against `apiBase`; the token is fetched before timing starts. */
export async function benchService(apiBase: string, concurrency = 4) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'upload-bench-'));
  const client = createWeChatClient({ appId: DEMO_APP_ID, appSecret: DEMO_APP_SECRET, apiBase });
  await client.testConnection();
  const staging = new StagingArea();
  const downloads = { chooseFolder: () => Promise.resolve(dir), finish: () => ({ kind: 'cancelled' as const }) };
  const temp = new TempMediaService({ dataDir: dir, clientFor: () => Promise.resolve(client), downloads });
  const service = new UploadsService({
    dataDir: dir,
    clientFor: () => Promise.resolve(client),
    staging,
    temp,
    emit: () => undefined,
    noteAdded: () => undefined,
    queueOptions: { concurrency },
  });
  return { dir, client, staging, service };
}

/** Writes `count` files made by `make(i)` into a fresh folder and returns their paths. */
export async function writeFiles(dir: string, count: number, name: (i: number) => string, make: (i: number) => Buffer) {
  const folder = path.join(dir, `files-${Math.random().toString(36).slice(2)}`);
  await mkdir(folder, { recursive: true });
  const paths: string[] = [];
  for (let i = 0; i < count; i++) {
    const p = path.join(folder, name(i));
    await writeFile(p, make(i));
    paths.push(p);
  }
  return paths;
}

/** Starts bench/upload-emulator-child.ts in its own Node process; resolves with its URL and a stopper. */
export async function startEmulatorProcess(latencyMs: number): Promise<{ url: string; stop(): void }> {
  const { spawn } = await import('node:child_process');
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(import.meta.dirname, 'upload-emulator-child.ts'), String(latencyMs)],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => {
      out += c;
      const m = /EMULATOR (\S+)/.exec(out);
      if (m) resolve(m[1]);
    });
    child.on('exit', (code) => reject(new Error(`emulator exited ${code}`)));
  });
  return { url, stop: () => child.kill('SIGTERM') };
}

/** Live permanent material whose name starts with `prefix`, from the emulator's admin ledger. */
export async function ledgerCount(url: string, prefix: string): Promise<number> {
  const rows = (await (await fetch(`${url}/__emulator/ledger`)).json()) as { kind: string; name: string }[];
  return rows.filter((r) => r.kind === 'material' && r.name.startsWith(prefix)).length;
}
