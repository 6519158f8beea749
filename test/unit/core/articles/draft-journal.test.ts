/** The draft journal (electron/core/articles/draft-journal.ts): on disk before the call, readable after a restart. */
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DraftJournal, DraftJournals } from '../../../../electron/core/articles/draft-journal';
import { QuarantineLog } from '../../../../electron/core/fs/quarantine';

const entry = {
  op: 'replace' as const,
  id: 'e1',
  startedAt: 1_700_000_000_000,
  fingerprint: [{ title: 'T', thumbMediaId: 'm', digest: '', text: 'abc' }],
  oldMediaId: 'old',
};

describe('DraftJournal', () => {
  it('keeps entries across a reopen, and forgets removed ones', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'dj-'));
    const journals = new DraftJournals(dir);
    const j = await journals.for('acct');
    await j.put(entry);
    await j.put({ ...entry, newMediaId: 'new' });
    expect((await DraftJournal.open(path.join(dir, 'acct.json'))).pending()).toEqual([{ ...entry, newMediaId: 'new' }]);
    await j.remove('e1');
    expect((await DraftJournal.open(path.join(dir, 'acct.json'))).pending()).toEqual([]);
    expect(await journals.accountsOnDisk()).toEqual(['acct']);
  });

  it('a damaged file is set aside and reported; the journal starts empty', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'dj-'));
    writeFileSync(path.join(dir, 'acct.json'), '{"version":1,"entries":[{"op":');
    const log = new QuarantineLog();
    const j = await DraftJournal.open(path.join(dir, 'acct.json'), log);
    expect(j.pending()).toEqual([]);
    expect(log.list()).toMatchObject([{ kind: 'draft-journal', reason: 'corrupt' }]);
    expect(readdirSync(dir).some((n) => n.startsWith('acct.json.quarantined-'))).toBe(true);
  });

  it('runs the saves of one account one after another, even when one fails', async () => {
    const j = DraftJournal.memory();
    const order: string[] = [];
    const slow = j.exclusive(async () => {
      await new Promise((r) => setTimeout(r, 20));
      order.push('first');
      throw new Error('boom');
    });
    const next = j.exclusive(() => {
      order.push('second');
      return Promise.resolve(2);
    });
    await expect(slow).rejects.toThrow('boom');
    expect(await next).toBe(2);
    expect(order).toEqual(['first', 'second']);
  });
});
