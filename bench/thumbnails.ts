/**
 * Thumbnail benchmark (issue 11): 200 real-size pictures through electron/core/images/thumbnail.ts.
 *   - 140 × 12 MP JPEG (4000×3000, photo-like detail, ~4–5 MB), 40 × 4 MP PNG (2309×1732), 20 × animated
 *     GIF (1600×1200, 4 frames). Distinct sources: 4 JPEGs, 2 PNGs, 1 GIF, each used again and again —
 *     sharp's cache is off (electron/core/images/sharp.ts), so every one is decoded in full.
 *   - p95 per 12 MP JPEG, one at a time (target ≤ 200 ms on wasm32);
 *   - thumbnails per second for all 200, asked for at once (the core's bound of 2 decodes applies);
 *   - bytes per 20-tile page, the largest page (target ≤ 1 MB), against the old path's bytes in the same
 *     run (before issue 11, JPEG and GIF went to the grid untouched; PNG was shrunk — counted untouched
 *     here too, which favours the old path only for PNGs);
 *   - peak RSS growth while the 200 are made (target ≤ 200 MB).
 * The machine may be shared: next to wall-clock times it prints the process's CPU time per picture
 * (sharp's threads included) and the load average. The sources are kept in the OS temp folder
 * (sucaidesk-bench-thumbnails-v1/) so later runs skip making them.
 * Run: npm run bench:thumbnails            (whichever sharp build loads: native if installed)
 *      npm run bench:thumbnails -- --wasm32 (hides the native build, as on CI: test/support/sharp-wasm-only.cjs)
 */
import { spawnSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeSharp, sharpInfo, sharpOf } from '../electron/core/images/sharp';
import { makeThumbnail, THUMB_MAX_BYTES, THUMB_MAX_SIDE } from '../electron/core/images/thumbnail';

const WASM_ONLY = fileURLToPath(new URL('../test/support/sharp-wasm-only.cjs', import.meta.url));
if (process.argv.includes('--wasm32') && !process.env.NODE_OPTIONS?.includes('sharp-wasm-only')) {
  const env = { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ${WASM_ONLY}`.trim() };
  const run = spawnSync(process.execPath, [...process.execArgv, ...process.argv.slice(1)], { stdio: 'inherit', env });
  process.exit(run.status ?? 1);
}

const TARGET_P95_MS = 200;
const TARGET_PAGE_BYTES = 1024 * 1024;
const TARGET_RSS_MB = 200;
const PAGE = 20;
const MB = 1024 * 1024;

let seed = 20261201;
/** A small LCG: the same pictures every run. */
const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 16) & 255;

/** 4000×3000 RGB with detail at three scales (large blobs, mid texture, grain), like a phone photo. */
async function photoPixels(width: number, height: number, grain = true): Promise<Buffer> {
  const noise = (w: number, h: number) => {
    const b = Buffer.alloc(w * h * 3);
    for (let i = 0; i < b.length; i++) b[i] = rnd();
    return b;
  };
  const upscale = async (w: number, h: number) =>
    (await sharpOf(noise(w, h), { raw: { width: w, height: h, channels: 3 } }))
      .resize(width, height, { kernel: 'cubic' })
      .raw()
      .toBuffer();
  const coarse = await upscale(40, 30);
  const mid = await upscale(400, 300);
  const px = Buffer.alloc(width * height * 3);
  for (let i = 0; i < px.length; i++) {
    const v = coarse[i] * 0.6 + mid[i] * 0.4 + (grain ? (rnd() & 31) - 16 : 0);
    // Without grain: flat bands of 16 levels, like a screenshot or a graphic (PNG's usual content).
    px[i] = v < 0 ? 0 : v > 255 ? 255 : grain ? v : v & 0xf0;
  }
  return px;
}

interface Source {
  kind: 'jpeg' | 'png' | 'gif';
  bytes: Buffer;
}

const CACHE_DIR = path.join(os.tmpdir(), 'sucaidesk-bench-thumbnails-v1');

/** Files made once and kept in CACHE_DIR (bump a name when its recipe changes). */
async function cached(names: string[], make: () => Promise<Buffer[]>): Promise<Buffer[]> {
  const found = await Promise.all(names.map((n) => readFile(path.join(CACHE_DIR, n)).catch(() => null)));
  if (found.every(Boolean)) return found as Buffer[];
  const made = await make();
  await mkdir(CACHE_DIR, { recursive: true });
  await Promise.all(made.map((bytes, i) => writeFile(path.join(CACHE_DIR, names[i]), bytes)));
  return made;
}

async function distinctSources(): Promise<{ jpegs: Buffer[]; pngs: Buffer[]; gif: Buffer }> {
  const photos = await cached(['jpeg-0.jpg', 'jpeg-1.jpg', 'jpeg-2.jpg', 'jpeg-3.jpg', 'anim.gif'], makePhotos);
  const pngs = await cached(['png-0.v2.png', 'png-1.v2.png'], makePngs);
  return { jpegs: photos.slice(0, 4), pngs, gif: photos[4] };
}

/** Four 12 MP JPEGs (one photo, flipped and mirrored) and a 4-frame 1600×1200 GIF cut from it. */
async function makePhotos(): Promise<Buffer[]> {
  const W = 4000;
  const H = 3000;
  const raw = { raw: { width: W, height: H, channels: 3 as const } };
  const px = await photoPixels(W, H);
  const jpegs: Buffer[] = [];
  for (const [flip, flop] of [
    [false, false],
    [true, false],
    [false, true],
    [true, true],
  ] as const) {
    jpegs.push(await (await sharpOf(px, raw)).flip(flip).flop(flop).jpeg({ quality: 92 }).toBuffer());
  }
  const frames = await Promise.all(
    [0, 1, 2, 3].map(async (i) =>
      (await sharpOf(px, raw))
        .extract({ left: i * 200, top: i * 150, width: 3200, height: 2400 })
        .resize(1600, 1200)
        .png()
        .toBuffer(),
    ),
  );
  const gif = await (await sharpOf(frames, { join: { animated: true } })).gif({ delay: 100 }).toBuffer();
  return [...jpegs, gif];
}

/** Two 4 MP PNGs. A 4 MP PNG is more often a screenshot or a graphic than a photo (a grainy one is > 10 MB). */
async function makePngs(): Promise<Buffer[]> {
  const smooth = await photoPixels(2309, 1732, false);
  const pngs: Buffer[] = [];
  for (const flop of [false, true]) {
    pngs.push(
      await (await sharpOf(smooth, { raw: { width: 2309, height: 1732, channels: 3 } })).flop(flop).png().toBuffer(),
    );
  }
  return pngs;
}

async function sources(): Promise<Source[]> {
  const { jpegs, pngs, gif } = await distinctSources();
  const out: Source[] = [];
  for (let i = 0; i < 200; i++) {
    // Interleaved as a library page would be: mostly photos, some screenshots, a few GIFs.
    if (i % 10 === 9) out.push({ kind: 'gif', bytes: gif });
    else if (i % 5 === 2) out.push({ kind: 'png', bytes: pngs[i % 2] });
    else out.push({ kind: 'jpeg', bytes: jpegs[i % 4] });
  }
  return out;
}

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.ceil((p / 100) * xs.length) - 1];
const verdict = (ok: boolean) => (ok ? 'OK' : 'OVER TARGET');

async function main(): Promise<void> {
  console.log(describeSharp(await sharpInfo()));
  const load = () => os.loadavg()[0].toFixed(1);
  console.log(`${os.availableParallelism()} cores, load average ${load()} at start`);
  const genStart = performance.now();
  const inputs = await sources();
  const size = (k: Source['kind']) => inputs.find((s) => s.kind === k)!.bytes.length;
  console.log(
    `200 sources made in ${((performance.now() - genStart) / 1000).toFixed(1)} s: ` +
      `12 MP JPEG ${(size('jpeg') / MB).toFixed(2)} MB, 4 MP PNG ${(size('png') / MB).toFixed(2)} MB, ` +
      `1600×1200 GIF ${(size('gif') / MB).toFixed(2)} MB (${inputs.filter((s) => s.kind === 'jpeg').length} JPEG, ` +
      `${inputs.filter((s) => s.kind === 'png').length} PNG, ${inputs.filter((s) => s.kind === 'gif').length} GIF)`,
  );

  // 1. Latency of one 12 MP JPEG at a time (after one warm-up).
  const jpegs = inputs.filter((s) => s.kind === 'jpeg').slice(0, 21);
  await makeThumbnail(jpegs[0].bytes);
  const latencies: number[] = [];
  const cpuStart = process.cpuUsage();
  for (const s of jpegs.slice(1)) {
    const t = performance.now();
    await makeThumbnail(s.bytes);
    latencies.push(performance.now() - t);
  }
  const cpu = process.cpuUsage(cpuStart);
  const cpuPerJpegMs = (cpu.user + cpu.system) / 1000 / latencies.length;
  const p95 = percentile(latencies, 95);

  // 2. All 200 at once, through the core's bound; RSS sampled every 20 ms.
  global.gc?.();
  const rssBefore = process.memoryUsage().rss;
  let rssPeak = rssBefore;
  const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage().rss)), 20);
  const t0 = performance.now();
  const cpuAll = process.cpuUsage();
  const thumbs = await Promise.all(inputs.map((s) => makeThumbnail(s.bytes)));
  const elapsed = (performance.now() - t0) / 1000;
  const cpuAllUsed = process.cpuUsage(cpuAll);
  const cpuAllS = (cpuAllUsed.user + cpuAllUsed.system) / 1e6;
  clearInterval(sampler);
  rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
  const rssGrowthMb = (rssPeak - rssBefore) / MB;

  const failed = thumbs.filter((t) => !t).length;
  const sizes = thumbs.map((t) => t?.bytes.length ?? 0);
  const largestSide = Math.max(...thumbs.map((t) => Math.max(t?.width ?? 0, t?.height ?? 0)));
  const pages = (xs: number[]) =>
    Array.from({ length: Math.ceil(xs.length / PAGE) }, (_, i) =>
      xs.slice(i * PAGE, (i + 1) * PAGE).reduce((a, b) => a + b, 0),
    );
  const maxPage = Math.max(...pages(sizes));
  const maxOldPage = Math.max(...pages(inputs.map((s) => s.bytes.length)));

  console.log(
    `\nper 12 MP JPEG, one at a time (${latencies.length}): p95 ${p95.toFixed(0)} ms, median ${percentile(latencies, 50).toFixed(0)} ms` +
      ` (target ≤ ${TARGET_P95_MS} ms) ${verdict(p95 <= TARGET_P95_MS)}; CPU time ${cpuPerJpegMs.toFixed(0)} ms per JPEG`,
  );
  console.log(
    `all 200 at once (bound 2): ${elapsed.toFixed(1)} s = ${(200 / elapsed).toFixed(1)} thumbnails/s; ` +
      `CPU time ${cpuAllS.toFixed(1)} s = ${(200 / cpuAllS).toFixed(1)} thumbnails per CPU-second`,
  );
  console.log(
    `thumbnails: largest side ${largestSide} px (≤ ${THUMB_MAX_SIDE}), largest ${(Math.max(...sizes) / 1024).toFixed(1)} KB ` +
      `(≤ ${THUMB_MAX_BYTES / 1024}), mean ${(sizes.reduce((a, b) => a + b, 0) / sizes.length / 1024).toFixed(1)} KB, ${failed} failed`,
  );
  console.log(
    `bytes per 20-tile page (largest): ${(maxPage / 1024).toFixed(0)} KB (target ≤ ${TARGET_PAGE_BYTES / 1024} KB) ` +
      `${verdict(maxPage <= TARGET_PAGE_BYTES)}; old path (originals): ${(maxOldPage / MB).toFixed(1)} MB = ` +
      `${(maxOldPage / maxPage).toFixed(0)}× more`,
  );
  console.log(
    `peak RSS growth while making 200: ${rssGrowthMb.toFixed(0)} MB (target ≤ ${TARGET_RSS_MB} MB) ${verdict(rssGrowthMb <= TARGET_RSS_MB)}`,
  );
  console.log(`load average ${load()} at the end (wall-clock figures above are inflated when it exceeds the cores)`);
}

await main();
