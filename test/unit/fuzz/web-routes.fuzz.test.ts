/**
 * Every browser-mode route, over real HTTP on 127.0.0.1 (one keep-alive agent), against a real core
 * whose one account talks to an in-process emulator. Each request is fully authorized (session
 * cookie + API key header, asset URLs signed by the gate) so the hostile part reaches the route's
 * own validation. ≥ 10,000 inputs per route; a route answers 4xx (or a refusing envelope), never
 * 5xx, never reaches the emulator, never leaves loopback, never writes outside the data folder.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemorySecretStore } from '../../../electron/core/accounts/secret-store';
import { createCore, type Core } from '../../../electron/core/app-core';
import { DEMO_ACCOUNT } from '../../../electron/emulator/demo-account';
import { startEmulator } from '../../../electron/emulator/emulator';
import type { Emulator } from '../../../electron/emulator/types';
import { CHANNELS } from '@shared/channels';
import { requestSchemas } from '@shared/contract';
import { EventStream } from '../../../electron/web/event-stream';
import { API_KEY_HEADER, SessionGate } from '../../../electron/web/session-gate';
import { WebDownloadTarget } from '../../../electron/web/web-download-target';
import { startWebServer } from '../../../electron/web/web-server';
import { reportFuzz, guardNetwork, makeFuzzRoot, type FuzzRoot, type NetworkGuard } from './guards';
import { hostileInput, hostileString } from './hostile';

const RUNS = Math.max(10_000, Number(process.env.FUZZ_RUNS ?? 0));
const LIVE_ACCOUNT = 'env';
const INDEX = '<!doctype html><title>fuzz</title>';
const ASSET_PREFIXES = ['thumb', 'preview', 'temp', 'artimg'];

let root: FuzzRoot;
let net: NetworkGuard;
let emulator: Emulator;
let core: Core;
let gate: SessionGate;
let events: EventStream;
let server: Awaited<ReturnType<typeof startWebServer>>;
let cookie = '';
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
const savedTmp = process.env.TMPDIR;

beforeAll(async () => {
  root = makeFuzzRoot('web');
  process.env.TMPDIR = root.tmpDir;
  emulator = await startEmulator({ accounts: [DEMO_ACCOUNT] });
  net = guardNetwork();
  gate = new SessionGate();
  events = new EventStream();
  const downloads = new WebDownloadTarget(path.join(root.dataDir, 'downloads'), gate);
  core = await createCore({
    mode: 'web',
    version: 'fuzz',
    dataDir: root.dataDir,
    persistAccounts: false,
    secrets: new MemorySecretStore(),
    downloads,
    emit: (event, payload) => events.emit(event, payload),
    demo: false,
    envAccount: { appId: DEMO_ACCOUNT.appId, appSecret: DEMO_ACCOUNT.appSecret, apiBase: emulator.url },
  });
  const staticDir = path.join(root.dataDir, 'static');
  mkdirSync(staticDir);
  writeFileSync(path.join(staticDir, 'index.html'), INDEX);
  server = await startWebServer({ core, gate, events, downloads, staticDir });
  const redeem = await request('GET', `/?t=${gate.issueToken()}`, {});
  cookie = String(redeem.headers['set-cookie']?.[0] ?? '').split(';')[0]!;
  emulator.reset();
});

afterAll(async () => {
  agent.destroy();
  events?.close();
  server?.closeAllConnections();
  await new Promise((r) => server?.close(r));
  await core?.close();
  await emulator?.close();
  net?.restore();
  process.env.TMPDIR = savedTmp;
  if (root) rmSync(root.root, { recursive: true, force: true });
});

interface Answer {
  status: number;
  body: string;
  headers: http.IncomingHttpHeaders;
}

function request(
  method: string,
  target: string,
  headers: Record<string, string>,
  body?: Buffer | string,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: server.port, method, path: target, headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), headers: res.headers }),
      );
    });
    req.on('error', reject);
    req.end(body);
  });
}

const authorized = (extra: Record<string, string> = {}) => ({ cookie, [API_KEY_HEADER]: gate.apiKey(), ...extra });

/** Percent-encodes everything outside the unreserved set (lone surrogates become U+FFFD, as in UTF-8). */
function encodeAll(s: string): string {
  const wellFormed = Buffer.from(s, 'utf8').toString('utf8');
  return encodeURIComponent(wellFormed).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** A path segment as an attacker writes it: fully encoded hostile text, or raw (mis-)encoded traversal. */
const segment = fc.oneof(
  { weight: 3, arbitrary: hostileString({ forbidden: [LIVE_ACCOUNT] }).map(encodeAll) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '..',
      '.',
      '%2e%2e',
      '.%2e',
      '..%2f',
      '%2e%2e%2f',
      '%2e%2e%5c',
      '..%5c',
      '%00',
      '%ff',
      '%',
      '%zz',
      '%c0%ae%c0%ae',
      '%252e%252e',
      ';',
      '%3b',
      '%23',
      '%3f',
    ),
  },
);
const hostilePath = fc.array(segment, { minLength: 1, maxLength: 5 }).map((s) => s.join('/'));
const hostileQuery = fc.oneof(
  fc.constant(''),
  fc.array(fc.tuple(segment, segment), { maxLength: 3 }).map((kv) => `?${kv.map(([k, v]) => `${k}=${v}`).join('&')}`),
);
const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD', 'PROPFIND', 'TRACE'];

/** The answer is a refusal: a 4xx, or a 200 envelope that is not a success of invalid input nor an INTERNAL crash. */
function refusalProblem(a: Answer, schemaAccepts: () => boolean): string | null {
  if (a.status >= 500) return `HTTP ${a.status}`;
  if (a.status >= 400) return null;
  if (a.status !== 200) return `HTTP ${a.status}`;
  let env: { ok?: boolean; error?: { code?: string; errClass?: string; message?: { zh?: string; en?: string } } };
  try {
    env = JSON.parse(a.body) as typeof env;
  } catch {
    return '200 without an envelope';
  }
  if (env.ok === true) return schemaAccepts() ? null : 'invalid input accepted';
  if (!env.error?.message?.zh || !env.error.message.en) return 'malformed error';
  if (env.error.code === 'VALIDATION' || env.error.code === 'UNKNOWN_CHANNEL') return null;
  if (!schemaAccepts()) return `invalid input answered ${env.error.code}`;
  return env.error.errClass === 'internal' ? `handler crashed (${env.error.code})` : null;
}

/**
 * A 4xx, or the bundle itself: `/thumb/..` is normalized by the URL parser to `/`, which is the
 * renderer's index (never a file of the route's own, never anything outside the static folder).
 */
function refusedOrBundle(a: Answer, method: string): boolean {
  if (a.status >= 400 && a.status < 500) return true;
  return a.status === 200 && (a.body === INDEX || method === 'HEAD');
}

interface Route {
  name: string;
  arbitrary: fc.Arbitrary<() => Promise<string | null>>;
}

/** Every request key of the contract: a request-shaped body for one channel is hostile for all others. */
const ALL_KEYS = [
  ...new Set(CHANNELS.flatMap((c) => Object.keys((requestSchemas[c] as { shape?: object }).shape ?? {}))),
];
const schemaAccepts = (c: string, body: Buffer) =>
  requestSchemas[c as (typeof CHANNELS)[number]].safeParse((JSON.parse(body.toString() || '{}') as unknown) ?? {})
    .success;
const channel = fc.oneof(fc.constantFrom(...CHANNELS), hostileString({ forbidden: [LIVE_ACCOUNT] }));

const ROUTES: Route[] = [
  {
    name: 'POST /api/call/<channel>',
    arbitrary: fc
      .tuple(
        channel,
        fc.oneof(
          { weight: 4, arbitrary: hostileInput(ALL_KEYS, { forbidden: [LIVE_ACCOUNT] }) },
          { weight: 1, arbitrary: fc.uint8Array({ maxLength: 64 }).map((b) => Buffer.from(b)) },
        ),
      )
      .map(([c, input]) => async () => {
        const body = Buffer.isBuffer(input) ? input : Buffer.from(safeStringify(input));
        const a = await request(
          'POST',
          `/api/call/${encodeAll(c)}`,
          authorized({ 'content-type': 'application/json' }),
          body,
        );
        // files:register is desktop-only: browser mode must refuse it whatever the body.
        const known = (CHANNELS as readonly string[]).includes(c) && c !== 'files:register';
        return refusalProblem(a, () => known && schemaAccepts(c, body));
      }),
  },
  {
    name: 'POST /api/stage?name=<name>',
    arbitrary: fc
      .tuple(hostileString({ forbidden: [LIVE_ACCOUNT] }), fc.uint8Array({ maxLength: 32 }))
      .map(([name, bytes]) => async () => {
        const a = await request(
          'POST',
          `/api/stage?name=${encodeAll(name)}`,
          authorized({ 'content-type': 'application/octet-stream' }),
          Buffer.from(bytes),
        );
        if (a.status >= 500) return `HTTP ${a.status}`;
        if (a.status >= 400) return null;
        const env = JSON.parse(a.body) as { ok: boolean; value?: { name: string } };
        if (env.ok && /[\\/\0]/.test(env.value?.name ?? ''))
          return `staged name keeps a separator: ${JSON.stringify(env.value?.name)}`;
        return null;
      }),
  },
  {
    name: 'GET /api/download/<token>',
    arbitrary: fc
      .tuple(fc.constantFrom('GET', 'HEAD', 'POST'), hostilePath, hostileQuery)
      .map(([method, p, q]) => async () => {
        const a = await request(method, `/api/download/${p}${q}`, authorized());
        return refusedOrBundle(a, method) ? null : `HTTP ${a.status} for ${method} /api/download/${p}`;
      }),
  },
  {
    name: 'GET /<asset>/<account>/<id> (signed)',
    arbitrary: fc.tuple(fc.constantFrom(...ASSET_PREFIXES), hostilePath).map(([prefix, p]) => async () => {
      const pathname = `/${prefix}/${p}`;
      let target = pathname;
      try {
        target = `${pathname}?${gate.signPath(new URL(`http://x${pathname}`).pathname)}`;
      } catch {
        // An unparsable path is sent unsigned: the server must still answer 4xx.
      }
      const a = await request('GET', target, { cookie });
      return refusedOrBundle(a, 'GET') ? null : `HTTP ${a.status} for ${target.slice(0, 120)}`;
    }),
  },
  {
    name: 'GET /<static path>',
    arbitrary: fc.tuple(fc.constantFrom(...METHODS), hostilePath, hostileQuery).map(([method, p, q]) => async () => {
      const a = await request(method, `/${p}${q}`, { cookie });
      if (a.status >= 500) return `HTTP ${a.status}`;
      if (a.status === 200 && a.body !== INDEX && method !== 'HEAD')
        return `served something else than the bundle for /${p}`;
      return a.status === 200 || a.status === 403 || (a.status >= 400 && a.status < 500) ? null : `HTTP ${a.status}`;
    }),
  },
  {
    name: 'GET /?t=<one-time token>',
    arbitrary: fc.tuple(hostilePath, hostileQuery).map(([t, q]) => async () => {
      const a = await request('GET', `/?t=${t}${q ? `&${q.slice(1)}` : ''}`, {});
      return a.status >= 400 && a.status < 500 ? null : `HTTP ${a.status} (a hostile token was redeemed?)`;
    }),
  },
  {
    name: '<method> /api/events and /api/<other>',
    arbitrary: fc
      .tuple(
        fc.constantFrom(...METHODS.filter((m) => m !== 'GET')),
        fc.oneof(fc.constant('events'), hostilePath),
        hostileQuery,
      )
      .map(([method, p, q]) => async () => {
        const a = await request(method, `/api/${p}${q}`, authorized());
        return refusedOrBundle(a, method) ? null : `HTTP ${a.status} for ${method} /api/${p}`;
      }),
  },
];

describe('browser-mode route fuzz', () => {
  it(`every route refuses ${RUNS.toLocaleString('en-US')} hostile requests safely`, async () => {
    expect(cookie).toMatch(/^sd_session=/);
    const crashes: string[] = [];
    let inputs = 0;
    for (const route of ROUTES) {
      const started = Date.now();
      await fc.assert(
        fc.asyncProperty(route.arbitrary, async (attempt) => {
          inputs += 1;
          try {
            const why = await attempt();
            if (why) crashes.push(`${route.name}: ${why}`);
          } catch (err) {
            crashes.push(`${route.name}: ${String(err)}`);
          }
        }),
        { numRuns: RUNS, seed: process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined },
      );
      console.log(`  ${route.name}: ${RUNS} in ${Date.now() - started} ms`);
    }
    reportFuzz('routes', ROUTES.length, RUNS, crashes.length);
    expect(inputs).toBeGreaterThanOrEqual(ROUTES.length * RUNS);
    expect(crashes.slice(0, 5)).toEqual([]);
    expect(emulator.calls()).toEqual([]);
    expect(net.refused).toEqual([]);
    expect(root.outside()).toEqual([]);
  }, 600_000); // ~20 s (IPC) and ~70 s (HTTP) of CPU; generous for a loaded 2-core machine.
});

function safeStringify(v: unknown): string {
  try {
    return JSON.stringify(v) ?? 'null';
  } catch {
    return '"unserializable"';
  }
}
