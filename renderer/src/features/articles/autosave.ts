/**
 * Local autosave of the editor session, in localStorage: writes are synchronous, so a renderer crash or
 * reload right after a keystroke (flushed on pagehide/blur, otherwise every 2 s) keeps the text, and it
 * needs no round trip to the main process. Keyed by account + draft; a per-account pointer says which
 * session was open, so a reload reopens it.
 */
import { readStorage, writeStorage } from '../../lib/storage';
import type { EditorSession } from './model';

export const AUTOSAVE_INTERVAL_MS = 2000;
const PREFIX = 'sucaidesk.articles';

export interface Saved {
  session: EditorSession;
  /** True while the session has changes WeChat does not have. */
  dirty: boolean;
  savedAt: number;
}

export function sessionKey(accountId: string, mediaId: string | null): string {
  return `${PREFIX}.${accountId}.${mediaId ?? 'new'}`;
}

const pointerKey = (accountId: string) => `${PREFIX}.${accountId}.current`;

function parse(raw: string | null): Saved | null {
  if (!raw) return null;
  try {
    const v = JSON.parse(raw) as Saved;
    return v && typeof v === 'object' && v.session && Array.isArray(v.session.articles) ? v : null;
  } catch {
    return null;
  }
}

export function loadSaved(accountId: string, mediaId: string | null): Saved | null {
  return parse(readStorage(sessionKey(accountId, mediaId)));
}

/** The session that was open in this account's editor (after a reload or crash). */
export function loadCurrent(accountId: string): Saved | null {
  const key = readStorage(pointerKey(accountId));
  return key?.startsWith(`${PREFIX}.${accountId}.`) ? parse(readStorage(key)) : null;
}

export function store(session: EditorSession, dirty: boolean, now = Date.now()): void {
  const key = sessionKey(session.accountId, session.mediaId);
  writeStorage(key, JSON.stringify({ session, dirty, savedAt: now } satisfies Saved));
  writeStorage(pointerKey(session.accountId), key);
}

/** Drops a local copy (after it reached WeChat, or the user discarded it). */
export function forget(accountId: string, mediaId: string | null): void {
  writeStorage(sessionKey(accountId, mediaId), null);
}

/** Drops every local copy of an account (the account was removed: renderer/src/features/accounts/api/use-accounts.ts). */
export function forgetAccount(accountId: string): void {
  const prefix = `${PREFIX}.${accountId}.`;
  const keys: string[] = [];
  try {
    const storage = globalThis.localStorage;
    for (let i = 0; i < (storage?.length ?? 0); i++) {
      const key = storage.key(i);
      if (key?.startsWith(prefix)) keys.push(key);
    }
  } catch {
    /* storage unavailable: nothing was kept */
  }
  for (const key of keys) writeStorage(key, null);
}

export function clearPointer(accountId: string): void {
  writeStorage(pointerKey(accountId), null);
}
