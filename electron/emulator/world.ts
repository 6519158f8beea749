/**
 * The emulator's whole state in one object, passed to every handler. Handlers are plain
 * functions of (request, world) → Reply, which keeps them easy to read and to test.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { AccountState } from './account-state';
import { CallLog } from './call-log';
import { Cdn } from './cdn';
import { EmuClock } from './clock';
import { FaultEngine } from './faults';
import { Ledger } from './ledger';
import type { Reply } from './reply';
import { TokenService } from './tokens';
import type { EmulatorAccount } from './types';

export interface WorldOptions {
  latencyMs: number;
  publishDelayMs: number;
  enforceQuota: boolean;
  /** get_material labels file bytes text/plain (EmulatorOptions.textPlainMaterial). */
  textPlainMaterial: boolean;
}

export interface World {
  clock: EmuClock;
  options: WorldOptions;
  /** http://host:port, known once the server listens. */
  baseUrl: string;
  accounts: Map<string, AccountState>;
  ledger: Ledger;
  cdn: Cdn;
  tokens: TokenService;
  calls: CallLog;
  faults: FaultEngine;
  /** Monotonic numbers for publish_id, msg_data_id, article mids and insertion order. */
  counters: { publishId: number; msgDataId: number; mid: number; seq: number };
}

export function createWorld(accounts: EmulatorAccount[], clock: EmuClock, options: WorldOptions): World {
  const world: World = {
    clock,
    options,
    baseUrl: '',
    accounts: new Map(accounts.map((a) => [a.appId, new AccountState(a)])),
    ledger: new Ledger(),
    cdn: new Cdn(() => world.baseUrl),
    tokens: new TokenService(clock),
    calls: new CallLog(),
    faults: new FaultEngine(),
    counters: { publishId: 2247483000, msgDataId: 2247483000, mid: 2247483000, seq: 0 },
  };
  return world;
}

export function nextSeq(world: World): number {
  world.counters.seq += 1;
  return world.counters.seq;
}

export interface CgiRequest {
  method: string;
  /** Path below /cgi-bin/, e.g. 'material/add_material'. */
  endpoint: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: Buffer;
  /** The caller's address as the socket saw it (checked against an account's IP whitelist). */
  remoteAddress?: string;
}

export interface CgiContext extends CgiRequest {
  world: World;
  account: AccountState;
}

export type Route =
  | { method: 'GET' | 'POST' | 'ANY'; auth: true; handle: (ctx: CgiContext) => Reply }
  | { method: 'GET' | 'POST' | 'ANY'; auth: false; handle: (req: CgiRequest, world: World) => Reply };
