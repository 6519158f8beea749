/** Minimal byte fixtures per format: the right magic bytes, then filler up to `size`. */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const MAGIC: Record<string, number[]> = {
  jpeg: [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00],
  png: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52],
  gif: [...Buffer.from('GIF89a')],
  // BM, file size, reserved 0, pixel offset 54, DIB header size 40
  bmp: [0x42, 0x4d, 0x46, 0, 0, 0, 0, 0, 0, 0, 0x36, 0, 0, 0, 0x28, 0, 0, 0],
  mp3id3: [...Buffer.from('ID3'), 0x04, 0x00, 0x00],
  // MPEG-1 Layer III, 128 kbps, 44.1 kHz
  mp3frame: [0xff, 0xfb, 0x90, 0x64],
  amr: [...Buffer.from('#!AMR\n')],
  wav: [...Buffer.from('RIFF'), 0x24, 0, 0, 0, ...Buffer.from('WAVEfmt ')],
  webp: [...Buffer.from('RIFF'), 0x24, 0, 0, 0, ...Buffer.from('WEBPVP8 ')],
  wma: [0x30, 0x26, 0xb2, 0x75, 0x8e, 0x66, 0xcf, 0x11, 0xa6, 0xd9, 0x00, 0xaa, 0x00, 0x62, 0xce, 0x6c],
  mp4: [0, 0, 0, 0x18, ...Buffer.from('ftypisom'), 0, 0, 2, 0, ...Buffer.from('isomiso2')],
  heic: [0, 0, 0, 0x18, ...Buffer.from('ftypheic'), 0, 0, 0, 0, ...Buffer.from('mif1heic')],
  mov: [0, 0, 0, 0x14, ...Buffer.from('ftypqt  '), 0, 0, 2, 0, ...Buffer.from('qt  ')],
  m4a: [0, 0, 0, 0x18, ...Buffer.from('ftypM4A '), 0, 0, 2, 0, ...Buffer.from('M4A isom')],
};

export type FixtureKind = keyof typeof MAGIC;

/** `size` bytes starting with the magic of `kind` (random filler, so hashes are meaningful). */
export function fixtureBytes(kind: FixtureKind, size = 256): Buffer {
  const magic = Buffer.from(MAGIC[kind]);
  if (size <= magic.length) return magic.subarray(0, size);
  // Filler must not accidentally look like something else; random bytes after the magic are fine for sniffing.
  return Buffer.concat([magic, randomBytes(size - magic.length)]);
}

/** A fresh temp directory and a cleanup function. */
export async function tempDir(prefix = 'sucaidesk-test-'): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** Writes `bytes` as `name` in `dir` and returns the path. */
export async function writeFixture(dir: string, name: string, bytes: Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, bytes);
  return path;
}
