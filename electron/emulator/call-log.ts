/**
 * The call log behind calls(). It stores only the path (never the query, which carries
 * access_token) and never request bodies (stable_token bodies carry the secret), so it is
 * safe to print in test output. Bounded so week-long demo sessions do not grow forever.
 */
import type { CallRecord } from './types';

const MAX_CALLS = 200_000;

export class CallLog {
  private records: CallRecord[] = [];

  add(record: CallRecord): void {
    this.records.push(record);
    if (this.records.length > MAX_CALLS) this.records.splice(0, this.records.length - MAX_CALLS);
  }

  all(): CallRecord[] {
    return this.records.map((r) => ({ ...r }));
  }

  clear(): void {
    this.records = [];
  }
}
