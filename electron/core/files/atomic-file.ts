/**
 * Atomic, never-overwriting file creation for downloads (rclone's `.partial` model, reliability.md §3.4):
 * bytes go to `<name>.<random>.partial` in the destination directory, are fsynced, and only then appear
 * under their final name. A failed or truncated download leaves nothing behind.
 */
import { randomBytes } from 'node:crypto';
import { access, link, open, opendir, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { numberedName, sanitizeFileName, splitExt } from './file-name';

/** Our partial files end like this; the sweep removes only names matching it. */
const PARTIAL_RE = /\.[0-9a-f]{16}\.partial$/;
const MAX_COLLISIONS = 1000;
/** Errors meaning "this filesystem cannot hard-link" (FAT/exFAT, some network shares). */
const NO_LINK = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK']);

/** A file being written under a temporary name. */
export interface PartialFile {
  readonly path: string;
  write(chunk: Uint8Array): Promise<void>;
  /** fsyncs, then publishes under `finalName` or `finalName (n)` in the same directory; returns the final path. */
  commit(finalName: string): Promise<string>;
  /** Closes and unlinks the partial; safe to call at any time, any number of times. */
  discard(): Promise<void>;
}

const errCode = (err: unknown): string | undefined => (err as NodeJS.ErrnoException | null)?.code;

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
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
    const target = join(dir, numberedName(finalName, n));
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
  const path = join(dir, `${prefix}.${randomBytes(8).toString('hex')}.partial`);
  const handle = await open(path, 'wx');
  let closed = false;
  const close = async (): Promise<void> => {
    if (closed) return;
    closed = true;
    await handle.close();
  };
  return {
    path,
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
      const finalPath = await publish(path, dir, sanitizeFileName(finalName, 'download'));
      await syncDir(dir);
      return finalPath;
    },
    async discard() {
      await close().catch(() => undefined);
      await unlink(path).catch((err: unknown) => {
        if (errCode(err) !== 'ENOENT') throw err;
      });
    },
  };
}

/**
 * Deletes our leftover `.partial` files in `dir` (from a crash or kill mid-download). Call it at start-up;
 * `olderThanMs` keeps partials a concurrent download may still be writing. Returns how many were removed.
 */
export async function sweepPartials(dir: string, olderThanMs = 60_000, now: () => number = Date.now): Promise<number> {
  let removed = 0;
  const entries = await opendir(dir);
  for await (const entry of entries) {
    if (!entry.isFile() || !PARTIAL_RE.test(entry.name)) continue;
    const path = join(dir, entry.name);
    const info = await stat(path).catch(() => null);
    if (!info || now() - info.mtimeMs < olderThanMs) continue;
    await unlink(path).catch(() => undefined);
    removed++;
  }
  return removed;
}
