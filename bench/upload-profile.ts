/**
 * Where the queue's time goes: the same 200 × 293 KB run as bench/upload-throughput.ts (queue only),
 * with each add_material's start and end stamped, so the idle gap of a worker slot between one answer
 * and the next request is visible.  npx tsx bench/upload-profile.ts
 */
import { encodePng } from '../electron/emulator/png';
import { ACCOUNT, benchService, startEmulatorProcess, writeFiles } from './upload-bench-setup';

const N = 200;
const LATENCY = 100;
const CONCURRENCY = 4;

function image(i: number): Buffer {
  const side = 316;
  const px = Buffer.alloc(side * side * 3, i % 251);
  px.writeUInt32BE(i, 0);
  return encodePng(side, side, px, false);
}

async function main(): Promise<void> {
  const emu = await startEmulatorProcess(LATENCY);
  try {
    const { dir, staging, service, client } = await benchService(emu.url, CONCURRENCY);
    const files = await writeFiles(
      dir,
      N,
      (i) => `prof-${i}.png`,
      (i) => image(5 * N + i + Math.floor(Math.random() * 1e6)),
    );
    const starts: number[] = [];
    const ends: number[] = [];
    const add = client.material.add.bind(client.material);
    client.material.add = async (...args: Parameters<typeof add>) => {
      starts.push(performance.now());
      try {
        return await add(...args);
      } finally {
        ends.push(performance.now());
      }
    };
    const queue = await service.queue(ACCOUNT);
    const t0 = performance.now();
    const staged = await staging.register(files);
    const t1 = performance.now();
    await service.enqueue(
      ACCOUNT,
      'permanent',
      staged.map((s) => ({ token: s.token, type: 'auto' as const })),
    );
    const t2 = performance.now();
    await queue.idle();
    const t3 = performance.now();
    // Slot gaps: the i-th request (i ≥ c) starts after the (i-c)-th answer freed its slot.
    const sortedEnds = [...ends].sort((a, b) => a - b);
    const gaps = starts
      .slice(CONCURRENCY)
      .map((s, i) => s - sortedEnds[i])
      .sort((a, b) => a - b);
    const lat = starts.map((s, i) => ends[i] - s).sort((a, b) => a - b);
    const sum = gaps.reduce((a, b) => a + b, 0);
    console.log(
      `register ${(t1 - t0).toFixed(0)} ms, enqueue ${(t2 - t1).toFixed(0)} ms, total ${(t3 - t0).toFixed(0)} ms`,
    );
    console.log(
      `first request at +${(starts[0] - t0).toFixed(1)} ms; last answer at +${(Math.max(...ends) - t0).toFixed(0)} ms`,
    );
    console.log(
      `slot gaps (${gaps.length}): sum ${sum.toFixed(0)} ms, median ${gaps[gaps.length >> 1].toFixed(2)}, p90 ${gaps[Math.floor(gaps.length * 0.9)].toFixed(2)}, max ${gaps.at(-1)!.toFixed(2)}`,
    );
    console.log(
      `request time: median ${lat[lat.length >> 1].toFixed(1)} ms, p90 ${lat[Math.floor(lat.length * 0.9)].toFixed(1)}`,
    );
    await service.close();
    await staging.dispose();
  } finally {
    emu.stop();
  }
}

void main();
