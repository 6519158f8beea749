/**
 * The desktop shell's channels (zod-free, so the preload can list them): the renderer tells main the
 * app's theme and language, so the native parts (window background, `nativeTheme`, the application
 * menu's labels) follow the settings screen; and asks main to open the app's own data folder.
 *
 * In browser mode the page's CSS and catalogue already do the work: setTheme/setLanguage are accepted
 * and do nothing, and openDataFolder answers `DESKTOP_ONLY` (electron/core/features/app-shell.ts).
 */

export const APP_SHELL_CHANNELS = ['app:setTheme', 'app:setLanguage', 'app:openDataFolder'] as const;
export type AppShellChannel = (typeof APP_SHELL_CHANNELS)[number];

/** As Electron's `nativeTheme.themeSource`: 'system' follows the OS. */
export const THEME_SOURCES = ['system', 'light', 'dark'] as const;
export type ThemeSource = (typeof THEME_SOURCES)[number];

/** The UI languages (renderer/src/i18n/index.ts LANGS). */
export const SHELL_LANGUAGES = ['zh-CN', 'en'] as const;
export type ShellLanguage = (typeof SHELL_LANGUAGES)[number];

export interface AppShellResponses {
  'app:setTheme': { theme: ThemeSource };
  'app:setLanguage': { language: ShellLanguage };
  'app:openDataFolder': { opened: true };
}
