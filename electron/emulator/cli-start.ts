/**
 * How `npm run emulator` starts the emulator: the port from $PORT, the demo account seeded, and
 * the admin routes on, because the CLI's purpose is to be driven by tests and scripts (the app's
 * in-process demo emulator leaves them off). Kept apart from cli.ts so a test can check it.
 */
import { DEMO_APP_ID, startEmulator } from './index';
import type { Emulator } from './index';

export async function startCliEmulator(env: Readonly<Record<string, string | undefined>>): Promise<Emulator> {
  const emu = await startEmulator({ port: Number(env.PORT || 0), admin: true });
  emu.seed(DEMO_APP_ID, { demo: true });
  return emu;
}
