/** A real emulator + WeChat client + UploadsService in a temp data dir, for the queue's core tests. */
import { mkdtemp, mkdir, writeFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  DEMO_APP_ID,
  DEMO_APP_SECRET,
  startEmulator,
  type Emulator,
  type EmulatorOptions,
} from '../../../../electron/emulator';
import { createWeChatClient, type WeChatClient } from '../../../../electron/core/wechat/client';
import { StagingArea } from '../../../../electron/core/staging/staging-area';
import { TempMediaService } from '../../../../electron/core/uploads/temp-media';
import { UploadsService } from '../../../../electron/core/uploads/uploads-service';
import type { QueueOptions } from '../../../../electron/core/uploads/upload-queue';
import type { UploadsEvents } from '@shared/features/uploads.channels';
import type { MaterialItem } from '@shared/models';
import { makePng } from '../../../fakes/png';

export const ACCOUNT = 'acc1';

export interface Harness {
  emu: Emulator;
  dir: string;
  staging: StagingArea;
  client: WeChatClient;
  service: UploadsService;
  temp: TempMediaService;
  events: UploadsEvents['uploads:progress'][];
  added: MaterialItem[];
  /** Writes files and stages them (desktop style: real paths). */
  stage(files: { name: string; bytes: Buffer }[]): Promise<string[]>;
  /** A fresh service over the same data dir (a restart). */
  restart(opts?: Partial<QueueOptions>): Promise<UploadsService>;
  close(): Promise<void>;
}

export async function startHarness(
  emuOpts: EmulatorOptions = {},
  queueOptions: Partial<QueueOptions> = {},
): Promise<Harness> {
  const emu = await startEmulator({ enforceQuota: false, ...emuOpts });
  const dir = await mkdtemp(path.join(os.tmpdir(), 'uploads-test-'));
  const staging = new StagingArea();
  const client = createWeChatClient({ appId: DEMO_APP_ID, appSecret: DEMO_APP_SECRET, apiBase: emu.url });
  const events: Harness['events'] = [];
  const added: MaterialItem[] = [];
  const downloads = {
    chooseFolder: async () => {
      const d = path.join(dir, 'saved');
      await mkdir(d, { recursive: true });
      return d;
    },
    finish: (f: { path: string; bytes: number; sha256: string }) => ({ kind: 'saved' as const, ...f }),
  };
  const temp = new TempMediaService({ dataDir: dir, clientFor: () => Promise.resolve(client), downloads });
  const make = (opts: Partial<QueueOptions>) =>
    new UploadsService({
      dataDir: dir,
      clientFor: () => Promise.resolve(client),
      staging,
      temp,
      emit: (p) => events.push(p),
      noteAdded: (_a, item) => added.push(item),
      queueOptions: { backoff: { baseMs: 5, capMs: 40 }, emitIntervalMs: 20, ...queueOptions, ...opts },
    });
  let service = make({});
  let n = 0;
  const h: Harness = {
    emu,
    dir,
    staging,
    client,
    get service() {
      return service;
    },
    temp,
    events,
    added,
    async stage(files) {
      const folder = path.join(dir, `in-${n++}`);
      await mkdir(folder, { recursive: true });
      const paths: string[] = [];
      for (const f of files) {
        const p = path.join(folder, f.name);
        await writeFile(p, f.bytes);
        paths.push(p);
      }
      return (await staging.register(paths)).map((s) => s.token);
    },
    async restart(opts = {}) {
      await service.close();
      service = make(opts);
      await service.resumeAll([ACCOUNT]);
      return service;
    },
    async close() {
      await service.close();
      await emu.close();
      await staging.dispose();
      await rm(dir, { recursive: true, force: true });
    },
  };
  return h;
}

/** `count` distinct small PNGs named img-000.png… */
export function pngs(count: number, prefix = 'img', seed = 1): { name: string; bytes: Buffer }[] {
  return Array.from({ length: count }, (_, i) => ({
    name: `${prefix}-${String(i).padStart(3, '0')}.png`,
    bytes: makePng(8 + (i % 7), 8 + ((i * 3) % 5), seed * 1000 + i),
  }));
}

/** Live permanent images in the emulator ledger whose name starts with `prefix`. */
export function ledgerImages(emu: Emulator, prefix: string) {
  return emu.ledger(DEMO_APP_ID).filter((e) => e.kind === 'material' && !e.deleted && e.name.startsWith(prefix));
}
