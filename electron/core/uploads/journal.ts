/**
 * Append-only, fsync'ed journal of upload-job states, one file per account. Every state change is
 * written (and synced) BEFORE the network side effect it announces, so a crash leaves a record of
 * what might have reached WeChat. Concurrent appends share one write + fsync (group commit), which
 * keeps the queue's bookkeeping near free at concurrency 4–8. `open` rewrites the file atomically
 * with a version header and only the live records; `loadJournal` reads it back through a schema.
 */
import { open, readFile, type FileHandle } from 'node:fs/promises';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../fs/atomic-write';
import { quarantineFile, type QuarantineLog } from '../fs/quarantine';

/** One journal line. `put` replaces a job's record; `del` forgets it; `hash` feeds the dedupe index. */
export type JournalRecord<J> =
  | { op: 'put'; job: J }
  | { op: 'del'; id: string }
  | { op: 'hash'; sha256: string; mediaId: string; name: string; type: string };

export interface JournalState<J> {
  jobs: Map<string, J>;
  hashes: Map<string, { mediaId: string; name: string; type: string }>;
}

/**
 * The first line of every journal `open` writes. Journals written before it existed have no header;
 * their lines are the same records, so they are read as they are.
 */
export const JOURNAL_VERSION = 1;
const headerSchema = z.object({ op: z.literal('header'), version: z.number() });

function recordSchema<J>(job: z.ZodType<J>) {
  return z.discriminatedUnion('op', [
    z.object({ op: z.literal('put'), job }),
    z.object({ op: z.literal('del'), id: z.string().min(1) }),
    z.object({
      op: z.literal('hash'),
      sha256: z.string().min(1),
      mediaId: z.string().min(1),
      name: z.string(),
      type: z.string(),
    }),
  ]);
}

/** Any job with an id (the queue passes its own schema, electron/core/uploads/job-schema.ts). */
const anyJob = z.object({ id: z.string().min(1) }).loose();

export interface LoadJournalOptions<J> {
  jobSchema?: z.ZodType<J>;
  /** Where a journal with unreadable lines is reported once it has been set aside. */
  log?: QuarantineLog;
  now?: () => number;
}

function parseLine(line: string): unknown {
  try {
    return JSON.parse(line) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Reads a journal file into the latest state per job; missing file → empty state. Every line goes
 * through the record schema. A torn last line (crash mid-append: its record was never acknowledged,
 * so its side effect never started) is dropped quietly. Anything else unreadable — a garbage line, a
 * header of an unknown version — sets the whole file aside (kept, renamed, reported) and every line
 * that does read is still recovered: the journal is the only record of what may have reached WeChat.
 */
export async function loadJournal<J extends { id: string }>(
  file: string,
  opts: LoadJournalOptions<J> = {},
): Promise<JournalState<J>> {
  const state: JournalState<J> = { jobs: new Map(), hashes: new Map() };
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return state;
    throw err;
  }
  const schema = recordSchema((opts.jobSchema ?? anyJob) as z.ZodType<J>);
  const lines = text.split('\n');
  const last = lines.length - 1;
  let bad = 0;
  let unknownVersion = false;
  let recovered = 0;
  let sawRecord = false;
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    const json = parseLine(line);
    if (json === undefined && i === last) return; // torn tail: no newline yet, never acknowledged
    const header = headerSchema.safeParse(json);
    if (header.success && !sawRecord) {
      if (header.data.version !== JOURNAL_VERSION) unknownVersion = true;
      return;
    }
    sawRecord = true;
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      bad++;
      return;
    }
    const rec = parsed.data as JournalRecord<J>;
    recovered++;
    if (rec.op === 'put') state.jobs.set(rec.job.id, rec.job);
    else if (rec.op === 'del') state.jobs.delete(rec.id);
    else state.hashes.set(rec.sha256, { mediaId: rec.mediaId, name: rec.name, type: rec.type });
  });
  if (bad > 0 || unknownVersion) {
    // Renamed, not copied: `Journal.open` writes a fresh file from the recovered state right after.
    await quarantineFile(file, 'journal', unknownVersion ? 'unknown-version' : 'corrupt', { ...opts, recovered });
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
      JSON.stringify({ op: 'header', version: JOURNAL_VERSION }),
      ...[...state.hashes].map(([sha256, h]) => JSON.stringify({ op: 'hash', sha256, ...h })),
      ...[...state.jobs.values()].map((job) => JSON.stringify({ op: 'put', job })),
    ];
    await writeFileAtomic(this.file, `${lines.join('\n')}\n`);
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
