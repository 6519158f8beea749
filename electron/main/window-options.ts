import type { BrowserWindowConstructorOptions } from 'electron';

/**
 * The hardened options of every SucaiDesk window (Electron security checklist items 2–4, 6, 8–11):
 * isolated, sandboxed, no Node in the page, no <webview>. Pure, so a test pins it.
 */
export function buildWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 840,
    minWidth: 900,
    minHeight: 600,
    title: 'SucaiDesk 素材桌面',
    show: false,
    backgroundColor: '#f5f6f7',
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
