/**
 * Browser mode's per-session API key. The server hands it over once, in the fragment of the redirect
 * after the one-time link (`/#k=<key>`; a fragment never reaches a server, a log or a Referer). It is
 * kept in sessionStorage: scoped to this origin and tab and kept across reloads, while a page on any
 * other 127.0.0.1 port is another origin and cannot read it (unlike the cookie, which Chromium sends
 * to every port). See electron/web/session-gate.ts for the server side.
 */

/** Must equal API_KEY_HEADER in electron/web/session-gate.ts (the renderer imports no runtime code from electron/). */
export const API_KEY_HEADER = 'X-SucaiDesk-Key';

/**
 * Shown instead of the app when a browser-mode tab has no key: opened without the printed link, or a
 * new tab (sessionStorage is per tab). Same words as the server's no-session page (electron/web/web-server.ts).
 */
export const MISSING_SESSION_KEY_MESSAGE = {
  zh: '请打开终端里 npm run web 打印的链接（含一次性密钥）。在运行它的终端按回车可获取新链接。',
  en: 'Open the link printed by npm run web (it carries a one-time key). Press Enter in its terminal for a new one.',
} as const;

const STORAGE_KEY = 'sucaidesk.apiKey';
const KEY_SHAPE = /^[a-f0-9]{64}$/;

let cached: string | null | undefined;

/** Moves a key from the URL fragment into sessionStorage (and out of the address bar), then reads it. */
export function sessionKey(): string | null {
  if (cached !== undefined) return cached;
  cached = adoptFromHash() ?? readStored();
  return cached;
}

/** Browser mode (no preload bridge) and no key: the app cannot make a single call. */
export function missingSessionKey(): boolean {
  return typeof window !== 'undefined' && window.api === undefined && sessionKey() === null;
}

function adoptFromHash(): string | null {
  if (typeof location === 'undefined') return null;
  const key = new URLSearchParams(location.hash.replace(/^#/, '')).get('k');
  if (key === null) return null;
  // Out of the address bar and history, so it is not bookmarked, shared or shown.
  history.replaceState(history.state, '', location.pathname + location.search);
  if (!KEY_SHAPE.test(key)) return null;
  try {
    sessionStorage.setItem(STORAGE_KEY, key);
  } catch {
    /* storage disabled: the key still works until this page is reloaded */
  }
  return key;
}

function readStored(): string | null {
  try {
    const key = sessionStorage.getItem(STORAGE_KEY);
    return key && KEY_SHAPE.test(key) ? key : null;
  } catch {
    return null;
  }
}

/** For tests: forget the cached key so the next call reads the URL and storage again. */
export function resetSessionKeyForTests(): void {
  cached = undefined;
}
