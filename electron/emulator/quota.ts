/**
 * Daily API quotas per account and cgi path (docs/wechat-api.md § Limits, daily quotas of a
 * new account). Documented limits are used as is; material endpoints have no documented
 * limit, so they get a generous 100,000. Counters roll over at 00:00 Beijing time on the
 * emulator clock; clear_quota resets them (10 clears per account, then 48006).
 */

export const DAILY_LIMITS: Record<string, number> = {
  '/cgi-bin/token': 2000,
  '/cgi-bin/stable_token': 500_000,
  '/cgi-bin/media/upload': 100_000,
  '/cgi-bin/media/get': 200_000,
  '/cgi-bin/draft/add': 1000,
  '/cgi-bin/draft/get': 500,
  '/cgi-bin/draft/delete': 1000,
  '/cgi-bin/draft/update': 1000,
  '/cgi-bin/draft/count': 1000,
  '/cgi-bin/draft/batchget': 1000,
  '/cgi-bin/freepublish/submit': 100,
  '/cgi-bin/freepublish/get': 100,
  '/cgi-bin/freepublish/delete': 10,
  '/cgi-bin/freepublish/getarticle': 100,
  '/cgi-bin/freepublish/batchget': 100,
};

export const UNDOCUMENTED_LIMIT = 100_000;
export const MAX_CLEARS = 10;

export function dailyLimit(cgiPath: string): number {
  return DAILY_LIMITS[cgiPath] ?? UNDOCUMENTED_LIMIT;
}

export class QuotaCounter {
  private day = -1;
  private used = new Map<string, number>();
  clears = 0;

  private roll(day: number): void {
    if (day !== this.day) {
      this.day = day;
      this.used.clear();
    }
  }

  /** Counts one call; returns false (and does not count) when the daily limit is reached. */
  take(cgiPath: string, day: number): boolean {
    this.roll(day);
    const n = this.used.get(cgiPath) ?? 0;
    if (n >= dailyLimit(cgiPath)) return false;
    this.used.set(cgiPath, n + 1);
    return true;
  }

  usage(cgiPath: string, day: number): { daily_limit: number; used: number; remain: number } {
    this.roll(day);
    const limit = dailyLimit(cgiPath);
    const used = this.used.get(cgiPath) ?? 0;
    return { daily_limit: limit, used, remain: Math.max(0, limit - used) };
  }

  clear(): void {
    this.used.clear();
  }
}
