/**
 * A fake WebContents for the lockdown tests (electron/main/lockdown.ts): records the window-open
 * handler and the event listeners, so a test can open a URL or fire 'will-navigate' and friends.
 */
import type { WebContents } from 'electron';

export function fakeWebContents() {
  const handlers = new Map<string, (...args: unknown[]) => void>();
  let openHandler: ((d: { url: string }) => { action: string }) | null = null;
  const contents = {
    setWindowOpenHandler: (fn: typeof openHandler) => (openHandler = fn),
    on: (name: string, fn: (...args: unknown[]) => void) => handlers.set(name, fn),
  };
  return {
    contents: contents as unknown as WebContents,
    handlers,
    open: (url: string) => openHandler!({ url }),
  };
}
