/**
 * The emulator's clock. Token expiry, temp-media expiry, publish progress and quota days
 * all read it, so tests can jump hours ahead with advanceClock() instead of waiting.
 */
export class EmuClock {
  private offsetMs = 0;

  constructor(private readonly base: () => number = Date.now) {}

  nowMs(): number {
    return this.base() + this.offsetMs;
  }

  /** Unix seconds, the unit WeChat uses for created_at / update_time. */
  nowS(): number {
    return Math.floor(this.nowMs() / 1000);
  }

  advance(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError('advanceClock expects a non-negative number of ms');
    this.offsetMs += ms;
  }

  reset(): void {
    this.offsetMs = 0;
  }

  /** Day number in Beijing time: WeChat daily quotas roll over at 00:00 UTC+8. */
  quotaDay(): number {
    return Math.floor((this.nowMs() + 8 * 3600_000) / 86_400_000);
  }
}
