import { afterEach, describe, expect, it } from 'vitest';
import { ACCOUNT, ledgerImages, pngs, startHarness, type Harness } from './harness';

// The core promise of the queue: with the connection dropped AFTER the emulator applied 20% of
// add_material calls and -1 answered to another 10%, every file ends up exactly once.
describe('upload queue under faults', () => {
  let h: Harness | null = null;
  afterEach(async () => {
    await h?.close();
    h = null;
  });

  it('100 files with drop-after 20% and -1 10%: exactly 100 ledger entries, no duplicate, none missing', async () => {
    h = await startHarness();
    h.emu.setFaults([
      { endpoint: 'material/add_material', kind: 'drop-after', probability: 0.2, seed: 7 },
      { endpoint: 'material/add_material', kind: 'errcode', errcode: -1, probability: 0.125, seed: 11 },
    ]);
    const files = pngs(100, 'fault');
    const tokens = await h.stage(files);
    const res = await h.service.enqueue(
      ACCOUNT,
      'permanent',
      tokens.map((token) => ({ token, type: 'auto' })),
    );
    expect(res.refused).toEqual([]);
    const queue = await h.service.queue(ACCOUNT);
    await queue.idle();
    const snap = queue.snapshot();
    expect(snap.jobs.filter((j) => j.status === 'done')).toHaveLength(100);
    const entries = ledgerImages(h.emu, 'fault-');
    expect(entries).toHaveLength(100);
    expect(new Set(entries.map((e) => e.name)).size).toBe(100);
    // Every job's media_id is a real, distinct ledger entry.
    const ids = new Set(entries.map((e) => e.mediaId));
    expect(new Set(snap.jobs.map((j) => j.mediaId)).size).toBe(100);
    for (const j of snap.jobs) expect(ids.has(j.mediaId!)).toBe(true);
    // The faults really fired: some drops were reconciled, some -1 retried.
    const calls = h.emu.calls().filter((c) => c.endpoint === 'material/add_material');
    expect(calls.filter((c) => c.fault === 'drop-after').length).toBeGreaterThan(5);
    expect(calls.filter((c) => c.fault === 'errcode').length).toBeGreaterThan(3);
    expect(snap.jobs.some((j) => j.reused)).toBe(true);
    expect(h.added).toHaveLength(100);
  });

  it('a crash while sending: the restart reconciles in-flight items instead of re-sending them', async () => {
    h = await startHarness({ latencyMs: 150 }, { settleMs: 400 });
    const tokens = await h.stage(pngs(12, 'crash'));
    await h.service.enqueue(
      ACCOUNT,
      'permanent',
      tokens.map((token) => ({ token, type: 'auto' })),
    );
    // Let the first wave reach the emulator (applied after latency), then "crash" without letting answers land.
    await new Promise((r) => setTimeout(r, 100));
    const restarted = await h.restart();
    const queue = await restarted.queue(ACCOUNT);
    await new Promise((r) => setTimeout(r, 200));
    await queue.idle();
    const entries = ledgerImages(h.emu, 'crash-');
    expect(entries).toHaveLength(12);
    expect(new Set(entries.map((e) => e.name)).size).toBe(12);
    expect(queue.snapshot().jobs.filter((j) => j.status === 'done')).toHaveLength(12);
  });
});
