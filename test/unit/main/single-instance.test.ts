import { describe, expect, it, vi } from 'vitest';
import { claimSingleInstance } from '../../../electron/main/single-instance';

function fakeApp(lock: boolean) {
  const handlers: Record<string, () => void> = {};
  return {
    requestSingleInstanceLock: vi.fn(() => lock),
    quit: vi.fn(),
    on: vi.fn((event: string, fn: () => void) => (handlers[event] = fn)),
    handlers,
  };
}

describe('claimSingleInstance (fake electron)', () => {
  it('a second launch quits at once', () => {
    const app = fakeApp(false);
    expect(claimSingleInstance(app, () => null)).toBe(false);
    expect(app.quit).toHaveBeenCalled();
    expect(app.on).not.toHaveBeenCalled();
  });

  it('the first instance restores and focuses its window when another launch is attempted', () => {
    const app = fakeApp(true);
    const win = { isDestroyed: () => false, isMinimized: () => true, restore: vi.fn(), show: vi.fn(), focus: vi.fn() };
    expect(claimSingleInstance(app, () => win)).toBe(true);
    expect(app.quit).not.toHaveBeenCalled();
    app.handlers['second-instance']();
    expect(win.restore).toHaveBeenCalled();
    expect(win.show).toHaveBeenCalled();
    expect(win.focus).toHaveBeenCalled();
    // Before the window exists (still starting), a second launch is simply ignored.
    expect(() => claimSingleInstance(fakeApp(true), () => null)).not.toThrow();
  });
});
