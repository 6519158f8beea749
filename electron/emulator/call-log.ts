/**
 * The call log behind calls(). It keeps the path and the query string, which tests need
 * (type=, lang=, …), but with the value of every credential parameter (access_token, the
 * legacy token call's secret) replaced, and never request bodies (stable_token bodies carry
 * the secret), so it is safe to print in test output. Bounded so week-long demo sessions do
 * not grow forever.
 */
import type { CallRecord } from './types';

/** Query parameters whose values are credentials. */
const SECRET_PARAMS = new Set(['access_token', 'secret', 'appsecret', 'component_access_token']);

/**
 * The query string (without `?`) with credential values replaced by REDACTED. Works on the raw
 * text, so every other parameter is kept byte for byte as the client sent it.
 */
export function redactQuery(search: string): string {
  const raw = search.startsWith('?') ? search.slice(1) : search;
  if (raw === '') return '';
  return raw
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      const rawKey = eq === -1 ? pair : pair.slice(0, eq);
      let key: string;
      try {
        key = decodeURIComponent(rawKey.replace(/\+/g, ' ')).toLowerCase();
      } catch {
        key = rawKey.toLowerCase();
      }
      return SECRET_PARAMS.has(key) ? `${rawKey}=REDACTED` : pair;
    })
    .join('&');
}

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
