import { describe, expect, it } from 'vitest';
import { LimiterClosedError, createLimiter } from '../../../../electron/core/images/image-work-limit';

describe('createLimiter', () => {
  it('never runs more than its bound, even when a newcomer arrives as a job finishes', async () => {
    const limit = createLimiter(2);
    let running = 0;
    let peak = 0;
    const job = async (ms: number) => {
      running += 1;
      peak = Math.max(peak, running);
      await new Promise((r) => setTimeout(r, ms));
      running -= 1;
      return ms;
    };
    const first = Array.from({ length: 6 }, (_, i) => limit(() => job(5 + i)));
    // A job queued right as the first ones settle must wait its turn too.
    const late = first[0].then(() => limit(() => job(1)));
    expect(await Promise.all([...first, late])).toEqual([5, 6, 7, 8, 9, 10, 1]);
    expect(peak).toBe(2);
  });

  it('frees the slot when a job fails', async () => {
    const limit = createLimiter(1);
    await expect(limit(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await limit(() => Promise.resolve('next'))).toBe('next');
  });

  it('drain refuses queued and later jobs and resolves only when the running ones have finished', async () => {
    const limit = createLimiter(1);
    let finish!: () => void;
    let finished = false;
    const running = limit(
      () =>
        new Promise<string>((resolve) => {
          finish = () => {
            finished = true;
            resolve('ran');
          };
        }),
    );
    const queued = limit(() => Promise.resolve('queued'));
    let drained = false;
    const drain = limit.drain().then(() => {
      drained = true;
      // The process may exit now: nothing may still be decoding.
      expect(finished).toBe(true);
    });
    await expect(queued).rejects.toBeInstanceOf(LimiterClosedError);
    await expect(limit(() => Promise.resolve('late'))).rejects.toBeInstanceOf(LimiterClosedError);
    await new Promise((r) => setTimeout(r, 10));
    expect(drained).toBe(false);
    finish();
    expect(await running).toBe('ran');
    await drain;
    expect(drained).toBe(true);
  });

  it('drain of an idle limiter resolves at once', async () => {
    await expect(createLimiter(2).drain()).resolves.toBeUndefined();
  });
});
