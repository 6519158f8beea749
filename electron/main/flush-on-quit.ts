/**
 * Quitting waits for the core to write what it holds (the debounced library index, the upload journal's
 * last group commit) before the process ends: `will-quit` prevents the default, awaits `close()` for at
 * most `deadlineMs`, then calls `app.exit()`, which does not emit `will-quit` again. A close that hangs
 * (a stuck disk) cannot keep the app alive: the deadline exits anyway, and the journal's next start
 * reconciles whatever was in flight (electron/core/uploads/upload-queue.ts).
 */
import type { App } from 'electron';

export const QUIT_DEADLINE_MS = 4000;

type QuitEvent = { preventDefault(): void };
export type QuitApp = { on(event: 'will-quit', listener: (event: QuitEvent) => void): unknown } & Pick<App, 'exit'>;

export function flushOnQuit(
  app: QuitApp,
  close: () => Promise<void>,
  opts: { deadlineMs?: number; onError?: (err: unknown) => void } = {},
): void {
  let closing = false;
  app.on('will-quit', (event) => {
    if (closing) return;
    closing = true;
    event.preventDefault();
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, opts.deadlineMs ?? QUIT_DEADLINE_MS);
    });
    Promise.race([close(), deadline])
      .catch((err: unknown) => opts.onError?.(err))
      .finally(() => {
        clearTimeout(timer);
        app.exit(0);
      })
      .catch(() => undefined);
  });
}
