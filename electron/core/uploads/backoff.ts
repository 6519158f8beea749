/** Exponential backoff with full jitter (docs/reliability.md § Backoff and holds): a random wait in [0, min(cap, base·2^(n−1))). */
export interface BackoffOptions {
  baseMs: number;
  capMs: number;
  /** Uniform [0, 1); injected so tests are deterministic. */
  random: () => number;
}

/** Delay before attempt `attempt + 1`, where `attempt` ≥ 1 is the number of failed attempts so far. */
export function backoffDelay(attempt: number, opts: BackoffOptions): number {
  const ceiling = Math.min(opts.capMs, opts.baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.floor(opts.random() * ceiling);
}
