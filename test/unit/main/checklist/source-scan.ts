/** Reads the repository's own sources, so checklist tests can assert a property holds everywhere. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const REPO = path.resolve(__dirname, '../../../..');

/** Every .ts/.tsx file under `dir` (relative to the repo), with its text. */
export function sources(dir: string): { file: string; text: string }[] {
  const out: { file: string; text: string }[] = [];
  const walk = (abs: string) => {
    for (const e of readdirSync(abs, { withFileTypes: true })) {
      const full = path.join(abs, e.name);
      if (e.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(e.name)) out.push({ file: path.relative(REPO, full), text: readFileSync(full, 'utf8') });
    }
  };
  walk(path.join(REPO, dir));
  return out;
}

/** Files (and counts) where `pattern` occurs. */
export function occurrences(dir: string, pattern: RegExp): Record<string, number> {
  const out: Record<string, number> = {};
  for (const { file, text } of sources(dir)) {
    const n =
      text.match(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`))
        ?.length ?? 0;
    if (n) out[file] = n;
  }
  return out;
}
