/**
 * Hands a stream of progress values to `set` at most once per interval (the core sends upload
 * progress ~10 times a second; the taskbar needs far less), always delivering the latest value last.
 * A change between idle (-1) and running goes through at once, so the bar appears and clears promptly.
 * Timers are injected so tests drive them (test/unit/main/progress-throttle.test.ts).
 */
export interface ThrottleTimers {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realTimers: ThrottleTimers = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout),
};

export function throttleProgress<T extends { fraction: number }>(
  set: (value: T) => void,
  intervalMs = 250,
  timers: ThrottleTimers = realTimers,
  same: (a: T, b: T) => boolean = (a, b) => JSON.stringify(a) === JSON.stringify(b),
): (value: T) => void {
  let last: T | null = null;
  let lastAt = -Infinity;
  let pending: T | null = null;
  let timer: unknown = null;
  const flush = (value: T) => {
    timer = null;
    pending = null;
    lastAt = timers.now();
    if (last && same(last, value)) return;
    last = value;
    set(value);
  };
  return (value: T) => {
    const idleChange = last !== null && last.fraction < 0 !== value.fraction < 0;
    if (last === null || idleChange || timers.now() - lastAt >= intervalMs) {
      if (timer !== null) timers.clearTimeout(timer);
      flush(value);
      return;
    }
    pending = value;
    timer ??= timers.setTimeout(
      () => {
        if (pending) flush(pending);
      },
      intervalMs - (timers.now() - lastAt),
    );
  };
}
