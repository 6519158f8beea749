/**
 * A dropped folder means "the files in it": expands folder paths to the regular files below them,
 * recursively, in a stable (sorted) order. Hidden entries (".DS_Store", ".git") and symlinks are
 * skipped, so a link cannot pull in files from elsewhere. Non-folders pass through unchanged.
 */
import { lstat, readdir } from 'node:fs/promises';
import path from 'node:path';

/** Upper bound of files one drop may expand to (a mistaken drop of a home folder must not hang). */
export const MAX_EXPANDED_FILES = 5000;

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    if (e.name.startsWith('.') || e.isSymbolicLink()) continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) await walk(full, out);
    else if (e.isFile()) out.push(full);
    if (out.length > MAX_EXPANDED_FILES) throw new RangeError('too many files');
  }
}

/** Folders → their files; everything else as given (the caller checks it is a regular file). */
export async function expandPaths(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    const info = await lstat(p).catch(() => null);
    if (info?.isDirectory()) await walk(p, out);
    else out.push(p);
    if (out.length > MAX_EXPANDED_FILES) throw new RangeError('too many files');
  }
  return out;
}
