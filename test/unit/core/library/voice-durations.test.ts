import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { VoiceDurations } from '../../../../electron/core/library/voice-durations';

const DEMO_VOICE = path.resolve('assets/demo/demo-voice.mp3');
let dir: string;

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('VoiceDurations', () => {
  it('measures a voice once, remembers it on disk, and answers the next session without fetching', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'voice-durations-'));
    const source = vi.fn(() => Promise.resolve(DEMO_VOICE));
    const first = new VoiceDurations(dir, source);
    const got = await first.durations('acc-1', ['v1']);
    expect(got.v1).toBeGreaterThan(0.5);
    expect(got.v1).toBeLessThan(60);
    await first.durations('acc-1', ['v1']);
    expect(source).toHaveBeenCalledTimes(1);
    await first.flush();

    const again = vi.fn(() => Promise.resolve(DEMO_VOICE));
    const second = new VoiceDurations(dir, again);
    expect(await second.durations('acc-1', ['v1'])).toEqual(got);
    expect(again).not.toHaveBeenCalled();
    // Accounts stay apart.
    expect(await second.durations('acc-2', ['v1'])).toEqual(got);
    expect(again).toHaveBeenCalledTimes(1);
  });

  it('leaves out what cannot be measured, and does not fetch it again in the session', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'voice-durations-'));
    const notAudio = path.join(dir, 'x.bin');
    await writeFile(notAudio, Buffer.from('not a voice at all'));
    const source = vi.fn((_a: string, id: string) => Promise.resolve(id === 'gone' ? null : notAudio));
    const durations = new VoiceDurations(dir, source);
    expect(await durations.durations('acc', ['gone', 'junk'])).toEqual({});
    expect(await durations.durations('acc', ['gone', 'junk'])).toEqual({});
    expect(source).toHaveBeenCalledTimes(2);
  });

  it('a corrupt or hostile stored file is ignored and measured again', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'voice-durations-'));
    const source = vi.fn(() => Promise.resolve(DEMO_VOICE));
    const first = new VoiceDurations(dir, source);
    await first.durations('acc', ['v1']);
    await first.flush();
    const [file] = (await import('node:fs')).readdirSync(dir).filter((f) => f.endsWith('.json'));
    expect(JSON.parse(await readFile(path.join(dir, file), 'utf8'))).toHaveProperty('v1');
    await writeFile(path.join(dir, file), '{"v1": "not a number"}');
    const second = new VoiceDurations(dir, source);
    expect((await second.durations('acc', ['v1'])).v1).toBeGreaterThan(0.5);
    expect(source).toHaveBeenCalledTimes(2);
  });
});
