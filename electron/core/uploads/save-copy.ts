/** Copies bytes into a folder under a name that never overwrites anything: `.partial`, fsync, then link. */
import { randomBytes } from 'node:crypto';
import { copyFile, link, open, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { numberedName, sanitizeFileName } from '../files/file-name';

async function publish(tmp: string, folder: string, name: string): Promise<string> {
  const safe = sanitizeFileName(name, 'media');
  try {
    for (let n = 0; n < 1000; n++) {
      const target = path.join(folder, numberedName(safe, n));
      try {
        await link(tmp, target); // fails with EEXIST instead of overwriting
        return target;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      }
    }
    throw new Error('no free file name');
  } finally {
    await rm(tmp, { force: true });
  }
}

/** Copies `src` into `folder` as `name` (or `name (1)`…); returns the final path. */
export async function saveCopy(src: string, folder: string, name: string): Promise<string> {
  const tmp = path.join(folder, `.${randomBytes(6).toString('hex')}.partial`);
  await copyFile(src, tmp);
  const h = await open(tmp, 'r+');
  await h.sync().finally(() => h.close());
  return publish(tmp, folder, name);
}

/** Streams `body` into `folder` as `name`; returns the final path. */
export async function saveStream(body: Readable, folder: string, name: string): Promise<string> {
  const tmp = path.join(folder, `.${randomBytes(6).toString('hex')}.partial`);
  const h = await open(tmp, 'w', 0o600);
  try {
    for await (const chunk of body) await h.write(chunk as Buffer);
    await h.sync();
  } catch (err) {
    await h.close();
    await rm(tmp, { force: true });
    throw err;
  }
  await h.close();
  return publish(tmp, folder, name);
}
