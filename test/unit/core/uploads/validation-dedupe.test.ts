import { afterEach, describe, expect, it } from 'vitest';
import { makeWav } from '../../../../electron/emulator/wav';
import { amr } from '../../emulator/fixtures';
import { ACCOUNT, ledgerImages, pngs, startHarness, type Harness } from './harness';

describe('enqueue: validation before the network, dedupe, holds', () => {
  let h: Harness | null = null;
  afterEach(async () => {
    h?.emu.clearFaults();
    await h?.close();
    h = null;
  });

  it('refuses a text file named .jpg, an empty file and a 70 s voice, with reasons, and sends none of them', async () => {
    h = await startHarness();
    const tokens = await h.stage([
      { name: '假图片.jpg', bytes: Buffer.from('just some text, not an image\n') },
      { name: 'empty.png', bytes: Buffer.alloc(0) },
      { name: 'long-voice.wav', bytes: makeWav(70) },
      { name: 'short-voice.wav', bytes: makeWav(5) },
      { name: 'clip.amr', bytes: amr(61) },
      ...pngs(2, '春节海报-一个很长很长的文件名用来测试长名字是否被完整保留下来'),
    ]);
    const before = h.emu.calls().length;
    const res = await h.service.enqueue(
      ACCOUNT,
      'permanent',
      tokens.map((token) => ({ token, type: 'auto' })),
    );
    const byName = new Map(res.refused.map((r) => [r.name, r.error]));
    expect(byName.get('假图片.jpg')?.code).toBe('FILE_WRONG_FORMAT');
    expect(byName.get('假图片.jpg')?.message.zh).toContain('「假图片.jpg」');
    expect(byName.get('empty.png')?.code).toBe('FILE_EMPTY');
    expect(byName.get('long-voice.wav')?.code).toBe('FILE_TOO_LONG');
    expect(byName.get('long-voice.wav')?.message.en).toMatch(/70 s/);
    expect(byName.get('clip.amr')?.code).toBe('FILE_TOO_LONG');
    expect(res.refused).toHaveLength(4);
    const queue = await h.service.queue(ACCOUNT);
    await queue.idle();
    // Refusals cost no call at all: one add_material per good file only.
    expect(
      h.emu
        .calls()
        .slice(before)
        .filter((c) => c.endpoint === 'material/add_material'),
    ).toHaveLength(3);
    const done = queue.snapshot().jobs.filter((j) => j.status === 'done');
    expect(done.map((j) => j.type).sort()).toEqual(['image', 'image', 'voice']);
    // Chinese, long names are kept as the material's name.
    expect(
      ledgerImages(h.emu, '春节海报-一个很长很长')
        .map((e) => e.name)
        .sort(),
    ).toEqual([
      '春节海报-一个很长很长的文件名用来测试长名字是否被完整保留下来-000.png',
      '春节海报-一个很长很长的文件名用来测试长名字是否被完整保留下来-001.png',
    ]);
  });

  it('a file already uploaded waits as a duplicate: "use the existing item" sends nothing, "upload anyway" sends', async () => {
    h = await startHarness();
    const files = pngs(2, 'dup');
    await h.service.enqueue(
      ACCOUNT,
      'permanent',
      (await h.stage(files)).map((token) => ({ token, type: 'auto' })),
    );
    const queue = await h.service.queue(ACCOUNT);
    await queue.idle();
    const again = await h.service.enqueue(
      ACCOUNT,
      'permanent',
      (await h.stage(files.map((f) => ({ ...f, name: `copy-${f.name}` })))).map((token) => ({ token, type: 'auto' })),
    );
    await queue.idle();
    const [a, b] = again.jobs.map((j) => queue.jobs.get(j.id)!);
    expect(a.status).toBe('duplicate');
    expect(b.status).toBe('duplicate');
    await queue.resolveDuplicate(a.id, 'use-existing');
    await queue.resolveDuplicate(b.id, 'upload-anyway');
    await queue.idle();
    expect(a.status).toBe('done');
    expect(a.reused).toBe(true);
    expect(b.status).toBe('done');
    expect(ledgerImages(h.emu, 'dup-')).toHaveLength(2);
    expect(ledgerImages(h.emu, 'copy-dup-').map((e) => e.name)).toEqual(['copy-dup-001.png']);
  });

  it('45009 holds the queue with the reason; resume finishes it; 40164 stops it with whitelist guidance', async () => {
    h = await startHarness();
    const queue = await h.service.queue(ACCOUNT);
    h.emu.setFaults([{ endpoint: 'material/add_material', kind: 'errcode', errcode: 45009, times: 1 }]);
    await h.service.enqueue(
      ACCOUNT,
      'permanent',
      (await h.stage(pngs(3, 'quota'))).map((token) => ({ token, type: 'auto' })),
    );
    await queue.idle();
    expect(queue.snapshot().hold?.kind).toBe('quota');
    expect(queue.snapshot().hold?.message?.zh).toContain('45009');
    await queue.control('resume');
    await queue.idle();
    expect(ledgerImages(h.emu, 'quota-')).toHaveLength(3);

    h.emu.setFaults([{ endpoint: 'material/add_material', kind: 'errcode', errcode: 40164 }]);
    await h.service.enqueue(
      ACCOUNT,
      'permanent',
      (await h.stage(pngs(2, 'wl', 9))).map((token) => ({ token, type: 'auto' })),
    );
    await queue.idle();
    const snap = queue.snapshot();
    expect(snap.hold?.kind).toBe('ip-whitelist');
    expect(snap.hold?.message?.en).toMatch(/whitelist/);
    expect(snap.jobs.filter((j) => j.status === 'queued')).toHaveLength(2);
    h.emu.clearFaults();
    await queue.control('resume');
    await queue.idle();
    expect(ledgerImages(h.emu, 'wl-')).toHaveLength(2);
  });

  it('pause and cancel per file; progress events report bytes and totals', async () => {
    h = await startHarness({ latencyMs: 30 }, { concurrency: 1 });
    const queue = await h.service.queue(ACCOUNT);
    const res = await h.service.enqueue(
      ACCOUNT,
      'permanent',
      (await h.stage(pngs(4, 'pc', 3))).map((token) => ({ token, type: 'auto' })),
    );
    await queue.control('pause', res.jobs[2].id);
    await queue.control('cancel', res.jobs[3].id);
    await queue.idle();
    expect(queue.jobs.get(res.jobs[2].id)!.status).toBe('paused');
    expect(queue.jobs.get(res.jobs[3].id)!.status).toBe('cancelled');
    expect(ledgerImages(h.emu, 'pc-')).toHaveLength(2);
    await queue.control('resume', res.jobs[2].id);
    await queue.idle();
    expect(ledgerImages(h.emu, 'pc-')).toHaveLength(3);
    await new Promise((r) => setTimeout(r, 50));
    const last = h.events.at(-1)!;
    expect(last.totals.counts.done).toBe(3);
    expect(last.totals.doneBytes).toBe(last.totals.totalBytes);
  });
});
