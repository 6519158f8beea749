/**
 * The on-disk shapes of a library index, each read through its schema. The index is only a cache of
 * WeChat's listings: a corrupt or unknown file is quarantined and the next sync rebuilds it
 * (electron/core/fs/versioned-json.ts).
 * - v1, `<account>.json`: the whole index in one file, rewritten on every save (read once, to migrate);
 * - v2, `<account>.snapshot.json` + `<account>.index-log`: a snapshot plus an append-only log of
 *   change batches (electron/core/index/index-store.ts), so a 20-item change writes a few KB.
 */
import { z } from 'zod';
import type { QuarantineLog } from '../fs/quarantine';
import { readVersionedJson } from '../fs/versioned-json';
import { INDEX_KINDS, type IndexFile, type IndexKind, type IndexedItem } from './index-types';

export const INDEX_FILE_VERSION = 1;
export const INDEX_SNAPSHOT_VERSION = 2;
/** Version of the log's header record (electron/core/index/index-log.ts frames the records). */
export const INDEX_LOG_VERSION = 1;

const itemFields = {
  id: z.string().min(1).max(256),
  name: z.string().max(2000),
  updateTime: z.number().finite(),
  thumbUrl: z.string().max(4096).optional(),
  titles: z.array(z.string().max(2000)).max(64).optional(),
  authors: z.array(z.string().max(2000)).max(64).optional(),
  refs: z.array(z.string().max(300)).max(1000).optional(),
};

const itemSchema = z.object({ ...itemFields, kind: z.enum(INDEX_KINDS) });

const kindStateSchema = z.object({
  items: z.array(itemSchema),
  total: z.number().int().nonnegative(),
  syncedAt: z.number().nonnegative(),
});

export const indexFileSchema = z.object({
  version: z.literal(INDEX_FILE_VERSION),
  kinds: z.partialRecord(z.enum(INDEX_KINDS), kindStateSchema),
}) satisfies z.ZodType<IndexFile>;

/** The v1 whole-file index, or null (missing, or set aside as unreadable: start empty, re-sync). */
export async function readIndexFile(file: string, log?: QuarantineLog): Promise<IndexFile | null> {
  const read = await readVersionedJson(file, indexFileSchema, { kind: 'index', version: INDEX_FILE_VERSION, log });
  return read.kind === 'ok' ? read.data : null;
}

/**
 * Insertion ranks break update_time ties (electron/core/index/library-index.ts), so they are stored:
 * a reopened index orders items exactly as before. Ranks are kept per id across kinds, and an id
 * removed from one kind loses its rank in the others too; null says "no rank".
 */
const rankSchema = z.number().int().safe().nullable();

/**
 * A column of a snapshot, checked element by element with a plain predicate: a zod schema per element
 * of 100,000 costs more than reading the file (bench/index-persistence.ts), and a column is one type.
 */
function column<T>(what: string, ok: (v: unknown) => boolean) {
  return z.custom<T[]>((v) => Array.isArray(v) && v.every(ok), { message: `bad ${what} column` });
}
const isString =
  (max: number, min = 0) =>
  (v: unknown) =>
    typeof v === 'string' && v.length >= min && v.length <= max;
const isRank = (v: unknown) => v === null || Number.isSafeInteger(v);

/**
 * One kind in a snapshot, column-wise (newest first): far fewer objects to parse than one per item.
 * `extras` holds the article titles, authors and material refs of the few items that have them, by position.
 */
const snapshotKindSchema = z
  .object({
    total: z.number().int().nonnegative(),
    syncedAt: z.number().nonnegative(),
    ids: column<string>('id', isString(256, 1)),
    names: column<string>('name', isString(2000)),
    times: column<number>('time', (v) => Number.isFinite(v)),
    thumbs: column<string | null>('thumb', (v) => v === null || isString(4096)(v)),
    ranks: column<number | null>('rank', isRank),
    extras: z.array(
      z.object({
        at: z.number().int().nonnegative(),
        titles: itemFields.titles,
        authors: itemFields.authors,
        refs: itemFields.refs,
      }),
    ),
  })
  .refine(
    (k) =>
      [k.names, k.times, k.thumbs, k.ranks].every((c) => c.length === k.ids.length) &&
      k.extras.every((e) => e.at < k.ids.length),
    { message: 'columns differ in length' },
  );

export const indexSnapshotSchema = z.object({
  version: z.literal(INDEX_SNAPSHOT_VERSION),
  /** Generation: a log whose header names another generation predates this snapshot and is ignored. */
  gen: z.number().int().nonnegative(),
  nextRank: z.number().int().nonnegative(),
  kinds: z.partialRecord(z.enum(INDEX_KINDS), snapshotKindSchema),
});

export type SnapshotKind = z.infer<typeof snapshotKindSchema>;

/** The whole index as the store writes it (the snapshot without its version and generation). */
export interface IndexData {
  nextRank: number;
  kinds: Partial<Record<IndexKind, SnapshotKind>>;
}

/** Items (in order) and their ranks → one snapshot kind. */
export function toColumns(
  items: readonly IndexedItem[],
  rankOf: (item: IndexedItem, at: number) => number | null,
  meta: { total: number; syncedAt: number },
): SnapshotKind {
  const extras: SnapshotKind['extras'] = [];
  items.forEach((item, at) => {
    if (item.titles || item.authors || item.refs)
      extras.push({ at, titles: item.titles, authors: item.authors, refs: item.refs });
  });
  return {
    total: meta.total,
    syncedAt: meta.syncedAt,
    ids: items.map((i) => i.id),
    names: items.map((i) => i.name),
    times: items.map((i) => i.updateTime),
    thumbs: items.map((i) => i.thumbUrl ?? null),
    ranks: items.map(rankOf),
    extras,
  };
}

/** One snapshot kind → its items (in stored order). */
export function fromColumns(kind: IndexKind, k: SnapshotKind): IndexedItem[] {
  const items: IndexedItem[] = new Array<IndexedItem>(k.ids.length);
  for (let i = 0; i < k.ids.length; i++) {
    const item: IndexedItem = { id: k.ids[i], kind, name: k.names[i], updateTime: k.times[i] };
    const thumb = k.thumbs[i];
    if (thumb !== null) item.thumbUrl = thumb;
    items[i] = item;
  }
  for (const e of k.extras) {
    if (e.titles) items[e.at].titles = e.titles;
    if (e.authors) items[e.at].authors = e.authors;
    if (e.refs) items[e.at].refs = e.refs;
  }
  return items;
}

export const logHeaderSchema = z.object({
  log: z.literal('sucaidesk-index'),
  version: z.number().int(),
  gen: z.number().int().nonnegative(),
});

const logOpSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('put'), rank: rankSchema, item: itemSchema }),
  z.object({ op: z.literal('del'), kind: z.enum(INDEX_KINDS), id: z.string().min(1).max(256) }),
  z.object({
    op: z.literal('meta'),
    kind: z.enum(INDEX_KINDS),
    total: z.number().int().nonnegative(),
    syncedAt: z.number().nonnegative(),
  }),
]);

/**
 * One save's changes, written as ONE log record so a crash applies all of them or none. Every op
 * states a result ("this item is now…", "this id is gone"), never a delta, so replaying a batch the
 * snapshot already contains changes nothing.
 */
export const logBatchSchema = z.object({
  nextRank: z.number().int().nonnegative(),
  ops: z.array(logOpSchema),
});

export type LogOp = z.infer<typeof logOpSchema>;
export type LogBatch = z.infer<typeof logBatchSchema>;
