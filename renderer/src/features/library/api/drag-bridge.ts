/**
 * Desktop drag-out through the preload's one-way `startDrag` (not part of BridgeApi: browser mode
 * has none and uses Chromium's DownloadURL drag instead, see drag-out.ts).
 */
import { api } from '../../../lib/api';

type StartDrag = (accountId: string, mediaId: string) => void;

/** The desktop drag starter, or null in browser mode. */
export function desktopStartDrag(): StartDrag | null {
  const fn = (api as unknown as { startDrag?: unknown }).startDrag;
  return typeof fn === 'function' ? (fn as StartDrag) : null;
}
