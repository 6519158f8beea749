/**
 * Peak RSS growth while the queue uploads 100 × 10 MB videos (1 GB in total) at the default
 * concurrency: files are hashed and sent as streams, so growth must stay flat in the total bytes
 * (target ≤ 64 MB). The emulator runs in its own process so the bytes it stores are not ours.
 *   npx tsx bench/upload-memory.ts
 */
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { ACCOUNT, benchService, ledgerCount, startEmulatorProcess, writeFiles } from './upload-bench-setup';

const N = 100;
const SIZE = 10 * 1024 * 1024;

/** The demo MP4 padded with an ISO-BMFF `free` box to exactly SIZE bytes, distinct per index (no dedupe). */
function video(i: number): Buffer {
  const mp4 = readFileSync(new URL('../assets/demo/demo-video.mp4', import.meta.url));
  const out = Buffer.alloc(SIZE);
  mp4.copy(out);
  out.writeUInt32BE(SIZE - mp4.length, mp4.length);
  out.write('free', mp4.length + 4, 'latin1');
  out.writeUInt32BE(i, mp4.length + 8);
  return out;
}

async function main(): Promise<void> {
  const emu = await startEmulatorProcess(0);
  const { dir, staging, service } = await benchService(emu.url);
  try {
    const files = await writeFiles(dir, N, (i) => `mem-${i}.mp4`, video);
    const queue = await service.queue(ACCOUNT);
    global.gc?.();
    const base = process.memoryUsage().rss;
    let peak = base;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 10);
    const t = performance.now();
    const staged = await staging.register(files);
    await service.enqueue(
      ACCOUNT,
      'permanent',
      staged.map((s) => ({ token: s.token, type: 'auto' as const })),
    );
    await queue.idle();
    const ms = performance.now() - t;
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    const done = queue.snapshot().jobs.filter((j) => j.status === 'done').length;
    const stored = await ledgerCount(emu.url, 'mem-');
    const growthMb = (peak - base) / 1024 / 1024;
    console.log(
      `uploaded ${done}/${N} × ${SIZE / 1024 / 1024} MB videos (${stored} in the emulator ledger) in ${ms.toFixed(0)} ms`,
    );
    console.log(`RSS before: ${(base / 1024 / 1024).toFixed(1)} MB, peak: ${(peak / 1024 / 1024).toFixed(1)} MB`);
    console.log(`peak RSS growth: ${growthMb.toFixed(1)} MB for ${(N * SIZE) / 1024 / 1024} MB sent (target ≤ 64 MB)`);
    if (done !== N || stored !== N || growthMb > 64) process.exitCode = 1;
  } finally {
    await service.close();
    await staging.dispose();
    await rm(dir, { recursive: true, force: true });
    emu.stop();
  }
}

void main();
