/**
 * Desktop drag-out through the contract's one-way `library:startDrag` (the preload's optional
 * `libraryStartDrag`; browser mode has none and uses Chromium's DownloadURL drag instead, see drag-out.ts).
 */
import { api } from '../../../lib/api';

type StartDrag = (accountId: string, mediaId: string) => void;

/** The desktop drag starter, or null in browser mode. */
export function desktopStartDrag(): StartDrag | null {
  const send = api.libraryStartDrag;
  return send ? (accountId, mediaId) => send({ accountId, mediaId }) : null;
}
