import type { BrowserWindowConstructorOptions } from 'electron';
import type { Rect } from './window-state';
import { LIGHT_BACKGROUND } from './window-background';

/** Where the window opens and its background (window-state.ts, window-background.ts); never its web preferences. */
export interface WindowLook {
  bounds?: Rect;
  backgroundColor?: string;
}

/**
 * The hardened options of every SucaiDesk window (Electron security checklist items 2–4, 6, 8–11):
 * isolated, sandboxed, no Node in the page, no <webview>. Pure, so a test pins it.
 */
export function buildWindowOptions(preloadPath: string, look: WindowLook = {}): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 840,
    ...look.bounds,
    minWidth: 900,
    minHeight: 600,
    title: 'SucaiDesk 素材桌面',
    show: false,
    backgroundColor: look.backgroundColor ?? LIGHT_BACKGROUND,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      // Off: on Linux Electron's spellchecker fetches Hunspell dictionaries from a remote CDN at run time.
      spellcheck: false,
    },
  };
}
