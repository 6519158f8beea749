/**
 * Where one account's index lives on disk, and how it gets there without rewriting 15 MB per save:
 * a snapshot (`<account>.snapshot.json`, written whole by the one atomic writer) plus an append-only
 * log (`<account>.index-log`) of change batches, each one framed record with a length and a checksum
 * (electron/core/index/index-log.ts), fdatasync'ed. When the log outgrows a quarter of the snapshot
 * (or the change is large anyway) the next save compacts: a new snapshot of the next generation, then
 * a fresh log naming that generation. A crash between the two leaves a log of an older generation,
 * which the next open ignores, since the snapshot already holds it.
 *
 * Opening reads the snapshot (or migrates the v1 whole-file index, `<account>.json`), then replays
 * the log. A torn last record (a crash mid-append: never acknowledged) is dropped; a damaged log is set
 * aside (quarantine) after recovering what precedes the damage. Either way the caller compacts at
 * once, so appends never follow garbage.
 */
import { open, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { sweepPartials, writeFileAtomic } from '../fs/atomic-write';
import { quarantineFile, type QuarantineLog } from '../fs/quarantine';
import { readVersionedJson } from '../fs/versioned-json';
import {
  INDEX_LOG_VERSION,
  INDEX_SNAPSHOT_VERSION,
  indexSnapshotSchema,
  logBatchSchema,
  logHeaderSchema,
  readIndexFile,
  toColumns,
  type IndexData,
  type LogBatch,
} from './index-file';
import { frameRecord, readRecords } from './index-log';
import { INDEX_KINDS, type IndexFile } from './index-types';

/** The log may grow to this share of the snapshot before the next save compacts. */
export const COMPACT_LOG_RATIO = 0.25;
/** …but small indexes do not compact on every save: the log may always reach this size. */
export const COMPACT_MIN_LOG_BYTES = 256 * 1024;
/** Batches in the log before the next save compacts, whatever their size (replay time on open). */
export const COMPACT_MAX_BATCHES = 5_000;
/** A save that changes more items than this writes a snapshot directly (a full sync, a big upload). */
export const COMPACT_DIRTY_ITEMS = 2_000;

export interface IndexPaths {
  /** v1 whole-file index, read once to migrate. */
  legacy: string;
  snapshot: string;
  log: string;
}

/** `<dir>/<account>.json` (what the registry names) → the files of both formats. */
export function indexPaths(file: string): IndexPaths {
  const base = file.endsWith('.json') ? file.slice(0, -'.json'.length) : file;
  return { legacy: file, snapshot: `${base}.snapshot.json`, log: `${base}.index-log` };
}

export interface OpenedIndex {
  store: IndexStore;
  /** The snapshot (or migrated v1 file), null when there is none. */
  data: IndexData | null;
  /** Log batches to apply on top of `data`, in order. */
  batches: LogBatch[];
  /** The files need rewriting before the next append (migration, torn or damaged log, stale generation). */
  compactNow: boolean;
}

/** v1 → the snapshot shape; ranks follow the stored (newest-first) order, as v1's reopen did. */
function fromLegacy(v1: IndexFile): IndexData {
  const data: IndexData = { nextRank: 0, kinds: {} };
  for (const k of INDEX_KINDS) {
    const state = v1.kinds[k];
    if (!state) continue;
    data.kinds[k] = toColumns(state.items, () => ++data.nextRank, state);
  }
  return data;
}

export class IndexStore {
  private gen = 0;
  private snapshotBytes = 0;
  private logBytes = 0;
  private logBatches = 0;
  private legacyPending = false;
  /** Set when a write failed: what it carried is only in memory, so the next save writes everything. */
  private mustCompact = false;
  /** Bytes this store has written (appends and compactions), for the benchmark. */
  bytesWritten = 0;

  private constructor(readonly paths: IndexPaths) {}

  static async open(file: string, qlog?: QuarantineLog): Promise<OpenedIndex> {
    const store = new IndexStore(indexPaths(file));
    const { paths } = store;
    // A compaction the app died in leaves a snapshot-sized partial behind; an old one is garbage.
    await sweepPartials(path.dirname(file)).catch(() => 0);
    let data: IndexData | null = null;
    let compactNow = false;
    let useLog = true;
    const snap = await readVersionedJson(paths.snapshot, indexSnapshotSchema, {
      kind: 'index',
      version: INDEX_SNAPSHOT_VERSION,
      log: qlog,
    });
    if (snap.kind === 'ok') {
      data = { nextRank: snap.data.nextRank, kinds: snap.data.kinds };
      store.gen = snap.data.gen;
      store.snapshotBytes = (await stat(paths.snapshot)).size;
      // A v1 file next to a snapshot: a migration that stopped after writing the snapshot.
      await rm(paths.legacy, { force: true });
    } else if (snap.kind === 'quarantined') {
      useLog = false; // the log holds changes to the snapshot we just set aside
      compactNow = true;
    } else {
      const v1 = await readIndexFile(paths.legacy, qlog);
      if (v1) {
        data = fromLegacy(v1);
        store.legacyPending = true;
        useLog = false; // v1 never had a log; anything there is not ours to replay
        compactNow = true;
      }
    }
    const batches = useLog ? await store.readLog(qlog) : null;
    if (!batches || batches.compactNow) compactNow = true;
    return { store, data, batches: batches?.batches ?? [], compactNow };
  }

  /** The log's batches for this generation; `compactNow` when the log cannot simply be appended to. */
  private async readLog(qlog?: QuarantineLog): Promise<{ batches: LogBatch[]; compactNow: boolean }> {
    let buf: Buffer;
    try {
      buf = await readFile(this.paths.log);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { batches: [], compactNow: false };
      throw err;
    }
    const read = readRecords(buf);
    const [head, ...rest] = read.records;
    const header = head === undefined ? null : logHeaderSchema.safeParse(parseJson(head));
    if (!header?.success) {
      // The header is written atomically with the file (writeFreshLog), so a log without one is damage.
      if (buf.length > 0) await this.setLogAside(qlog, 'corrupt', 0);
      return { batches: [], compactNow: true };
    }
    if (header.data.version !== INDEX_LOG_VERSION) {
      await this.setLogAside(qlog, 'unknown-version', 0);
      return { batches: [], compactNow: true };
    }
    if (header.data.gen !== this.gen) return { batches: [], compactNow: true }; // older than the snapshot
    const batches: LogBatch[] = [];
    for (const payload of rest) {
      const parsed = logBatchSchema.safeParse(parseJson(payload));
      if (!parsed.success) {
        await this.setLogAside(qlog, 'corrupt', batches.length);
        return { batches, compactNow: true };
      }
      batches.push(parsed.data);
    }
    if (read.tail === 'corrupt') {
      await this.setLogAside(qlog, 'corrupt', batches.length);
      return { batches, compactNow: true };
    }
    this.logBytes = read.goodBytes;
    this.logBatches = batches.length;
    return { batches, compactNow: read.tail === 'torn' };
  }

  private async setLogAside(qlog: QuarantineLog | undefined, reason: 'corrupt' | 'unknown-version', recovered: number) {
    await quarantineFile(this.paths.log, 'index', reason, { log: qlog, recovered });
  }

  /** True when the next save should write a snapshot instead of appending `dirtyItems` changes. */
  shouldCompact(dirtyItems: number): boolean {
    return (
      this.mustCompact ||
      dirtyItems > COMPACT_DIRTY_ITEMS ||
      this.logBatches >= COMPACT_MAX_BATCHES ||
      this.logBytes > Math.max(COMPACT_MIN_LOG_BYTES, this.snapshotBytes * COMPACT_LOG_RATIO)
    );
  }

  /** Appends one batch as one record and syncs it; resolves once it is on disk. */
  async append(batch: LogBatch): Promise<void> {
    try {
      if (this.logBytes === 0) await this.writeFreshLog();
      const record = frameRecord(JSON.stringify(batch));
      const handle = await open(this.paths.log, 'a', 0o600);
      try {
        await handle.write(record);
        await handle.datasync();
      } finally {
        await handle.close();
      }
      this.logBytes += record.length;
      this.logBatches += 1;
      this.bytesWritten += record.length;
    } catch (err) {
      this.mustCompact = true;
      throw err;
    }
  }

  /** Writes `data` as the next generation's snapshot, then an empty log of that generation. */
  async compact(data: IndexData): Promise<void> {
    try {
      const text = JSON.stringify({ version: INDEX_SNAPSHOT_VERSION, gen: this.gen + 1, ...data });
      await writeFileAtomic(this.paths.snapshot, text);
      this.gen += 1;
      this.snapshotBytes = Buffer.byteLength(text);
      this.bytesWritten += this.snapshotBytes;
      await this.writeFreshLog();
      this.mustCompact = false;
    } catch (err) {
      this.mustCompact = true;
      throw err;
    }
    if (this.legacyPending) {
      await rm(this.paths.legacy, { force: true });
      this.legacyPending = false;
    }
  }

  private async writeFreshLog(): Promise<void> {
    const header = frameRecord(JSON.stringify({ log: 'sucaidesk-index', version: INDEX_LOG_VERSION, gen: this.gen }));
    await writeFileAtomic(this.paths.log, header);
    this.logBytes = header.length;
    this.logBatches = 0;
    this.bytesWritten += header.length;
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
