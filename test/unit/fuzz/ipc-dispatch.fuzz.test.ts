/**
 * Every IPC channel of the contract, against a real core (temp data folder, no demo) whose one
 * account talks to an in-process emulator: ≥ 10,000 hostile inputs per channel. Whatever arrives,
 * the dispatcher answers an envelope (never rejects), refuses schema-invalid input with VALIDATION
 * before any handler runs, never fails with INTERNAL (an unplanned throw in a handler), never
 * reaches the emulator, never leaves loopback and never creates a file outside the data folder.
 * Replaces the old loop over a handful of fixed inputs (test/unit/core/ipc/dispatch.test.ts).
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemorySecretStore } from '../../../electron/core/accounts/secret-store';
import { createCore, type Core } from '../../../electron/core/app-core';
import { createDispatcher, type Dispatch } from '../../../electron/core/ipc/dispatch';
import type { DownloadTarget } from '../../../electron/core/library/download-target';
import { DEMO_ACCOUNT } from '../../../electron/emulator/demo-account';
import { startEmulator } from '../../../electron/emulator/emulator';
import type { Emulator } from '../../../electron/emulator/types';
import { CHANNELS } from '@shared/channels';
import { requestSchemas } from '@shared/contract';
import type { Envelope } from '@shared/errors';
import { reportFuzz, guardNetwork, makeFuzzRoot, type FuzzRoot, type NetworkGuard } from './guards';
import { hostileInput } from './hostile';

/** ≥ 10,000 per channel (issue 8); FUZZ_RUNS raises it for a longer local run. */
const RUNS = Math.max(10_000, Number(process.env.FUZZ_RUNS ?? 0));
/** The id of the one account backed by the emulator: hostile inputs never use it verbatim. */
const LIVE_ACCOUNT = 'env';

let root: FuzzRoot;
let net: NetworkGuard;
let emulator: Emulator;
let core: Core;
let dispatch: Dispatch;
const savedTmp = process.env.TMPDIR;

beforeAll(async () => {
  root = makeFuzzRoot('ipc');
  process.env.TMPDIR = root.tmpDir;
  emulator = await startEmulator({ accounts: [DEMO_ACCOUNT] });
  net = guardNetwork();
  const downloads: DownloadTarget = {
    chooseFolder: () => Promise.resolve(path.join(root.dataDir, 'downloads')),
    finish: (file) => ({ saved: true, path: file.path, bytes: file.bytes }) as never,
  };
  core = await createCore({
    mode: 'desktop',
    version: 'fuzz',
    dataDir: root.dataDir,
    persistAccounts: true,
    secrets: new MemorySecretStore(),
    downloads,
    emit: () => undefined,
    demo: false,
    envAccount: { appId: DEMO_ACCOUNT.appId, appSecret: DEMO_ACCOUNT.appSecret, apiBase: emulator.url },
  });
  dispatch = createDispatcher(core.handlers);
  emulator.reset();
});

afterAll(async () => {
  await core?.close();
  await emulator?.close();
  net?.restore();
  process.env.TMPDIR = savedTmp;
  if (root) rmSync(root.root, { recursive: true, force: true });
});

function keysOf(channel: (typeof CHANNELS)[number]): string[] {
  const shape = (requestSchemas[channel] as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : [];
}

/** Why an answer breaks the contract, or null when it is a proper refusal. */
function violation(schemaAccepts: boolean, res: Envelope<unknown>): string | null {
  if (typeof res !== 'object' || res === null || typeof res.ok !== 'boolean') return 'not an envelope';
  if (res.ok) return schemaAccepts ? null : 'invalid input was accepted';
  const { error } = res;
  if (!error?.message?.zh || !error.message.en || typeof error.code !== 'string') return 'malformed error';
  if (!schemaAccepts) return error.code === 'VALIDATION' ? null : `invalid input answered ${error.code}`;
  return error.errClass === 'internal' ? `handler crashed (${error.code})` : null;
}

describe('IPC fuzz', () => {
  it(`every channel refuses ${RUNS.toLocaleString('en-US')} hostile inputs safely`, async () => {
    const crashes: string[] = [];
    let inputs = 0;
    for (const channel of CHANNELS) {
      const schema = requestSchemas[channel];
      await fc.assert(
        fc.asyncProperty(hostileInput(keysOf(channel), { forbidden: [LIVE_ACCOUNT] }), async (raw) => {
          inputs += 1;
          let res: Envelope<unknown>;
          try {
            res = await dispatch(channel, raw, true);
          } catch (err) {
            crashes.push(`${channel}: rejected ${String(err)}`);
            return;
          }
          // Parsing again only for answers other than VALIDATION keeps the run inside its time budget.
          const refused = !res.ok && res.error.code === 'VALIDATION';
          const why = refused ? null : violation(schema.safeParse(raw ?? {}).success, res);
          if (why) crashes.push(`${channel}: ${why} for ${safeJson(raw)}`);
        }),
        { numRuns: RUNS, seed: seedFromEnv() },
      );
    }
    reportFuzz('channels', CHANNELS.length, RUNS, crashes.length);
    expect(inputs).toBeGreaterThanOrEqual(CHANNELS.length * RUNS);
    expect(crashes.slice(0, 5)).toEqual([]);
    expect(emulator.calls()).toEqual([]);
    expect(net.refused).toEqual([]);
    expect(root.outside()).toEqual([]);
  }, 600_000); // ~20 s (IPC) and ~70 s (HTTP) of CPU; generous for a loaded 2-core machine.
});

function seedFromEnv(): number | undefined {
  return process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
}

function safeJson(v: unknown): string {
  try {
    return (JSON.stringify(v) ?? String(v)).slice(0, 200);
  } catch {
    return String(v).slice(0, 200);
  }
}
