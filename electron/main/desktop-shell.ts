/**
 * The desktop side of the shell channels (electron/core/shell/shell-hooks.ts): the theme goes to
 * `nativeTheme.themeSource` and the windows' background, the language rebuilds the menu, and both are
 * kept in shell-prefs.json for the next start. The data folder is main's own (never a renderer path).
 */
import type { BrowserWindow, NativeTheme } from 'electron';
import { appError } from '@shared/errors';
import type { ShellLanguage, ThemeSource } from '@shared/features/app.channels';
import type { ShellHooks } from '../core/shell/shell-hooks';
import type { ShellPrefs } from './shell-prefs';
import { windowBackground } from './window-background';

type ThemeApi = Pick<NativeTheme, 'themeSource' | 'shouldUseDarkColors'> & {
  on(event: 'updated', listener: () => void): unknown;
};
type ThemedWindow = Pick<BrowserWindow, 'setBackgroundColor' | 'isDestroyed'>;

export interface DesktopShellDeps {
  prefs: ShellPrefs;
  savePrefs(prefs: ShellPrefs): Promise<void>;
  nativeTheme: ThemeApi;
  windows(): ThemedWindow[];
  /** Rebuilds the application menu in this language. */
  setMenuLanguage(language: ShellLanguage): void;
  /** shell.openPath(dataDir): '' on success, else the OS's reason. */
  openPath(): Promise<string>;
  onError: (err: unknown) => void;
}

export interface DesktopShell extends ShellHooks {
  language: () => ShellLanguage;
  /** The background for a window about to be created. */
  background(): string;
}

export function createDesktopShell(deps: DesktopShellDeps): DesktopShell {
  let prefs = deps.prefs;
  const paint = () => {
    const colour = windowBackground(deps.nativeTheme.shouldUseDarkColors);
    for (const win of deps.windows()) if (!win.isDestroyed()) win.setBackgroundColor(colour);
  };
  // One write at a time, in order: two overlapping atomic writes could land the older one last.
  let writing: Promise<void> = Promise.resolve();
  const keep = (next: ShellPrefs) => {
    prefs = next;
    writing = writing.then(() => deps.savePrefs(next)).catch(deps.onError);
  };
  deps.nativeTheme.themeSource = prefs.theme;
  // 'system': the OS switching to dark (or back) repaints the background too.
  deps.nativeTheme.on('updated', paint);
  return {
    language: () => prefs.language,
    background: () => windowBackground(deps.nativeTheme.shouldUseDarkColors),
    setTheme(theme: ThemeSource) {
      deps.nativeTheme.themeSource = theme;
      paint();
      if (theme !== prefs.theme) keep({ ...prefs, theme });
    },
    setLanguage(language: ShellLanguage) {
      if (language === prefs.language) return;
      keep({ ...prefs, language });
      deps.setMenuLanguage(language);
    },
    async openDataFolder() {
      const failure = await deps.openPath();
      if (failure) {
        throw appError('OPEN_FAILED', 'internal', {
          zh: `无法打开数据文件夹（OPEN_FAILED：${failure}）。请在文件管理器中手动打开。`,
          en: `Could not open the data folder (OPEN_FAILED: ${failure}). Open it from your file manager instead.`,
        });
      }
    },
  };
}
