/**
 * What happens to a stored file the app cannot read (corrupt, or written by a version it does not
 * know): it is renamed aside with a timestamp, never deleted, so nothing the user had is lost and a
 * support question can still look at it; the start carries on without it, and the renderer says so once
 * (app:info's `quarantined`, shown by renderer/src/components/QuarantineNotice.tsx).
 */
import { rename } from 'node:fs/promises';
import path from 'node:path';
import type { QuarantinedFile, StoredFileKind } from '@shared/models';

/** Collects what was set aside during this run. */
export class QuarantineLog {
  private readonly entries: QuarantinedFile[] = [];

  report(entry: QuarantinedFile): void {
    this.entries.push(entry);
  }

  list(): QuarantinedFile[] {
    return [...this.entries];
  }
}

/** `accounts.json` → `accounts.json.quarantined-20260101T120000123Z` (sortable, no colons for Windows). */
export function asideName(file: string, at: number): string {
  const stamp = new Date(at).toISOString().replace(/[-:.]/g, '');
  return `${file}.quarantined-${stamp}`;
}

/**
 * Renames `file` aside and reports it. If even the rename fails (read-only folder), the entry still
 * reports the problem with `asideAs: null`: the app starts anyway, and the caller overwrites nothing
 * it could not move (every writer of these files replaces them atomically, electron/core/fs/atomic-write.ts).
 */
export async function quarantineFile(
  file: string,
  kind: StoredFileKind,
  reason: QuarantinedFile['reason'],
  opts: { log?: QuarantineLog; now?: () => number; recovered?: number } = {},
): Promise<QuarantinedFile> {
  const at = (opts.now ?? Date.now)();
  const target = asideName(file, at);
  const moved = await rename(file, target).then(
    () => true,
    () => false,
  );
  const entry: QuarantinedFile = {
    kind,
    original: path.basename(file),
    asideAs: moved ? path.basename(target) : null,
    reason,
    at,
    ...(opts.recovered !== undefined ? { recovered: opts.recovered } : {}),
  };
  opts.log?.report(entry);
  return entry;
}
