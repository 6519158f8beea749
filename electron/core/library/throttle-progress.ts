/**
 * Upload progress arrives per chunk (thousands of callbacks for a 10 MB video); the renderer
 * needs about ten a second. Passes the first and last report of a file and at most one per
 * `intervalMs` in between.
 */
export function throttleProgress(
  report: (transferred: number, total: number) => void,
  intervalMs = 100,
  now: () => number = Date.now,
): (transferred: number, total: number) => void {
  let last = -Infinity;
  return (transferred, total) => {
    const done = total > 0 && transferred >= total;
    const t = now();
    if (!done && t - last < intervalMs) return;
    last = t;
    report(transferred, total);
  };
}
