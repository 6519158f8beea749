/**
 * The colour theme: 跟随系统 / 浅色 / 深色. The choice is remembered (lib/storage.ts) and applied at once by
 * marking <html data-theme> for an explicit choice; without the mark the CSS follows the OS through
 * `color-scheme: light dark` and `light-dark()` colours (styles/base.css), so no script has to watch
 * `prefers-color-scheme`. The desktop window's own parts follow through `app:setTheme` (api/use-shell-sync.ts).
 */
import { useSyncExternalStore } from 'react';
import type { ThemeSource } from '@shared/features/app.channels';
import { readStorage, writeStorage } from '../../lib/storage';

export type ThemeChoice = ThemeSource;
export const THEME_CHOICES: readonly ThemeChoice[] = ['system', 'light', 'dark'];
export const THEME_STORAGE_KEY = 'sucaidesk.theme';

function load(): ThemeChoice {
  const saved = readStorage(THEME_STORAGE_KEY);
  return saved === 'light' || saved === 'dark' ? saved : 'system';
}

/** Marks the document for `choice`: styles/base.css reads `data-theme`. */
export function applyTheme(choice: ThemeChoice, root: HTMLElement = document.documentElement): void {
  if (choice === 'system') delete root.dataset.theme;
  else root.dataset.theme = choice;
}

let current: ThemeChoice = load();
const listeners = new Set<() => void>();

export const themeSetting = {
  get: (): ThemeChoice => current,
  set: (choice: ThemeChoice): void => {
    current = choice;
    writeStorage(THEME_STORAGE_KEY, choice === 'system' ? null : choice);
    applyTheme(choice);
    for (const l of listeners) l();
  },
  subscribe: (l: () => void): (() => void) => {
    listeners.add(l);
    return () => listeners.delete(l);
  },
  /** Start: apply what storage says (main.tsx calls it before the first paint). Tests: read storage again. */
  init: (): void => {
    current = load();
    applyTheme(current);
    for (const l of listeners) l();
  },
};

export function useThemeChoice(): ThemeChoice {
  return useSyncExternalStore(themeSetting.subscribe, themeSetting.get);
}
