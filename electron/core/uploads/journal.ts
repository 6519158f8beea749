/**
 * Append-only, fsync'ed journal of upload-job states, one file per account. Every state change is
 * written (and synced) BEFORE the network side effect it announces, so a crash leaves a record of
 * what might have reached WeChat. Concurrent appends share one write + fsync (group commit), which
 * keeps the queue's bookkeeping near free at concurrency 4–8. A torn last line (crash mid-write) is
 * ignored on load; `compact` rewrites the file atomically with only the live records.
 */
import { open, readFile, type FileHandle } from 'node:fs/promises';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from '../fs/atomic-write';

/** One journal line. `put` replaces a job's record; `del` forgets it; `hash` feeds the dedupe index. */
export type JournalRecord<J> =
  | { op: 'put'; job: J }
  | { op: 'del'; id: string }
  | { op: 'hash'; sha256: string; mediaId: string; name: string; type: string };

export interface JournalState<J> {
  jobs: Map<string, J>;
  hashes: Map<string, { mediaId: string; name: string; type: string }>;
}

/** Reads a journal file into the latest state per job; missing file → empty state. */
export async function loadJournal<J extends { id: string }>(file: string): Promise<JournalState<J>> {
  const state: JournalState<J> = { jobs: new Map(), hashes: new Map() };
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return state;
    throw err;
  }
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    let rec: JournalRecord<J>;
    try {
      rec = JSON.parse(line) as JournalRecord<J>;
    } catch {
      continue; // torn tail from a crash mid-append: everything before it is intact
    }
    if (rec.op === 'put') state.jobs.set(rec.job.id, rec.job);
    else if (rec.op === 'del') state.jobs.delete(rec.id);
    else if (rec.op === 'hash') state.hashes.set(rec.sha256, { mediaId: rec.mediaId, name: rec.name, type: rec.type });
  }
  return state;
}

/** Appender with group commit: `append` resolves once its record is on disk (written and fsync'ed). */
export class Journal<J extends { id: string }> {
  private handle: FileHandle | null = null;
  private pending: { line: string; done: () => void; fail: (e: unknown) => void }[] = [];
  private flushing: Promise<void> | null = null;

  constructor(readonly file: string) {}

  /** Rewrites the file atomically with the given state, then opens it for appends. */
  async open(state: JournalState<J>): Promise<void> {
    await mkdir(path.dirname(this.file), { recursive: true, mode: 0o700 });
    const lines = [
      ...[...state.hashes].map(([sha256, h]) => JSON.stringify({ op: 'hash', sha256, ...h })),
      ...[...state.jobs.values()].map((job) => JSON.stringify({ op: 'put', job })),
    ];
    await writeFileAtomic(this.file, lines.length ? `${lines.join('\n')}\n` : '');
    this.handle = await open(this.file, 'a', 0o600);
  }

  append(rec: JournalRecord<J>): Promise<void> {
    return new Promise((done, fail) => {
      this.pending.push({ line: `${JSON.stringify(rec)}\n`, done, fail });
      this.flushing ??= this.flush();
    });
  }

  private async flush(): Promise<void> {
    // Drain in batches: records arriving while one batch syncs go into the next.
    while (this.pending.length > 0) {
      const batch = this.pending;
      this.pending = [];
      try {
        if (!this.handle) throw new Error('journal is closed');
        await this.handle.write(batch.map((b) => b.line).join(''));
        await this.handle.datasync();
        for (const b of batch) b.done();
      } catch (err) {
        for (const b of batch) b.fail(err);
      }
    }
    this.flushing = null;
  }

  async close(): Promise<void> {
    while (this.flushing) await this.flushing;
    await this.handle?.close();
    this.handle = null;
  }
}
