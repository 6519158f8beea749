/**
 * startEmulator(): the HTTP server on 127.0.0.1 plus the in-process control surface.
 * The in-process surface (ledger(), seed(), …) is always there; the same controls over HTTP
 * (/__emulator/*) only with `admin: true` (see access-guard.ts).
 */
import { createServer } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { isLoopbackHost, ownAuthority } from './access-guard';
import type { GuardConfig } from './access-guard';
import type { AdminApi } from './admin-routes';
import { EmuClock } from './clock';
import { DEMO_ACCOUNT } from './demo-account';
import { seedDemo } from './demo-seed';
import { handleRequest } from './request-handler';
import { seedAccount } from './seed';
import type { Emulator, EmulatorOptions, FaultRule, SeedSpec } from './types';
import { createWorld } from './world';

const APP_ID = /^wx[0-9a-f]{16}$/;
const SECRET = /^[0-9a-zA-Z]{32}$/;

export async function startEmulator(opts: EmulatorOptions = {}): Promise<Emulator> {
  const host = opts.host ?? '127.0.0.1';
  // The demo account runs it inside the app: never reachable from another machine.
  if (!isLoopbackHost(host))
    throw new TypeError(`emulator host must be a loopback address (127.x.x.x or ::1): ${host}`);
  const accounts = opts.accounts ?? [DEMO_ACCOUNT];
  for (const a of accounts) {
    // Real credentials have these shapes; accepting others would hide client-side validation bugs.
    if (!APP_ID.test(a.appId)) throw new TypeError(`emulator account appId must be 'wx' + 16 hex digits: ${a.appId}`);
    if (!SECRET.test(a.appSecret))
      throw new TypeError(`emulator account appSecret must be 32 [0-9a-zA-Z] (appId ${a.appId})`);
  }
  const clock = new EmuClock(opts.now);
  const world = createWorld(accounts, clock, {
    latencyMs: opts.latencyMs ?? 0,
    publishDelayMs: opts.publishDelayMs ?? 1500,
    enforceQuota: opts.enforceQuota ?? true,
    textPlainMaterial: opts.textPlainMaterial ?? false,
  });

  const account = (appId: string) => {
    const state = world.accounts.get(appId);
    if (!state) throw new Error(`unknown emulator account ${appId}`);
    return state;
  };

  const api = {
    ledger: (appId?: string) => world.ledger.entries(appId),
    calls: () => world.calls.all(),
    setFaults: (rules: FaultRule[]) => world.faults.set(rules),
    clearFaults: () => world.faults.clear(),
    seed: (appId: string, spec: SeedSpec) => {
      const state = account(appId);
      if (spec.demo) seedDemo(world, state);
      seedAccount(world, state, spec);
    },
    reset: () => {
      for (const state of world.accounts.values()) state.clear();
      world.ledger.clear();
      world.cdn.clear();
      world.tokens.clear();
      world.calls.clear();
      world.faults.clear();
      clock.reset();
    },
    advanceClock: (ms: number) => clock.advance(ms),
    setIpWhitelist: (appId: string, ips: string[] | null) => {
      account(appId).ipWhitelist = ips ? [...ips] : null;
    },
  };

  const admin: AdminApi = {
    url: () => world.baseUrl,
    appIds: () => [...world.accounts.keys()],
    faults: () => world.faults.active(),
    ...api,
    advanceClock: (ms) => {
      clock.advance(ms);
      return clock.nowMs();
    },
  };

  // Set once the server listens (no request can arrive before that).
  const guard: GuardConfig = { authority: '', admin: opts.admin ?? false };
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    handleRequest(req, res, world, admin, guard).catch((e: unknown) => {
      console.error('[wechat-emulator] request failed', e);
      if (!res.headersSent) res.writeHead(500).end();
      else res.destroy();
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  // Never let a client's broken socket crash the emulator process.
  server.on('clientError', (_err, socket) => socket.destroy());

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  world.baseUrl = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  guard.authority = ownAuthority(world.baseUrl);

  return {
    url: world.baseUrl,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        // Keep-alive sockets would hold close() open; the emulator owns them, so end them.
        for (const s of sockets) s.destroy();
      }),
    ...api,
  };
}
