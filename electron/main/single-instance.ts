/**
 * One SucaiDesk at a time: two instances would refresh tokens against each other and race on the same
 * files. A second launch quits at once; the first restores and focuses its window.
 */
import type { App, BrowserWindow } from 'electron';

type SingleInstanceApp = Pick<App, 'requestSingleInstanceLock' | 'quit'> & {
  on(event: 'second-instance', listener: () => void): unknown;
};
type RestorableWindow = Pick<BrowserWindow, 'isDestroyed' | 'isMinimized' | 'restore' | 'show' | 'focus'>;

/** True when this process is the one instance; false after asking the app to quit. */
export function claimSingleInstance(app: SingleInstanceApp, window: () => RestorableWindow | null): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => {
    const win = window();
    if (!win || win.isDestroyed()) return;
    if (win.isMinimized()) win.restore();
    win.show();
    win.focus();
  });
  return true;
}
