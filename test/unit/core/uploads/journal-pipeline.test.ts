import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadJournal } from '../../../../electron/core/uploads/journal';
import type { JobRecord } from '../../../../electron/core/uploads/job';
import { ACCOUNT, ledgerImages, pngs, startHarness, type Harness } from './harness';

/** What the journal on disk says about each job right now (what a crash would leave). */
async function onDisk(h: Harness): Promise<Map<string, JobRecord>> {
  return (await loadJournal<JobRecord>(path.join(h.dir, 'uploads', `${ACCOUNT}.journal`))).jobs;
}

async function until(check: () => boolean | Promise<boolean>, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
}

// The queue journals the next job's "sending" record while the current request is in flight
// (electron/core/uploads/upload-queue.ts, armNext), so a freed worker starts at once. These tests hold
// it to the same promise as before: what may reach WeChat is on disk first, and nothing is sent twice.
describe('upload queue: journal written ahead of the next send', () => {
  let h: Harness | null = null;
  afterEach(async () => {
    await h?.close();
    h = null;
  });

  it('the next job is journaled as sending (ambiguous) before its turn; a crash then sends each file once', async () => {
    // A long request (600 ms) leaves a wide window to look at the disk; settleMs outlasts it, as in
    // production, so the restart lists only once the first request has been applied.
    h = await startHarness({ latencyMs: 600 }, { concurrency: 1, settleMs: 1000 });
    const tokens = await h.stage(pngs(3, 'ahead'));
    const { jobs } = await h.service.enqueue(
      ACCOUNT,
      'permanent',
      tokens.map((token) => ({ token, type: 'auto' })),
    );
    const [first, second, third] = jobs.map((j) => j.id);
    const queue = await h.service.queue(ACCOUNT);
    await until(async () => (await onDisk(h!)).get(second)?.status === 'sending');
    const disk = await onDisk(h);
    expect(disk.get(first)).toMatchObject({ status: 'sending', ambiguous: true });
    expect(disk.get(second)).toMatchObject({ status: 'sending', ambiguous: true, attempts: 1 });
    expect(disk.get(third)?.status).toBe('queued'); // armed one ahead per worker, no further
    // In memory (and on screen) the armed job is still waiting its turn.
    expect(queue.snapshot().jobs.find((j) => j.id === second)?.status).toBe('queued');
    expect(h.emu.calls().filter((c) => c.endpoint === 'material/add_material')).toHaveLength(0);

    // Crash while the first request is in flight: the restart reconciles both "sending" jobs.
    const restarted = await h.restart();
    const q2 = await restarted.queue(ACCOUNT);
    await new Promise((r) => setTimeout(r, 1050));
    await q2.idle();
    const entries = ledgerImages(h.emu, 'ahead-');
    expect(entries.map((e) => e.name).sort()).toEqual(['ahead-000.png', 'ahead-001.png', 'ahead-002.png']);
    expect(q2.snapshot().jobs.every((j) => j.status === 'done')).toBe(true);
  });

  it('pausing a job journaled ahead replaces its record: after a restart it stays paused and unsent', async () => {
    h = await startHarness({ latencyMs: 600 }, { concurrency: 1 });
    const tokens = await h.stage(pngs(2, 'paused-ahead'));
    const { jobs } = await h.service.enqueue(
      ACCOUNT,
      'permanent',
      tokens.map((token) => ({ token, type: 'auto' })),
    );
    const second = jobs[1].id;
    const queue = await h.service.queue(ACCOUNT);
    await until(async () => (await onDisk(h!)).get(second)?.status === 'sending');
    await queue.control('pause', second);
    expect((await onDisk(h)).get(second)).toMatchObject({ status: 'paused' });
    await queue.idle();
    const restarted = await h.restart();
    const q2 = await restarted.queue(ACCOUNT);
    await q2.idle();
    expect(q2.snapshot().jobs.find((j) => j.id === second)?.status).toBe('paused');
    expect(ledgerImages(h.emu, 'paused-ahead-').map((e) => e.name)).toEqual(['paused-ahead-000.png']);
  });

  it('a quota hold puts the jobs journaled ahead back to queued on disk; a restart then lists nothing', async () => {
    h = await startHarness({ latencyMs: 100 }, { concurrency: 1 });
    h.emu.setFaults([{ endpoint: 'material/add_material', kind: 'errcode', errcode: 45009, times: 1 }]);
    const tokens = await h.stage(pngs(3, 'held-ahead'));
    await h.service.enqueue(
      ACCOUNT,
      'permanent',
      tokens.map((token) => ({ token, type: 'auto' })),
    );
    const queue = await h.service.queue(ACCOUNT);
    await queue.idle();
    expect(queue.snapshot().hold?.kind).toBe('quota');
    await until(async () => [...(await onDisk(h!)).values()].every((j) => j.status === 'queued'));
    const restarted = await h.restart();
    const q2 = await restarted.queue(ACCOUNT);
    await q2.idle();
    expect(h.emu.calls().filter((c) => c.endpoint === 'material/batchget_material')).toHaveLength(0);
    await q2.control('resume');
    await q2.idle();
    expect(ledgerImages(h.emu, 'held-ahead-')).toHaveLength(3);
  });

  it('two files with the same bytes, one after the other: the second is not sent ahead but waits as a duplicate', async () => {
    h = await startHarness({ latencyMs: 50 }, { concurrency: 1 });
    const [png] = pngs(1, 'twin');
    const tokens = await h.stage([png, { ...png, name: 'twin-copy.png' }]);
    await h.service.enqueue(
      ACCOUNT,
      'permanent',
      tokens.map((token) => ({ token, type: 'auto' })),
    );
    const queue = await h.service.queue(ACCOUNT);
    await queue.idle();
    const statuses = queue.snapshot().jobs.map((j) => `${j.name}:${j.status}`);
    expect(statuses).toEqual(['twin-000.png:done', 'twin-copy.png:duplicate']);
    expect(ledgerImages(h.emu, 'twin')).toHaveLength(1);
  });
});
