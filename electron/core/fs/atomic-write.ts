/**
 * The one module that writes files atomically. Both kinds of write go through a sibling
 * `<name>.<random>.partial` that is written, fsynced and only then given its final name, so a reader
 * (or the user's file manager) sees the old content or the new, never half of it:
 * - `writeFileAtomic` replaces its target (settings, indexes, journals, ledgers, thumbnails);
 * - `createPartial` never replaces anything (downloads): its commit takes the first free
 *   `name (n).ext`, and is the choke point of every download name (electron/core/files/file-name.ts).
 * `sweepPartials` removes what a crash left behind.
 */
import { randomBytes } from 'node:crypto';
import { access, link, mkdir, open, opendir, rename, rm, stat, unlink, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { numberedName, sanitizeFileName, splitExt } from '../files/file-name';

/** Our partial files end like this; the sweep removes only names matching it. */
const PARTIAL_RE = /\.[0-9a-f]{16}\.partial$/;
const MAX_COLLISIONS = 1000;
/** Errors meaning "this filesystem cannot hard-link" (FAT/exFAT, some network shares). */
const NO_LINK = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK']);

const errCode = (err: unknown): string | undefined => (err as NodeJS.ErrnoException | null)?.code;

/** `<prefix>.<16 hex>.partial`: the shape PARTIAL_RE (and so the sweep) recognises. */
function partialName(prefix: string): string {
  return `${prefix}.${randomBytes(8).toString('hex')}.partial`;
}

/**
 * Writes `target` so that readers see either the old or the new content, never half of it:
 * a sibling partial, fsync, rename over the target.
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array, mode = 0o600): Promise<void> {
  await mkdir(path.dirname(target), { recursive: true });
  const tmp = path.join(path.dirname(target), partialName(path.basename(target)));
  const handle = await open(tmp, 'wx', mode);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (err) {
    await handle.close().catch(() => undefined);
    await rm(tmp, { force: true });
    throw err;
  }
  await handle.close();
  try {
    await rename(tmp, target);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}

/** A file being written under a temporary name. */
export interface PartialFile {
  readonly path: string;
  write(chunk: Uint8Array): Promise<void>;
  /** fsyncs, then publishes under `finalName` or `finalName (n)` in the same directory; returns the final path. */
  commit(finalName: string): Promise<string>;
  /** Closes and unlinks the partial; safe to call at any time, any number of times. */
  discard(): Promise<void>;
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}

/**
 * Moves `partial` to the first free name. link() fails with EEXIST instead of replacing, which makes
 * "rename unless taken" atomic; on filesystems without hard links we fall back to check-then-rename
 * (a tiny race, but rename would silently replace on Windows, so we must check).
 */
async function publish(partial: string, dir: string, finalName: string): Promise<string> {
  for (let n = 0; n < MAX_COLLISIONS; n++) {
    const target = path.join(dir, numberedName(finalName, n));
    try {
      await link(partial, target);
      await unlink(partial);
      return target;
    } catch (err) {
      const code = errCode(err);
      if (code === 'EEXIST') continue;
      if (!code || !NO_LINK.has(code)) throw err;
      if (await exists(target)) continue;
      await rename(partial, target);
      return target;
    }
  }
  throw Object.assign(new Error('too many files with the same name'), { code: 'EEXIST' });
}

/** fsync on a directory makes the rename durable on POSIX; Windows refuses it, which is fine to ignore. */
async function syncDir(dir: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch {
    // best effort: not supported on every platform
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** Creates `<baseName>.<random>.partial` in `dir` (exclusive create, never reuses a name). */
export async function createPartial(dir: string, baseName: string): Promise<PartialFile> {
  // Code points, not UTF-16 units: a cut through a surrogate pair would put an unencodable name on disk.
  const prefix = Array.from(splitExt(sanitizeFileName(baseName, 'download')).stem)
    .slice(0, 60)
    .join('');
  const file = path.join(dir, partialName(prefix));
  const handle = await open(file, 'wx');
  let closed = false;
  const close = async (): Promise<void> => {
    if (closed) return;
    closed = true;
    await handle.close();
  };
  return {
    path: file,
    async write(chunk) {
      let offset = 0;
      while (offset < chunk.length) {
        const { bytesWritten } = await handle.write(chunk, offset, chunk.length - offset);
        offset += bytesWritten;
      }
    },
    async commit(finalName) {
      await handle.sync();
      await close();
      // The one choke point of every download name: whatever a caller passes, only a sanitised name is published.
      const finalPath = await publish(file, dir, sanitizeFileName(finalName, 'download'));
      await syncDir(dir);
      return finalPath;
    },
    async discard() {
      await close().catch(() => undefined);
      await unlink(file).catch((err: unknown) => {
        if (errCode(err) !== 'ENOENT') throw err;
      });
    },
  };
}

/**
 * Deletes our leftover `.partial` files in `dir` (from a crash or kill mid-write). Call it before
 * writing into a folder; `olderThanMs` keeps partials a concurrent write may still be filling.
 * Returns how many were removed.
 */
export async function sweepPartials(dir: string, olderThanMs = 60_000, now: () => number = Date.now): Promise<number> {
  let removed = 0;
  const entries = await opendir(dir);
  for await (const entry of entries) {
    if (!entry.isFile() || !PARTIAL_RE.test(entry.name)) continue;
    const file = path.join(dir, entry.name);
    const info = await stat(file).catch(() => null);
    if (!info || now() - info.mtimeMs < olderThanMs) continue;
    await unlink(file).catch(() => undefined);
    removed++;
  }
  return removed;
}
