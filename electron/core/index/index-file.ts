/**
 * The on-disk shape of a library index (`<dataDir>/index/<account>.json`), read through its schema.
 * The index is only a cache of WeChat's listings: a corrupt or unknown file is quarantined and the
 * next sync rebuilds it (electron/core/fs/versioned-json.ts).
 */
import { z } from 'zod';
import type { QuarantineLog } from '../fs/quarantine';
import { readVersionedJson } from '../fs/versioned-json';
import { INDEX_KINDS, type IndexFile } from './index-types';

export const INDEX_FILE_VERSION = 1;

const itemSchema = z.object({
  id: z.string().min(1).max(256),
  kind: z.enum(INDEX_KINDS),
  name: z.string().max(2000),
  updateTime: z.number().finite(),
  thumbUrl: z.string().max(4096).optional(),
  titles: z.array(z.string().max(2000)).max(64).optional(),
  authors: z.array(z.string().max(2000)).max(64).optional(),
});

const kindStateSchema = z.object({
  items: z.array(itemSchema),
  total: z.number().int().nonnegative(),
  syncedAt: z.number().nonnegative(),
});

export const indexFileSchema = z.object({
  version: z.literal(INDEX_FILE_VERSION),
  kinds: z.partialRecord(z.enum(INDEX_KINDS), kindStateSchema),
}) satisfies z.ZodType<IndexFile>;

/** The stored index, or null (missing, or set aside as unreadable: start empty, re-sync). */
export async function readIndexFile(file: string, log?: QuarantineLog): Promise<IndexFile | null> {
  const read = await readVersionedJson(file, indexFileSchema, { kind: 'index', version: INDEX_FILE_VERSION, log });
  return read.kind === 'ok' ? read.data : null;
}
