/**
 * Where browser mode keeps its data (accounts' indexes, the upload journal, the temp-media ledger, the
 * thumbnail cache). By default a persistent folder per user, so an interrupted upload queue and the
 * temp-media list survive a restart: the platform's data folder from env-paths ($XDG_DATA_HOME/sucaidesk
 * or ~/.local/share/sucaidesk on Linux, ~/Library/Application Support/sucaidesk on macOS,
 * %LOCALAPPDATA%\sucaidesk\Data on Windows). SUCAIDESK_DATA_DIR overrides it; a throwaway folder is
 * used only when asked for (`--temp-data` or SUCAIDESK_TEMP_DATA=1; the e2e suite does).
 */
import { chmod, mkdir, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import envPaths from 'env-paths';

export interface WebDataDir {
  dir: string;
  /** Where it came from: the platform default, SUCAIDESK_DATA_DIR, or a temporary folder. */
  source: 'default' | 'env' | 'temp';
}

export const TEMP_DATA_FLAG = '--temp-data';

/** The platform's per-user data folder for SucaiDesk (no `-nodejs` suffix: this is an app, not a library). */
export function defaultWebDataDir(): string {
  return envPaths('sucaidesk', { suffix: '' }).data;
}

/** True when the command line or the environment asks for a throwaway data folder. */
export function wantsTempData(env: NodeJS.ProcessEnv, argv: readonly string[]): boolean {
  return argv.includes(TEMP_DATA_FLAG) || env.SUCAIDESK_TEMP_DATA === '1';
}

/** Which folder, without touching the disk (the `--new-link` client needs it too). */
export function chooseWebDataDir(env: NodeJS.ProcessEnv): Omit<WebDataDir, 'source'> & { source: 'default' | 'env' } {
  const fromEnv = env.SUCAIDESK_DATA_DIR?.trim();
  return fromEnv ? { dir: path.resolve(fromEnv), source: 'env' } : { dir: defaultWebDataDir(), source: 'default' };
}

/** Creates (private to this user) and returns the data folder browser mode runs on. */
export async function prepareWebDataDir(env: NodeJS.ProcessEnv, argv: readonly string[]): Promise<WebDataDir> {
  if (wantsTempData(env, argv)) {
    // mkdtemp creates the folder 0700.
    return { dir: await mkdtemp(path.join(os.tmpdir(), 'sucaidesk-web-')), source: 'temp' };
  }
  const chosen = chooseWebDataDir(env);
  const created = await mkdir(chosen.dir, { recursive: true, mode: 0o700 });
  // A folder we just made is ours to lock down (mkdir's mode is filtered by the umask); one the user
  // pointed us at keeps the permissions they gave it, and the secrets inside are 0600 files anyway.
  if (created !== undefined || chosen.source === 'default') await chmod(chosen.dir, 0o700).catch(() => undefined);
  return chosen;
}
