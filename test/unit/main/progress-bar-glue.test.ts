import { describe, expect, it, vi } from 'vitest';
import { createProgressBar } from '../../../electron/main/progress-bar-glue';
import { bulk, uploads } from './shell-fixtures';

function manualTimers() {
  let t = 0;
  const due: { at: number; fn: () => void }[] = [];
  return {
    timers: {
      now: () => t,
      setTimeout: (fn: () => void, ms: number) => due.push({ at: t + ms, fn }),
      clearTimeout: () => undefined,
    },
    advance(ms: number) {
      t += ms;
      for (const d of due.splice(0).sort((a, b) => a.at - b.at)) if (d.at <= t) d.fn();
    },
  };
}

describe('createProgressBar (fake window)', () => {
  it('sets the taskbar progress while a transfer runs and removes it (-1) when it ends', () => {
    const win = { setProgressBar: vi.fn(), isDestroyed: () => false };
    const clock = manualTimers();
    const observe = createProgressBar(() => win, clock.timers);
    observe(bulk('download', 1, 4));
    expect(win.setProgressBar).toHaveBeenLastCalledWith(0.25, { mode: 'normal' });
    observe(bulk('download', 2, 4));
    observe(bulk('download', 3, 4));
    expect(win.setProgressBar).toHaveBeenCalledTimes(1); // throttled
    clock.advance(300);
    expect(win.setProgressBar).toHaveBeenLastCalledWith(0.75, { mode: 'normal' });
    observe(bulk('download', 4, 4));
    expect(win.setProgressBar).toHaveBeenLastCalledWith(-1, { mode: 'normal' });
  });

  it('shows a held upload queue as paused, and ignores events that change nothing', () => {
    const win = { setProgressBar: vi.fn(), isDestroyed: () => false };
    const observe = createProgressBar(() => win, manualTimers().timers);
    observe(bulk('delete', 1, 3));
    expect(win.setProgressBar).not.toHaveBeenCalled();
    observe(uploads('a', { paused: 1 }, 0, 10, true));
    expect(win.setProgressBar).toHaveBeenLastCalledWith(0, { mode: 'paused' });
  });

  it('does nothing without a live window', () => {
    const win = { setProgressBar: vi.fn(), isDestroyed: () => true };
    createProgressBar(() => win, manualTimers().timers)(bulk('download', 1, 2));
    expect(win.setProgressBar).not.toHaveBeenCalled();
  });
});
