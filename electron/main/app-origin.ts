/** The renderer is served from this origin by the `app://` protocol; nothing else may run in the window. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'bundle';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY = `${APP_ORIGIN}/index.html`;

/** True only for URLs of exactly the app origin (parsed, not prefix-matched: `app://bundle.evil` fails). */
export function isAppUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

/** The only paths the window may show: the bundle's own page (asset routes are never documents). */
const APP_DOCUMENT_PATHS = new Set(['', '/', '/index.html']);

/**
 * True only for the app's own document: `app://bundle/` or `app://bundle/index.html`, no query, no
 * credentials; a fragment is allowed (it never reaches the protocol handler). Navigation is checked
 * with this, not isAppUrl, so a link in an article cannot open an asset route (`/temp/…`, `/thumb/…`)
 * or any other path of our origin as a page (see test/unit/main/lockdown.test.ts).
 */
export function isAppDocumentUrl(raw: string): boolean {
  if (!isAppUrl(raw)) return false;
  const url = new URL(raw);
  return url.search === '' && APP_DOCUMENT_PATHS.has(url.pathname);
}
