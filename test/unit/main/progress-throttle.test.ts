import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { throttleProgress } from '../../../electron/main/progress-throttle';

describe('throttleProgress', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('passes the first value, then at most one per interval, ending with the latest', () => {
    const set = vi.fn<(value: { fraction: number }) => void>();
    const offer = throttleProgress<{ fraction: number }>(set, 250);
    offer({ fraction: 0.1 });
    offer({ fraction: 0.2 });
    offer({ fraction: 0.3 });
    expect(set.mock.calls.map((c) => c[0].fraction)).toEqual([0.1]);
    vi.advanceTimersByTime(250);
    expect(set.mock.calls.map((c) => c[0].fraction)).toEqual([0.1, 0.3]);
    vi.advanceTimersByTime(1000);
    expect(set).toHaveBeenCalledTimes(2);
  });

  it('lets the change to idle (-1) through at once and drops the pending value', () => {
    const set = vi.fn<(value: { fraction: number }) => void>();
    const offer = throttleProgress<{ fraction: number }>(set, 250);
    offer({ fraction: 0.5 });
    offer({ fraction: 0.9 });
    offer({ fraction: -1 });
    expect(set.mock.calls.map((c) => c[0].fraction)).toEqual([0.5, -1]);
    vi.advanceTimersByTime(500);
    expect(set.mock.calls.map((c) => c[0].fraction)).toEqual([0.5, -1]);
  });

  it('does not repeat an unchanged value', () => {
    const set = vi.fn<(value: { fraction: number }) => void>();
    const offer = throttleProgress<{ fraction: number }>(set, 250);
    offer({ fraction: -1 });
    vi.advanceTimersByTime(300);
    offer({ fraction: -1 });
    expect(set).toHaveBeenCalledTimes(1);
  });
});
