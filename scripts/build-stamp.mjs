// Is the build in the output folder (dist/, or $SUCAIDESK_OUT) made from the sources as they are now?
// A digest of every source file's path, size and mtime is written next to the build after it succeeds
// (`.build-stamp.json`); `npm run web` (scripts/web.mjs) builds only when the digest differs, or when an
// output it needs is missing. Sizes and mtimes, not contents: a checkout, an edit or a save all change
// them, and reading them costs milliseconds where hashing every file would not.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** What the build reads: the two source trees and the files that configure or pin the build. */
export const SOURCE_ROOTS = ['electron', 'renderer'];
export const SOURCE_FILES = [
  'package.json',
  'package-lock.json',
  'esbuild.config.mjs',
  'vite.config.ts',
  'tsconfig.json',
];
/** What browser mode needs from the build. */
export const WEB_OUTPUTS = ['web/server.cjs', 'emulator/emulator.cjs', 'renderer/index.html'];
export const STAMP_FILE = '.build-stamp.json';

/** Every source file below `root` (relative, `/`-separated, sorted). */
export function sourceFiles(root) {
  const files = [];
  for (const dir of SOURCE_ROOTS) {
    const abs = path.join(root, dir);
    if (!existsSync(abs)) continue;
    for (const entry of readdirSync(abs, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const rel = path.relative(root, path.join(entry.parentPath ?? entry.path, entry.name));
      if (rel.split(path.sep).includes('node_modules')) continue;
      files.push(rel.split(path.sep).join('/'));
    }
  }
  for (const file of SOURCE_FILES) if (existsSync(path.join(root, file))) files.push(file);
  return files.sort();
}

/** The digest of the sources' paths, sizes and mtimes. */
export function sourceDigest(root) {
  const hash = createHash('sha256');
  for (const rel of sourceFiles(root)) {
    const info = statSync(path.join(root, rel));
    hash.update(`${rel}\0${info.size}\0${Math.floor(info.mtimeMs)}\n`);
  }
  return hash.digest('hex');
}

/** Why a build is needed (a short reason), or null when the output folder is current. */
export function buildNeeded(root, outDir, digest = sourceDigest(root)) {
  const missing = WEB_OUTPUTS.find((f) => !existsSync(path.join(outDir, f)));
  if (missing) return `${missing} is missing`;
  let stamp = null;
  try {
    stamp = JSON.parse(readFileSync(path.join(outDir, STAMP_FILE), 'utf8'));
  } catch {
    return 'no build stamp';
  }
  return stamp?.digest === digest ? null : 'sources changed';
}

/** Records that `outDir` was built from sources with this digest (taken before the build started). */
export function writeStamp(outDir, digest) {
  writeFileSync(path.join(outDir, STAMP_FILE), `${JSON.stringify({ digest, builtAt: new Date().toISOString() })}\n`);
}
