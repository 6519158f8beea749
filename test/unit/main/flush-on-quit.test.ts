// Quitting waits for the core to flush, with a deadline (electron/main/flush-on-quit.ts).
import { describe, expect, it } from 'vitest';
import { flushOnQuit, type QuitApp } from '../../../electron/main/flush-on-quit';

function fakeApp() {
  const listeners: ((e: { preventDefault(): void }) => void)[] = [];
  const log: string[] = [];
  const app: QuitApp = {
    on: (_event, fn) => listeners.push(fn),
    exit: (code?: number) => void log.push(`exit ${code}`),
  };
  const quit = () => {
    const event = { prevented: false, preventDefault: () => (event.prevented = true) };
    for (const fn of listeners) fn(event);
    return event;
  };
  return { app, log, quit };
}

const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));

describe('flushOnQuit', () => {
  it('prevents the quit, awaits close(), then exits once', async () => {
    const { app, log, quit } = fakeApp();
    let finish!: () => void;
    flushOnQuit(app, () => new Promise<void>((r) => (finish = () => (log.push('closed'), r()))));
    expect(quit().prevented).toBe(true);
    await tick(20);
    expect(log).toEqual([]);
    finish();
    await tick();
    expect(log).toEqual(['closed', 'exit 0']);
    quit();
    await tick();
    expect(log).toEqual(['closed', 'exit 0']);
  });

  it('exits at the deadline when close() hangs', async () => {
    const { app, log, quit } = fakeApp();
    flushOnQuit(app, () => new Promise<void>(() => undefined), { deadlineMs: 30 });
    quit();
    await tick(10);
    expect(log).toEqual([]);
    await tick(60);
    expect(log).toEqual(['exit 0']);
  });

  it('a failing close() is reported and the app still exits', async () => {
    const { app, log, quit } = fakeApp();
    flushOnQuit(app, () => Promise.reject(new Error('disk full')), { onError: (e) => log.push(String(e)) });
    quit();
    await tick();
    expect(log).toEqual(['Error: disk full', 'exit 0']);
  });
});
