import { mkdir, mkdtemp, symlink, writeFile, appendFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backoffDelay } from '../../../../electron/core/uploads/backoff';
import { Journal, loadJournal } from '../../../../electron/core/uploads/journal';
import { extractMediaId } from '../../../../electron/core/uploads/message-xml';
import { StagingArea } from '../../../../electron/core/staging/staging-area';
import { amrDurationSec } from '../../../../electron/core/files/voice-duration';
import { amr } from '../../emulator/fixtures';

describe('uploads: pure parts', () => {
  it('full-jitter backoff stays within [0, min(cap, base·2^(n−1)))', () => {
    expect(backoffDelay(1, { baseMs: 500, capMs: 30_000, random: () => 0.999 })).toBe(499);
    expect(backoffDelay(4, { baseMs: 500, capMs: 30_000, random: () => 0.5 })).toBe(2000);
    expect(backoffDelay(20, { baseMs: 500, capMs: 30_000, random: () => 0.5 })).toBe(15_000);
    expect(backoffDelay(3, { baseMs: 500, capMs: 30_000, random: () => 0 })).toBe(0);
  });

  it('extracts MediaId from message XML (CDATA or plain) or takes a bare id', () => {
    expect(extractMediaId('<xml><MediaId><![CDATA[abc_123-X]]></MediaId></xml>')).toBe('abc_123-X');
    expect(extractMediaId('<xml>\n<MediaId>plainId</MediaId></xml>')).toBe('plainId');
    expect(extractMediaId('  bareMediaId  ')).toBe('bareMediaId');
    expect(extractMediaId('<xml><Content>x</Content></xml>')).toBeNull();
    expect(extractMediaId('two words')).toBeNull();
  });

  it('journal: replays the last state per job and ignores a torn tail', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'journal-'));
    const file = path.join(dir, 'a.journal');
    const j = new Journal<{ id: string; n: number }>(file);
    await j.open({ jobs: new Map(), hashes: new Map() });
    await Promise.all([
      j.append({ op: 'put', job: { id: 'a', n: 1 } }),
      j.append({ op: 'put', job: { id: 'b', n: 1 } }),
    ]);
    await j.append({ op: 'put', job: { id: 'a', n: 2 } });
    await j.append({ op: 'del', id: 'b' });
    await j.close();
    await appendFile(file, '{"op":"put","job":{"id":"c"'); // crash mid-write
    const state = await loadJournal<{ id: string; n: number }>(file);
    expect([...state.jobs.values()]).toEqual([{ id: 'a', n: 2 }]);
  });

  it('staging expands a dropped folder to its regular files, skipping hidden files and symlinks', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'drop-'));
    await mkdir(path.join(dir, 'sub', 'deeper'), { recursive: true });
    await writeFile(path.join(dir, 'a.png'), 'a');
    await writeFile(path.join(dir, '.DS_Store'), 'x');
    await writeFile(path.join(dir, 'sub', 'b.jpg'), 'b');
    await writeFile(path.join(dir, 'sub', 'deeper', '春.jpg'), 'c');
    await symlink('/etc/hostname', path.join(dir, 'sub', 'link.jpg'));
    const staging = new StagingArea();
    const staged = await staging.register([dir]);
    expect(staged.map((s) => s.name)).toEqual(['a.png', 'b.jpg', '春.jpg']);
    await expect(staging.register([path.join(dir, 'sub', 'link.jpg')])).rejects.toThrow(/NOT_A_FILE/);
  });

  it('AMR duration counts 20 ms frames', () => {
    expect(amrDurationSec(amr(61))).toBeCloseTo(61, 5);
    expect(amrDurationSec(Buffer.from('nope'))).toBeNull();
  });
});
