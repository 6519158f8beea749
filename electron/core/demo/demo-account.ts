/**
 * The offline demo account: our own WeChat emulator, started in-process on loopback and seeded
 * with sample images, voice, video, legacy 图文 and drafts, so a first start shows a working app
 * without credentials or network. The emulator's code is loaded only here, and only when the demo
 * starts (electron/core/demo/load-emulator.ts).
 */
import type { Emulator } from '../../emulator/index';
import { loadEmulator, type EmulatorModule } from './load-emulator';

export const DEMO_ACCOUNT_ID = 'demo';

export interface DemoAccount {
  emulator: Emulator;
  appId: string;
  appSecret: string;
  apiBase: string;
}

export interface DemoOptions {
  /** Fixed only when tests need to reach the emulator's ledger. */
  port?: number;
  /**
   * Whether the demo emulator serves its admin routes (/__emulator/*: ledger, faults, reset…).
   * Off for users: any local program could otherwise rewrite the demo account. The e2e suite sets
   * SUCAIDESK_EMULATOR_ADMIN=1 (test/e2e/global-setup.ts), which electron/web/main.ts reads.
   */
  admin?: boolean;
  /** How the emulator's code is found (tests may pass their own). */
  load?: () => Promise<EmulatorModule>;
}

/** SUCAIDESK_EMULATOR_ADMIN=1 turns the admin routes on; the entry points read the environment, once. */
export function adminFromEnv(env: Readonly<Record<string, string | undefined>>): boolean {
  return env.SUCAIDESK_EMULATOR_ADMIN === '1';
}

/** Starts the demo emulator. */
export async function startDemoAccount(opts: DemoOptions = {}): Promise<DemoAccount> {
  const { startEmulator, DEMO_APP_ID, DEMO_APP_SECRET } = await (opts.load ?? loadEmulator)();
  const emulator = await startEmulator({ port: opts.port ?? 0, admin: opts.admin === true });
  // The curated set (named photos, voice, video, 图文, drafts) plus generated images, so paging shows.
  emulator.seed(DEMO_APP_ID, { demo: true, images: 34 });
  return { emulator, appId: DEMO_APP_ID, appSecret: DEMO_APP_SECRET, apiBase: emulator.url };
}
