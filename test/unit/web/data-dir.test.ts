/**
 * Browser mode's data folder (electron/web/data-dir.ts): persistent per user by default (XDG on Linux),
 * SUCAIDESK_DATA_DIR overrides, a temporary folder only when asked for.
 */
import { statSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { chooseWebDataDir, defaultWebDataDir, prepareWebDataDir, wantsTempData } from '../../../electron/web/data-dir';

const savedXdg = process.env.XDG_DATA_HOME;
afterEach(() => {
  if (savedXdg === undefined) delete process.env.XDG_DATA_HOME;
  else process.env.XDG_DATA_HOME = savedXdg;
});

describe('the browser-mode data folder', () => {
  it.runIf(process.platform === 'linux')('defaults to $XDG_DATA_HOME/sucaidesk, else ~/.local/share/sucaidesk', () => {
    process.env.XDG_DATA_HOME = '/srv/xdg';
    expect(defaultWebDataDir()).toBe('/srv/xdg/sucaidesk');
    delete process.env.XDG_DATA_HOME;
    expect(defaultWebDataDir()).toBe(path.join(os.homedir(), '.local', 'share', 'sucaidesk'));
  });

  it('SUCAIDESK_DATA_DIR overrides the default (resolved to an absolute path); blank does not', () => {
    expect(chooseWebDataDir({ SUCAIDESK_DATA_DIR: 'rel/dir' })).toEqual({
      dir: path.resolve('rel/dir'),
      source: 'env',
    });
    expect(chooseWebDataDir({ SUCAIDESK_DATA_DIR: '  ' })).toEqual({ dir: defaultWebDataDir(), source: 'default' });
    expect(chooseWebDataDir({})).toEqual({ dir: defaultWebDataDir(), source: 'default' });
  });

  it('is temporary only with --temp-data or SUCAIDESK_TEMP_DATA=1', () => {
    expect(wantsTempData({}, [])).toBe(false);
    expect(wantsTempData({ SUCAIDESK_TEMP_DATA: '0' }, [])).toBe(false);
    expect(wantsTempData({ SUCAIDESK_TEMP_DATA: '1' }, [])).toBe(true);
    expect(wantsTempData({}, ['--temp-data'])).toBe(true);
  });

  it('creates the chosen folder private to the user, and a temporary one under the OS temp folder', async () => {
    const base = await mkdtemp(path.join(os.tmpdir(), 'data-dir-'));
    const chosen = await prepareWebDataDir({ SUCAIDESK_DATA_DIR: path.join(base, 'a', 'b') }, []);
    expect(chosen).toEqual({ dir: path.join(base, 'a', 'b'), source: 'env' });
    if (process.platform !== 'win32') expect(statSync(chosen.dir).mode & 0o777).toBe(0o700);
    // The temp flag wins over SUCAIDESK_DATA_DIR: the e2e suite passes it so it never writes a real folder.
    const temp = await prepareWebDataDir({ SUCAIDESK_DATA_DIR: path.join(base, 'real') }, ['--temp-data']);
    expect(temp.source).toBe('temp');
    expect(temp.dir.startsWith(os.tmpdir())).toBe(true);
    expect(statSync(temp.dir).isDirectory()).toBe(true);
  });
});
