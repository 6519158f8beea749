/**
 * Library sync benchmark (issue 3), loopback only, bounded in time:
 *   1. full sync of 1,000 images with 100 ms emulator latency per call: parallel pages (bound 4)
 *      against sequential paging (bound 1), measured in the same run;
 *   2. re-sync with nothing changed: listing calls per type (target 1);
 *   3. search over 100,000 indexed items: median ms of 50 queries (target ≤ 50 ms).
 * Run: npx tsx bench/library-sync.ts
 */
import { DEMO_APP_ID, DEMO_APP_SECRET, startEmulator } from '../electron/emulator/index';
import { createWeChatClient } from '../electron/core/wechat/client';
import { LibraryIndex } from '../electron/core/index/library-index';
import { pageFetcher } from '../electron/core/index/kind-sources';
import { fullSync, incrementalSync } from '../electron/core/index/index-sync';
import type { IndexedItem } from '../electron/core/index/index-types';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function syncBench(): Promise<void> {
  const emu = await startEmulator({ latencyMs: 100, enforceQuota: false });
  try {
    emu.seed(DEMO_APP_ID, { images: 1000, voices: 30, videos: 10, news: 5, drafts: 5 });
    const client = createWeChatClient({ appId: DEMO_APP_ID, appSecret: DEMO_APP_SECRET, apiBase: emu.url });
    await client.testConnection(); // token first, so both runs measure listing only
    const fetch = pageFetcher(client, 'image');

    const t1 = performance.now();
    const seq = await fullSync(await LibraryIndex.open(null), 'image', fetch, { concurrency: 1 });
    const sequentialMs = performance.now() - t1;

    const index = await LibraryIndex.open(null);
    const t2 = performance.now();
    const par = await fullSync(index, 'image', fetch, { concurrency: 4 });
    const parallelMs = performance.now() - t2;

    console.log(`full sync, 1,000 images, 100 ms latency per call`);
    console.log(`  sequential paging: ${sequentialMs.toFixed(0)} ms, ${seq.calls} calls, verified=${seq.verified}`);
    console.log(`  parallel (bound 4): ${parallelMs.toFixed(0)} ms, ${par.calls} calls, verified=${par.verified}`);
    console.log(`  speed-up: ${(sequentialMs / parallelMs).toFixed(2)}x`);

    const kinds = ['voice', 'video', 'news', 'draft'] as const;
    for (const k of kinds) await fullSync(index, k, pageFetcher(client, k));
    const before = emu.calls().filter((c) => c.path.startsWith('/cgi-bin/')).length;
    const reports = [];
    for (const k of ['image', ...kinds] as const) reports.push(await incrementalSync(index, k, pageFetcher(client, k)));
    const made = emu.calls().filter((c) => c.path.startsWith('/cgi-bin/')).length - before;
    console.log(`re-sync with nothing changed (${reports.length} types):`);
    for (const r of reports) console.log(`  ${r.kind}: ${r.calls} call(s), changed=${r.changed}`);
    console.log(`  API calls made: ${made} (${(made / reports.length).toFixed(2)} per type; target 1)`);
  } finally {
    await emu.close();
  }
}

async function searchBench(): Promise<void> {
  const n = 100_000;
  const words = ['春节海报', '产品图', '活动banner', '封面', '配图', '截图', '门店照片', 'poster'];
  const items: IndexedItem[] = Array.from({ length: n }, (_, i) => ({
    id: `Mx${i.toString(36)}_${(i * 2654435761) % 1e9}`,
    kind: 'image',
    name: `${words[i % words.length]}-${String(i).padStart(6, '0')}.png`,
    updateTime: 1_700_000_000 - i * 30,
  }));
  const index = await LibraryIndex.open(null);
  index.replaceAll('image', items, n, Date.now());
  const base = { kinds: ['image' as const], sort: 'date-desc' as const, offset: 0, limit: 20 };
  index.query({ ...base, text: 'warm' }); // builds the search text once, as the first browse does
  const queries = Array.from({ length: 50 }, (_, i) => String((i * 7919) % n).padStart(6, '0'));
  const ms: number[] = [];
  for (const q of queries) {
    const t = performance.now();
    const res = index.query({ ...base, text: q });
    ms.push(performance.now() - t);
    if (res.total < 1) throw new Error(`search for ${q} found nothing`);
  }
  const names: number[] = [];
  for (let i = 0; i < 10; i++) {
    const t = performance.now();
    index.query({ ...base, text: '海报', sort: 'name-asc', offset: 500 });
    names.push(performance.now() - t);
  }
  const plain: number[] = [];
  for (let i = 0; i < 50; i++) {
    const t = performance.now();
    index.query({ ...base, offset: i * 20 });
    plain.push(performance.now() - t);
  }
  console.log(`search over ${n.toLocaleString()} indexed items (50 queries):`);
  console.log(`  text search median: ${median(ms).toFixed(2)} ms, max ${Math.max(...ms).toFixed(2)} ms (target ≤ 50)`);
  console.log(`  text + name sort median: ${median(names).toFixed(2)} ms (first builds the name order)`);
  console.log(`  plain page from the index median: ${median(plain).toFixed(3)} ms`);
}

const deadline = setTimeout(() => {
  console.error('benchmark took longer than 120 s: aborting');
  process.exit(1);
}, 120_000);
syncBench()
  .then(searchBench)
  .then(() => clearTimeout(deadline))
  .catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
