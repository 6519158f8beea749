/**
 * The one way the core turns ids into paths below a folder it owns (asset routes, thumbnail cache,
 * temp ledger and cache; see test/unit/core/security/contained-path.test.ts). Each part must be one plain
 * file-name segment, the joined path must stay inside `root`, and no existing component below `root`
 * may be a symlink, so neither `..`, an absolute part, a drive letter nor a planted link can lead out.
 * It throws instead of "fixing" a bad part: a caller that meets it has a bug or an attacker.
 */
import { lstatSync, type Stats } from 'node:fs';
import { lstat } from 'node:fs/promises';
import path from 'node:path';

export class PathEscapeError extends Error {
  constructor(reason: string) {
    super(`refused path outside its folder: ${reason}`);
    this.name = 'PathEscapeError';
  }
}

/** One file-name segment: no separator (either OS), no drive colon, no NUL or control, not `.`/`..`. */
export function isPlainSegment(part: string): boolean {
  return (
    part.length > 0 &&
    part.length <= 255 &&
    part !== '.' &&
    part !== '..' &&
    // eslint-disable-next-line no-control-regex
    !/[/\\:\x00-\x1f]/.test(part)
  );
}

function lexical(root: string, parts: string[]): { base: string; target: string } {
  if (parts.length === 0) throw new PathEscapeError('no part');
  const bad = parts.find((p) => !isPlainSegment(p));
  if (bad !== undefined) throw new PathEscapeError(JSON.stringify(bad.slice(0, 80)));
  const base = path.resolve(root);
  const target = path.resolve(base, ...parts);
  const rel = path.relative(base, target);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) throw new PathEscapeError('resolves outside');
  return { base, target };
}

function checkLink(info: Stats | null, at: string): boolean {
  if (info?.isSymbolicLink()) throw new PathEscapeError(`symlink at ${path.basename(at)}`);
  return info !== null;
}

function missing(err: unknown): null {
  if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
  throw err;
}

/** `root/part/…`, checked on disk: throws PathEscapeError unless it stays inside `root` without links. */
export async function containedPath(root: string, ...parts: string[]): Promise<string> {
  const { base, target } = lexical(root, parts);
  let current = base;
  for (const part of parts) {
    current = path.join(current, part);
    if (!checkLink(await lstat(current).catch(missing), current)) break;
  }
  return target;
}

/** The same check for callers that build paths synchronously. */
export function containedPathSync(root: string, ...parts: string[]): string {
  const { base, target } = lexical(root, parts);
  let current = base;
  for (const part of parts) {
    current = path.join(current, part);
    let info: Stats | null;
    try {
      info = lstatSync(current);
    } catch (err) {
      info = missing(err);
    }
    if (!checkLink(info, current)) break;
  }
  return target;
}
