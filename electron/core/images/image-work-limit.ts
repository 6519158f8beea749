/**
 * A bound on how many pictures are decoded at once. Each 12 MP JPEG holds ~36 MB of pixels while it is
 * decoded; a page of 20 tiles asked for at once must not become 20 × 36 MB, and two cores are busy
 * enough with two. (p-limit does this too, but it is only a transitive dependency here.)
 */
export const IMAGE_WORK_CONCURRENCY = 2;

export type Limiter = <T>(work: () => Promise<T>) => Promise<T>;

/** A limiter that runs at most `max` jobs at a time, in the order they were asked for. */
export function createLimiter(max: number): Limiter {
  let running = 0;
  const waiting: (() => void)[] = [];
  // A finishing job hands its slot straight to the next waiter, so a newcomer cannot slip in between.
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  };
  return async <T>(work: () => Promise<T>): Promise<T> => {
    if (running >= max) await new Promise<void>((resolve) => waiting.push(resolve));
    else running += 1;
    try {
      return await work();
    } finally {
      release();
    }
  };
}

/** The process-wide bound every sharp job of the core goes through. */
export const limitImageWork: Limiter = createLimiter(IMAGE_WORK_CONCURRENCY);
