/**
 * 200 × 300 KB images at 100 ms emulator latency: our queue (default concurrency 4, journal fsync,
 * sha256, validation, reconciliation bookkeeping) vs co-wechat-api's sequential uploadMaterial loop
 * vs a plain promise pool vs the ideal bound ⌈N/c⌉ × latency, all in one run. Targets: ≥ 3.5× the loop,
 * ≤ 1.03× the plain pool (issue 11), ≤ 1.10× the bound.
 *   npx tsx bench/upload-throughput.ts
 */
import { createRequire } from 'node:module';
import { encodePng } from '../electron/emulator/png';
import { DEMO_APP_ID, DEMO_APP_SECRET } from '../electron/emulator';
import { createWeChatClient } from '../electron/core/wechat/client';
import { ACCOUNT, benchService, ledgerCount, startEmulatorProcess, writeFiles } from './upload-bench-setup';

const N = 200;
const LATENCY = 100;
const CONCURRENCY = 4;

/** A valid ~300 KB PNG (stored deflate), distinct per index so dedupe never short-circuits. */
function image(i: number): Buffer {
  const side = 316;
  const px = Buffer.alloc(side * side * 3, i % 251);
  px.writeUInt32BE(i, 0);
  return encodePng(side, side, px, false);
}

interface CoWechatApi {
  prefix: string;
  fileServerPrefix: string;
  getMaterialCount(): Promise<unknown>;
  uploadMaterial(path: string, type: string): Promise<{ media_id: string }>;
}

async function main(): Promise<void> {
  // startEmulator({latencyMs: 100, enforceQuota: false}) in a child process: see upload-emulator-child.ts.
  const emu = await startEmulatorProcess(LATENCY);
  try {
    const { dir, staging, service } = await benchService(emu.url, CONCURRENCY);
    const loopFiles = await writeFiles(
      dir,
      N,
      (i) => `loop-${i}.png`,
      (i) => image(i),
    );
    const queueFiles = await writeFiles(
      dir,
      N,
      (i) => `queue-${i}.png`,
      (i) => image(N + i),
    );
    const poolFiles = await writeFiles(
      dir,
      N,
      (i) => `pool-${i}.png`,
      (i) => image(2 * N + i),
    );
    console.log(`file size: ${(image(0).length / 1024).toFixed(0)} KB × ${N}, latency ${LATENCY} ms`);

    // Baseline: co-wechat-api, one uploadMaterial after another (token fetched before timing).
    const require = createRequire(import.meta.url);
    const WechatAPI = require('co-wechat-api') as new (a: string, s: string) => CoWechatApi;
    const api = new WechatAPI(DEMO_APP_ID, DEMO_APP_SECRET);
    api.prefix = `${emu.url}/cgi-bin/`;
    api.fileServerPrefix = `${emu.url}/cgi-bin/`;
    await api.getMaterialCount();
    let t = performance.now();
    for (const p of loopFiles) await api.uploadMaterial(p, 'image');
    const loopMs = performance.now() - t;

    // Reference: a plain promise pool (c=4) around co-wechat-api — no journal, no dedupe, no reconciliation.
    t = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < poolFiles.length) await api.uploadMaterial(poolFiles[next++], 'image');
      }),
    );
    const poolMs = performance.now() - t;

    // Reference: the same pool around OUR client (validation, streaming multipart, token manager),
    // without the queue: separates the client's cost from the queue's bookkeeping.
    const ourPoolFiles = await writeFiles(
      dir,
      N,
      (i) => `ourpool-${i}.png`,
      (i) => image(3 * N + i),
    );
    const client = createWeChatClient({ appId: DEMO_APP_ID, appSecret: DEMO_APP_SECRET, apiBase: emu.url });
    await client.material.count();
    t = performance.now();
    let nextOurs = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (nextOurs < ourPoolFiles.length) await client.material.add('image', ourPoolFiles[nextOurs++]);
      }),
    );
    const ourPoolMs = performance.now() - t;

    // Ours: stage (desktop-style paths), enqueue, wait until the queue is idle.
    const queue = await service.queue(ACCOUNT);
    t = performance.now();
    const staged = await staging.register(queueFiles);
    await service.enqueue(
      ACCOUNT,
      'permanent',
      staged.map((s) => ({ token: s.token, type: 'auto' as const })),
    );
    const enqueueMs = performance.now() - t;
    await queue.idle();
    const queueMs = performance.now() - t;
    const done = queue.snapshot().jobs.filter((j) => j.status === 'done').length;
    const boundMs = Math.ceil(N / CONCURRENCY) * LATENCY;
    const stored = await ledgerCount(emu.url, 'queue-');

    console.log(`co-wechat-api sequential loop: ${loopMs.toFixed(0)} ms`);
    console.log(
      `plain promise pool (c=${CONCURRENCY}):   ${poolMs.toFixed(0)} ms  (${(poolMs / boundMs).toFixed(3)}× the bound)`,
    );
    console.log(
      `pool around our client:        ${ourPoolMs.toFixed(0)} ms  (${(ourPoolMs / boundMs).toFixed(3)}× the bound)`,
    );
    console.log(
      `our queue (c=${CONCURRENCY}):            ${queueMs.toFixed(0)} ms  (${done}/${N} done, ${stored} in ledger)`,
    );
    console.log(`  of which staging + validation + journaling the enqueue: ${enqueueMs.toFixed(0)} ms`);
    console.log(`ideal bound ⌈N/c⌉×latency:      ${boundMs} ms`);
    console.log(`speed-up vs loop: ${(loopMs / queueMs).toFixed(2)}×  (target ≥ 3.5×)`);
    console.log(`ratio to pool:    ${(queueMs / poolMs).toFixed(3)}×  (target ≤ 1.03×)`);
    console.log(`ratio to bound:   ${(queueMs / boundMs).toFixed(3)}×  (target ≤ 1.10×)`);
    await service.close();
    await staging.dispose();
    if (done !== N || stored !== N) process.exitCode = 1;
  } finally {
    emu.stop();
  }
}

void main();
