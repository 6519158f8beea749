import { describe, expect, it, vi } from 'vitest';
import { createDesktopShell, type DesktopShellDeps } from '../../../electron/main/desktop-shell';
import { DEFAULT_SHELL_PREFS, parseShellPrefs } from '../../../electron/main/shell-prefs';
import { DARK_BACKGROUND, LIGHT_BACKGROUND } from '../../../electron/main/window-background';

function fakeDeps(over: Partial<DesktopShellDeps> = {}) {
  const listeners: (() => void)[] = [];
  const nativeTheme = {
    themeSource: 'system' as 'system' | 'light' | 'dark',
    osDark: false,
    get shouldUseDarkColors() {
      return this.themeSource === 'dark' || (this.themeSource === 'system' && this.osDark);
    },
    on: (_e: 'updated', fn: () => void) => listeners.push(fn),
  };
  const win = { setBackgroundColor: vi.fn(), isDestroyed: () => false };
  const deps = {
    prefs: DEFAULT_SHELL_PREFS,
    savePrefs: vi.fn(() => Promise.resolve()),
    nativeTheme,
    windows: () => [win],
    setMenuLanguage: vi.fn(),
    openPath: vi.fn(() => Promise.resolve('')),
    onError: vi.fn(),
    ...over,
  } satisfies DesktopShellDeps;
  return { deps, nativeTheme, win, osChanged: () => listeners.forEach((fn) => fn()) };
}

describe('createDesktopShell (fake electron)', () => {
  it('starts with the saved theme and follows app:setTheme: nativeTheme, window background, saved prefs', async () => {
    const { deps, nativeTheme, win } = fakeDeps({ prefs: { theme: 'light', language: 'en' } });
    const shell = createDesktopShell(deps);
    expect(nativeTheme.themeSource).toBe('light');
    expect(shell.background()).toBe(LIGHT_BACKGROUND);
    shell.setTheme('dark');
    expect(nativeTheme.themeSource).toBe('dark');
    expect(win.setBackgroundColor).toHaveBeenLastCalledWith(DARK_BACKGROUND);
    await vi.waitFor(() => expect(deps.savePrefs).toHaveBeenLastCalledWith({ theme: 'dark', language: 'en' }));
    shell.setTheme('dark');
    await new Promise((r) => setTimeout(r, 10));
    expect(deps.savePrefs).toHaveBeenCalledTimes(1); // unchanged: nothing written
  });

  it('saves in order: a quick second change lands after the first', async () => {
    const written: string[] = [];
    let releaseFirst: () => void = () => undefined;
    const { deps } = fakeDeps({
      savePrefs: vi.fn((prefs: { theme: string }) => {
        if (written.length === 0) {
          written.push(`start ${prefs.theme}`);
          return new Promise<void>((resolve) => (releaseFirst = resolve));
        }
        written.push(`start ${prefs.theme}`);
        return Promise.resolve();
      }),
    });
    const shell = createDesktopShell(deps);
    shell.setTheme('dark');
    shell.setTheme('light');
    await new Promise((r) => setTimeout(r, 10));
    expect(written).toEqual(['start dark']);
    releaseFirst();
    await vi.waitFor(() => expect(written).toEqual(['start dark', 'start light']));
  });

  it("'system' repaints the background when the OS switches", () => {
    const { deps, nativeTheme, win, osChanged } = fakeDeps();
    createDesktopShell(deps);
    nativeTheme.osDark = true;
    osChanged();
    expect(win.setBackgroundColor).toHaveBeenLastCalledWith(DARK_BACKGROUND);
  });

  it('app:setLanguage rebuilds the menu in that language and keeps it for the next start', async () => {
    const { deps } = fakeDeps();
    const shell = createDesktopShell(deps);
    expect(shell.language()).toBe('zh-CN');
    shell.setLanguage('en');
    expect(deps.setMenuLanguage).toHaveBeenCalledWith('en');
    expect(shell.language()).toBe('en');
    await vi.waitFor(() => expect(deps.savePrefs).toHaveBeenLastCalledWith({ theme: 'system', language: 'en' }));
    shell.setLanguage('en');
    expect(deps.setMenuLanguage).toHaveBeenCalledTimes(1);
  });

  it('opens the data folder; a refusal from the OS becomes an error that names what to do', async () => {
    const { deps } = fakeDeps();
    await createDesktopShell(deps).openDataFolder();
    expect(deps.openPath).toHaveBeenCalled();
    const failing = fakeDeps({ openPath: () => Promise.resolve('no application') });
    await expect(createDesktopShell(failing.deps).openDataFolder()).rejects.toMatchObject({
      payload: { code: 'OPEN_FAILED', message: { en: expect.stringContaining('file manager') as string } },
    });
  });

  it('shell-prefs.json: unknown values fall back to the defaults', () => {
    expect(parseShellPrefs(null)).toEqual(DEFAULT_SHELL_PREFS);
    expect(parseShellPrefs('oops')).toEqual(DEFAULT_SHELL_PREFS);
    expect(parseShellPrefs(JSON.stringify({ theme: 'dark', language: 'fr' }))).toEqual({
      theme: 'dark',
      language: 'zh-CN',
    });
  });
});
