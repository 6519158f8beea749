/**
 * A small settings file of the shell (window places, theme and menu language): read once at start,
 * written whole through the one atomic writer (electron/core/fs/atomic-write.ts), so a crash mid-write
 * leaves the old file. A missing or unreadable file reads as null: the caller starts from defaults.
 */
import { readFile } from 'node:fs/promises';
import { writeFileAtomic } from '../core/fs/atomic-write';

export async function readSettingsText(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch {
    return null;
  }
}

export function writeSettings(file: string, value: unknown): Promise<void> {
  return writeFileAtomic(file, `${JSON.stringify(value, null, 2)}\n`, 0o600);
}
