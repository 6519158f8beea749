import { describe, expect, it } from 'vitest';
import { throttleProgress } from '../../../electron/core/library/throttle-progress';

describe('throttleProgress', () => {
  it('passes the first report, at most one per interval, and always the last', () => {
    let t = 0;
    const seen: number[] = [];
    const report = throttleProgress(
      (transferred) => seen.push(transferred),
      100,
      () => t,
    );
    for (let i = 1; i <= 1000; i++) {
      t = i; // one report per ms over one second
      report(i * 10, 10_000);
    }
    expect(seen[0]).toBe(10);
    expect(seen.at(-1)).toBe(10_000);
    expect(seen.length).toBeLessThanOrEqual(12);
    expect(seen.length).toBeGreaterThanOrEqual(10);
  });
});
