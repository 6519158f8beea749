/**
 * The offline demo account: our own WeChat emulator, started in-process on loopback and seeded
 * with sample images, voice, video, legacy 图文 and drafts, so a first start shows a working app
 * without credentials or network.
 */
import { startEmulator, DEMO_APP_ID, DEMO_APP_SECRET, type Emulator } from '../../emulator/index';

export const DEMO_ACCOUNT_ID = 'demo';

export interface DemoAccount {
  emulator: Emulator;
  appId: string;
  appSecret: string;
  apiBase: string;
}

/**
 * Whether the demo emulator serves its admin routes (/__emulator/*: ledger, faults, reset…).
 * Off for users: any local program could otherwise rewrite the demo account. The e2e suite sets
 * SUCAIDESK_EMULATOR_ADMIN=1 (test/e2e/global-setup.ts) because its tests read the ledger.
 */
export function adminFromEnv(env: Readonly<Record<string, string | undefined>>): boolean {
  return env.SUCAIDESK_EMULATOR_ADMIN === '1';
}

/** Starts the demo emulator; `port` is fixed only when tests need to reach its ledger. */
export async function startDemoAccount(
  port = 0,
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<DemoAccount> {
  const emulator = await startEmulator({ port, admin: adminFromEnv(env) });
  // The curated set (named photos, voice, video, 图文, drafts) plus generated images, so paging shows.
  emulator.seed(DEMO_APP_ID, { demo: true, images: 34 });
  return { emulator, appId: DEMO_APP_ID, appSecret: DEMO_APP_SECRET, apiBase: emulator.url };
}
