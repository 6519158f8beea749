/**
 * Control routes under /__emulator/ (JSON in, JSON out), so tests and benchmarks running
 * in another process (the app in browser mode, Playwright) can drive the emulator:
 *
 *   GET    /__emulator/health              {ok, url, appIds}
 *   GET    /__emulator/ledger[?appId=]     LedgerEntry[]
 *   GET    /__emulator/calls               CallRecord[]
 *   GET    /__emulator/faults              active FaultRule[]
 *   POST   /__emulator/faults              body FaultRule[] (replaces the set)
 *   DELETE /__emulator/faults
 *   POST   /__emulator/seed                body {appId, ...SeedSpec}
 *   POST   /__emulator/reset
 *   POST   /__emulator/clock               body {advanceMs} → {nowMs}
 *   POST   /__emulator/whitelist           body {appId, ips: string[] | null} (the account's API IP whitelist)
 *
 * Bad input answers 400 {error}; unknown routes 404. They never expose secrets or tokens.
 * They only exist with startEmulator({ admin: true }), and access-guard.ts has already refused
 * wrong Hosts, requests with an Origin header, and POST/DELETE without a JSON Content-Type.
 */
import type { Reply } from './reply';
import type { CallRecord, FaultRule, LedgerEntry, SeedSpec } from './types';

export interface AdminApi {
  url(): string;
  appIds(): string[];
  ledger(appId?: string): LedgerEntry[];
  calls(): CallRecord[];
  faults(): FaultRule[];
  setFaults(rules: FaultRule[]): void;
  clearFaults(): void;
  seed(appId: string, spec: SeedSpec): void;
  reset(): void;
  advanceClock(ms: number): number;
  setIpWhitelist(appId: string, ips: string[] | null): void;
}

function send(status: number, payload: unknown): Reply {
  return {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
    body: Buffer.from(JSON.stringify(payload)),
  };
}

function parse(body: Buffer): unknown {
  return body.length === 0 ? {} : (JSON.parse(body.toString('utf8')) as unknown);
}

function route(method: string, path: string, query: URLSearchParams, body: Buffer, api: AdminApi): Reply {
  const name = path.slice('/__emulator/'.length);
  const key = `${method} ${name}`;
  switch (key) {
    case 'GET health':
      return send(200, { ok: true, url: api.url(), appIds: api.appIds() });
    case 'GET ledger':
      return send(200, api.ledger(query.get('appId') ?? undefined));
    case 'GET calls':
      return send(200, api.calls());
    case 'GET faults':
      return send(200, api.faults());
    case 'POST faults': {
      const rules = parse(body);
      if (!Array.isArray(rules)) return send(400, { error: 'body must be a JSON array of fault rules' });
      api.setFaults(rules as FaultRule[]);
      return send(200, { ok: true, count: rules.length });
    }
    case 'DELETE faults':
      api.clearFaults();
      return send(200, { ok: true });
    case 'POST seed': {
      const { appId, ...spec } = parse(body) as { appId?: unknown } & SeedSpec;
      if (typeof appId !== 'string' || !api.appIds().includes(appId)) return send(404, { error: 'unknown appId' });
      api.seed(appId, spec);
      return send(200, { ok: true });
    }
    case 'POST reset':
      api.reset();
      return send(200, { ok: true });
    case 'POST clock': {
      const { advanceMs } = parse(body) as { advanceMs?: unknown };
      if (typeof advanceMs !== 'number') return send(400, { error: 'advanceMs must be a number' });
      return send(200, { ok: true, nowMs: api.advanceClock(advanceMs) });
    }
    case 'POST whitelist': {
      const { appId, ips } = parse(body) as { appId?: unknown; ips?: unknown };
      if (typeof appId !== 'string' || !api.appIds().includes(appId)) return send(404, { error: 'unknown appId' });
      const list =
        ips === null ? null : Array.isArray(ips) && ips.every((ip) => typeof ip === 'string') ? ips : undefined;
      if (list === undefined) return send(400, { error: 'ips must be an array of addresses, or null' });
      api.setIpWhitelist(appId, list);
      return send(200, { ok: true });
    }
    default:
      return send(404, { error: `no admin route ${key}` });
  }
}

export function handleAdmin(method: string, path: string, query: URLSearchParams, body: Buffer, api: AdminApi): Reply {
  try {
    return route(method, path, query, body, api);
  } catch (e) {
    return send(400, { error: e instanceof Error ? e.message : String(e) });
  }
}
