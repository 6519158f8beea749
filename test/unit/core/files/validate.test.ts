import { mkdir, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileRejectedError } from '../../../../electron/core/files/file-rejected-error';
import { validateForUpload } from '../../../../electron/core/files/validate';
import { fixtureBytes, tempDir, writeFixture, type FixtureKind } from './fixtures';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
});
afterEach(() => cleanup());

const KB = 1024;
const MB = 1024 * KB;

async function rejection(p: Promise<unknown>): Promise<FileRejectedError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(FileRejectedError);
  const rejected = err as FileRejectedError;
  expect(rejected.text.zh).toMatch(/[\u4e00-\u9fff]/);
  expect(rejected.text.en.length).toBeGreaterThan(20);
  return rejected;
}

async function file(kind: FixtureKind, size: number, name = 'f.bin'): Promise<string> {
  return writeFixture(dir, name, fixtureBytes(kind, size));
}

describe('validateForUpload', () => {
  it('accepts by content and reports format, canonical extension, MIME and size', async () => {
    const path = await file('jpeg', 5000, 'photo.png');
    await expect(validateForUpload(path, 'image', 'permanent')).resolves.toEqual({
      format: 'jpeg',
      ext: 'jpg',
      mime: 'image/jpeg',
      size: 5000,
    });
  });

  it('EMPTY, UNREADABLE, NOT_A_FILE (directory and symlink)', async () => {
    const empty = await writeFixture(dir, 'empty.jpg', Buffer.alloc(0));
    expect((await rejection(validateForUpload(empty, 'image', 'permanent'))).code).toBe('EMPTY');
    expect((await rejection(validateForUpload(join(dir, 'missing.jpg'), 'image', 'permanent'))).code).toBe(
      'UNREADABLE',
    );
    const sub = join(dir, 'folder.jpg');
    await mkdir(sub);
    expect((await rejection(validateForUpload(sub, 'image', 'permanent'))).code).toBe('NOT_A_FILE');
    const real = await file('jpeg', 100, 'real.jpg');
    const link = join(dir, 'link.jpg');
    await symlink(real, link);
    const linked = await rejection(validateForUpload(link, 'image', 'permanent'));
    expect(linked.code).toBe('NOT_A_FILE');
    expect(linked.fileName).toBe('link.jpg');
  });

  it('WRONG_FORMAT judges the content, not the name, and names what is accepted', async () => {
    const webp = await file('webp', 100, 'photo.jpg');
    const err = await rejection(validateForUpload(webp, 'image', 'permanent'));
    expect(err.code).toBe('WRONG_FORMAT');
    expect(err.text.en).toContain('WebP');
    expect(err.text.zh).toContain('JPG');
    const png = await file('png', 100, 'thumb.jpg');
    expect((await rejection(validateForUpload(png, 'thumb', 'permanent'))).code).toBe('WRONG_FORMAT');
    const wav = await file('wav', 100, 'v.wav');
    await expect(validateForUpload(wav, 'voice', 'permanent')).resolves.toMatchObject({ format: 'wav' });
    expect((await rejection(validateForUpload(wav, 'voice', 'temporary'))).code).toBe('WRONG_FORMAT');
    const bmp = await file('bmp', 100, 'b.bmp');
    await expect(validateForUpload(bmp, 'image', 'permanent')).resolves.toMatchObject({ format: 'bmp' });
    expect((await rejection(validateForUpload(bmp, 'image', 'temporary'))).code).toBe('WRONG_FORMAT');
    const gif = await file('gif', 100, 'g.gif');
    expect((await rejection(validateForUpload(gif, 'uploadimg', 'permanent'))).code).toBe('WRONG_FORMAT');
    const mov = await file('mov', 100, 'clip.mp4');
    expect((await rejection(validateForUpload(mov, 'video', 'permanent'))).text.en).toContain('MOV');
  });

  it.each([
    ['image', 'permanent', 'jpeg', 10 * MB],
    ['image', 'temporary', 'png', 2 * MB],
    ['voice', 'permanent', 'mp3id3', 2 * MB],
    ['video', 'permanent', 'mp4', 10 * MB],
    ['thumb', 'permanent', 'jpeg', 64 * KB],
    ['uploadimg', 'permanent', 'png', MB - 1],
  ] as const)('%s (%s) accepts exactly the limit and refuses one byte more', async (target, mode, kind, limit) => {
    const atLimit = await file(kind, limit, 'at.bin');
    await expect(validateForUpload(atLimit, target, mode)).resolves.toMatchObject({ size: limit });
    const over = await file(kind, limit + 1, 'over.bin');
    const err = await rejection(validateForUpload(over, target, mode));
    expect(err.code).toBe('TOO_LARGE');
  });

  it('uploadimg refuses exactly 1 MB ("< 1 MB")', async () => {
    const path = await file('jpeg', MB, 'one-mb.jpg');
    const err = await rejection(validateForUpload(path, 'uploadimg', 'permanent'));
    expect(err.code).toBe('TOO_LARGE');
    expect(err.text.zh).toContain('小于 1 MB');
  });

  it('voice duration: skipped without a probe, TOO_LONG with one that reports > 60 s', async () => {
    const path = await file('mp3id3', 1000, 'long.mp3');
    await expect(validateForUpload(path, 'voice', 'permanent')).resolves.toMatchObject({ format: 'mp3' });
    const err = await rejection(
      validateForUpload(path, 'voice', 'permanent', { probeVoiceDurationSec: () => Promise.resolve(61) }),
    );
    expect(err.code).toBe('TOO_LONG');
    expect(err.text.en).toContain('45007');
    await expect(
      validateForUpload(path, 'voice', 'permanent', { probeVoiceDurationSec: () => Promise.resolve(null) }),
    ).resolves.toBeTruthy();
  });
});
