import { isAppUrl } from './app-origin';

/** The parts of an IpcMainInvokeEvent the sender check reads (so tests can build fakes). */
export interface SenderEventLike {
  senderFrame: { url: string } | null;
  sender: { id: number; mainFrame: unknown };
}

/**
 * Accepts an IPC call only from the main frame of a window we created, showing our own origin.
 * A null or disposed frame (reading it throws) is refused, as are subframes and foreign origins.
 */
export function isTrustedSender(event: SenderEventLike, trustedWebContentsIds: ReadonlySet<number>): boolean {
  try {
    const frame = event.senderFrame;
    if (!frame) return false;
    if (frame !== event.sender.mainFrame) return false;
    if (!trustedWebContentsIds.has(event.sender.id)) return false;
    return isAppUrl(frame.url);
  } catch {
    return false;
  }
}
