/**
 * Index persistence at 100,000 items (issue 11), in one run:
 *   1. bytes written for a 20-item change (10 new items, 10 renamed): target ≤ 64 KB;
 *   2. the old whole-file save of the same index (electron/core/index/index-file.ts, v1), as the
 *      same-run baseline: its bytes and time, and the ratio;
 *   3. cold open to a first grid paint, in a fresh Node process each time: LibraryIndex.open (snapshot
 *      read + validated, log replayed) + the library's first page query (20 images, newest first),
 *      median of 3: target ≤ 500 ms;
 *   4. RSS of that process with the 100k index open, and before opening it.
 * Run: npm run bench:index-persistence   (or npx tsx bench/index-persistence.ts)
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { writeFileAtomic } from '../electron/core/fs/atomic-write';
import { LibraryIndex } from '../electron/core/index/library-index';
import { INDEX_KINDS, type IndexFile, type IndexedItem } from '../electron/core/index/index-types';

const N = 100_000;
const CHANGE = 20;
const OPEN_RUNS = 3;
const firstPage = { kinds: ['image' as const], sort: 'date-desc' as const, offset: 0, limit: 20 };

/** Deterministic text shaped like WeChat's ids and mmbiz URL paths (base64url of a hash). */
function token(seed: string, len: number): string {
  return createHash('sha512').update(seed).digest('base64url').slice(0, len);
}

function makeItem(i: number, name = `IMG_${20240000 + i}.jpg`): IndexedItem {
  return {
    id: token(`id${i}`, 43),
    kind: 'image',
    name,
    updateTime: 1_700_000_000 - i * 7,
    thumbUrl: `https://mmbiz.qpic.cn/sz_mmbiz_jpg/${token(`url${i}`, 54)}/0?wx_fmt=jpeg`,
  };
}

const mb = (b: number) => `${(b / 1024 / 1024).toFixed(1)} MB`;
const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;

/** Child mode: open the index cold, query the first page, report times and memory. */
async function child(file: string): Promise<void> {
  const rssBefore = process.memoryUsage().rss;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const index = await LibraryIndex.open(file);
  const t1 = performance.now();
  const page = index.query(firstPage);
  const t2 = performance.now();
  const cpu = process.cpuUsage(cpu0);
  global.gc?.();
  const mem = process.memoryUsage();
  const out = {
    openMs: t1 - t0,
    queryMs: t2 - t1,
    paintMs: t2 - t0,
    paintCpuMs: (cpu.user + cpu.system) / 1000,
    count: index.state('image').count,
    first: page.items.length,
    rssBefore,
    rss: mem.rss,
    heapUsed: mem.heapUsed,
  };
  process.stdout.write(`RESULT ${JSON.stringify(out)}\n`);
}

async function main(): Promise<void> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'index-bench-'));
  try {
    const file = path.join(dir, 'bench.json');
    const items = Array.from({ length: N }, (_, i) => makeItem(i));

    // The index as the app builds it: a full sync writes a snapshot (a large change compacts).
    const index = await LibraryIndex.open(file);
    index.replaceAll('image', items, N, Date.now());
    await index.flush();
    const afterSync = index.bytesWritten();

    // 1. A 20-item change: 10 uploaded in the app, 10 renamed by a sync.
    let t = performance.now();
    for (let i = 0; i < CHANGE / 2; i++) index.addNewest(makeItem(N + i));
    index.upsert(
      'image',
      Array.from({ length: CHANGE / 2 }, (_, i) => makeItem(i * 1000, `renamed-${i}.jpg`)),
    );
    await index.flush();
    const incMs = performance.now() - t;
    const incBytes = index.bytesWritten() - afterSync;

    // 2. Baseline: the whole-file save every change used to cost (same content, same atomic writer).
    t = performance.now();
    const whole: IndexFile = { version: 1, kinds: {} };
    for (const k of INDEX_KINDS) {
      const s = index.state(k);
      whole.kinds[k] = { items: index.ordered(k), total: s.total, syncedAt: s.syncedAt };
    }
    const wholeText = JSON.stringify(whole);
    await writeFileAtomic(path.join(dir, 'whole-file-baseline.json'), wholeText);
    const wholeMs = performance.now() - t;
    const wholeBytes = Buffer.byteLength(wholeText);

    // 3 + 4. Cold opens in fresh processes (no warm JIT, no shared heap).
    const runs: Record<string, number>[] = [];
    for (let r = 0; r < OPEN_RUNS; r++) {
      const res = spawnSync(
        process.execPath,
        ['--expose-gc', '--import', 'tsx', path.join(import.meta.dirname, 'index-persistence.ts'), '--child', file],
        { encoding: 'utf8' },
      );
      const line = /RESULT (.*)/.exec(res.stdout)?.[1];
      if (!line) throw new Error(`child failed: ${res.stderr}`);
      runs.push(JSON.parse(line) as Record<string, number>);
    }
    const median = (key: string) => runs.map((x) => x[key]).sort((a, b) => a - b)[Math.floor(runs.length / 2)];

    console.log(`index of ${N.toLocaleString('en')} images; whole-file JSON ${mb(wholeBytes)}`);
    console.log(
      `20-item change, incremental save: ${kb(incBytes)} written in ${incMs.toFixed(0)} ms  (target ≤ 64 KB)`,
    );
    console.log(`same index, old whole-file save:  ${mb(wholeBytes)} written in ${wholeMs.toFixed(0)} ms`);
    console.log(`  ratio: ${(wholeBytes / incBytes).toFixed(0)}× fewer bytes, ${(wholeMs / incMs).toFixed(1)}× faster`);
    console.log(
      `cold open → first grid page (open + 20-item query), fresh process, ${OPEN_RUNS} runs: ` +
        `${runs.map((x) => x.paintMs.toFixed(0)).join(' / ')} ms; median ${median('paintMs').toFixed(0)} ms ` +
        `(open ${median('openMs').toFixed(0)} + query ${median('queryMs').toFixed(0)}; ` +
        `CPU time ${median('paintCpuMs').toFixed(0)} ms)  (target ≤ 500 ms)`,
    );
    console.log(
      `RSS with the 100k index open: ${mb(median('rss'))} (process before opening: ${mb(median('rssBefore'))}, ` +
        `JS heap used ${mb(median('heapUsed'))})`,
    );
    if (runs.some((x) => x.count !== N + CHANGE / 2 || x.first !== 20)) {
      console.log('a cold open did not see the whole index');
      process.exitCode = 1;
    }
    if (incBytes > 64 * 1024) process.exitCode = 1;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const childAt = process.argv.indexOf('--child');
void (childAt >= 0 ? child(process.argv[childAt + 1]) : main());
