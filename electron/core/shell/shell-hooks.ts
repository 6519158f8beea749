import type { ShellLanguage, ThemeSource } from '@shared/features/app.channels';

/**
 * What the desktop entry point (electron/main/main.ts) lets the core's shell channels do with the
 * native app: the theme, the menu's language, the data folder. The core never imports electron, so
 * main passes these in; browser mode passes none (the page's CSS and catalogue do the same work).
 */
export interface ShellHooks {
  setTheme(theme: ThemeSource): void;
  setLanguage(language: ShellLanguage): void;
  /** Opens the app's own data folder in the file manager (never a path from the renderer). */
  openDataFolder(): Promise<void>;
}
