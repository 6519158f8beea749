/**
 * A bound on how many pictures are decoded at once. Each 12 MP JPEG holds ~36 MB of pixels while it is
 * decoded; a page of 20 tiles asked for at once must not become 20 × 36 MB, and two cores are busy
 * enough with two. (p-limit does this too, but it is only a transitive dependency here.)
 */
export const IMAGE_WORK_CONCURRENCY = 2;

export interface Limiter {
  <T>(work: () => Promise<T>): Promise<T>;
  /**
   * Refuses every job not yet started (they reject with `LimiterClosedError`), also any asked for later,
   * and resolves once the running ones have finished.
   */
  drain(): Promise<void>;
}

export class LimiterClosedError extends Error {
  constructor() {
    super('image work stopped: the app is closing');
  }
}

/** A limiter that runs at most `max` jobs at a time, in the order they were asked for. */
export function createLimiter(max: number): Limiter {
  let running = 0;
  let closed = false;
  const waiting: { start: () => void; refuse: () => void }[] = [];
  const idle: (() => void)[] = [];
  // A finishing job hands its slot straight to the next waiter, so a newcomer cannot slip in between.
  const release = () => {
    const next = waiting.shift();
    if (next) next.start();
    else running -= 1;
    if (running === 0) for (const done of idle.splice(0)) done();
  };
  const limit = async <T>(work: () => Promise<T>): Promise<T> => {
    if (closed) throw new LimiterClosedError();
    if (running >= max) {
      await new Promise<void>((start, reject) =>
        waiting.push({ start, refuse: () => reject(new LimiterClosedError()) }),
      );
    } else running += 1;
    try {
      return await work();
    } finally {
      release();
    }
  };
  limit.drain = (): Promise<void> => {
    closed = true;
    for (const job of waiting.splice(0)) job.refuse();
    return running === 0 ? Promise.resolve() : new Promise<void>((resolve) => idle.push(resolve));
  };
  return limit;
}

/**
 * The process-wide bound every sharp job of the core goes through. The core drains it when it closes:
 * with sharp's wasm32 build, `process.exit()` while a decode runs on its threads never returns (seen in
 * browser mode: SIGTERM during a page of thumbnails hung the server), so exit waits for them.
 */
export const limitImageWork: Limiter = createLimiter(IMAGE_WORK_CONCURRENCY);

/** Before the process exits: refuses new picture work and waits for the running decodes (see above). */
export function stopImageWork(): Promise<void> {
  return limitImageWork.drain();
}
