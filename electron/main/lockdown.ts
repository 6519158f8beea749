import type { Session, WebContents } from 'electron';
import { isAppDocumentUrl } from './app-origin';
import { openExternalSafe } from './external-links';

/**
 * Navigation, popups, webviews and permissions are all denied (checklist items 5, 12–14):
 * the window only ever shows our bundle's page (isAppDocumentUrl: not any path of app://bundle,
 * so an asset route can never become a document), and SucaiDesk needs no browser permission.
 */
export function lockDownWebContents(contents: WebContents, openExternal: (url: string) => Promise<void>): void {
  // No window ever opens; an allowed WeChat link (e.g. a published article) goes to the system browser.
  contents.setWindowOpenHandler(({ url }) => {
    openExternalSafe(url, openExternal);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    if (!isAppDocumentUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppDocumentUrl(url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isAppDocumentUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
