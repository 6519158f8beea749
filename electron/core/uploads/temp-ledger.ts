/**
 * The local ledger of temporary media (the API cannot list them): media_id, type, name, creation
 * time and the 3-day expiry, plus the cached copy of anything fetched for preview. One JSON file per
 * account, rewritten atomically on every change (temp media are few; nothing here is hot).
 */
import { z } from 'zod';
import type { TempMediaEntry } from '@shared/features/uploads.channels';
import { UPLOAD_TYPES } from '@shared/models';
import { writeFileAtomic } from '../fs/atomic-write';
import { containedPath } from '../fs/contained-path';
import { idFileName } from '../fs/id-file-name';
import type { QuarantineLog } from '../fs/quarantine';
import { readVersionedJson } from '../fs/versioned-json';

/** A ledger row; `cache` (the fetched file) never leaves the core. */
export interface TempRecord extends Omit<TempMediaEntry, 'expired' | 'preview'> {
  cache?: { path: string; contentType: string; bytes: number; sha256: string };
}

const LEDGER_VERSION = 1;

const rowSchema = z
  .object({
    mediaId: z.string().min(1).max(256),
    type: z.enum([...UPLOAD_TYPES, 'unknown']),
    name: z.string().max(1000),
    createdAt: z.number(),
    expiresAt: z.number(),
    source: z.enum(['uploaded', 'fetched']),
    videoUrl: z.string().max(4096).optional(),
    cache: z
      .object({
        path: z.string().min(1),
        contentType: z.string().max(200),
        bytes: z.number().nonnegative(),
        sha256: z.string().max(64),
      })
      .optional(),
  })
  .strip() satisfies z.ZodType<TempRecord>;

const ledgerFileSchema = z.object({ version: z.literal(LEDGER_VERSION), rows: z.array(rowSchema) });
type LedgerFile = z.infer<typeof ledgerFileSchema>;

export class TempLedger {
  private constructor(
    private readonly file: string,
    private readonly rows: Map<string, TempRecord>,
    private readonly now: () => number,
  ) {}

  /** The ledger of `accountId` in `dir`: `<account>.temp.json`, its name derived by idFileName, never joined raw. */
  static async openFor(
    dir: string,
    accountId: string,
    now: () => number = Date.now,
    log?: QuarantineLog,
  ): Promise<TempLedger> {
    return TempLedger.open(await containedPath(dir, `${idFileName(accountId)}.temp.json`), now, log);
  }

  /**
   * Reads the ledger through its schema. The API cannot list temporary media, so this file is not a
   * cache: an unreadable one is set aside (kept, reported), never deleted; the list starts empty.
   */
  static async open(file: string, now: () => number = Date.now, log?: QuarantineLog): Promise<TempLedger> {
    const read = await readVersionedJson(file, ledgerFileSchema, {
      kind: 'temp-ledger',
      version: LEDGER_VERSION,
      // Ledgers written before the version field were a bare array of the same rows.
      legacy: (json) => (Array.isArray(json) ? { version: LEDGER_VERSION, rows: json } : undefined),
      log,
      now,
    });
    const rows = new Map<string, TempRecord>();
    if (read.kind === 'ok') for (const r of read.data.rows) rows.set(r.mediaId, r);
    return new TempLedger(file, rows, now);
  }

  get(mediaId: string): TempRecord | undefined {
    return this.rows.get(mediaId);
  }

  async put(row: TempRecord): Promise<void> {
    this.rows.set(row.mediaId, row);
    const data: LedgerFile = { version: LEDGER_VERSION, rows: [...this.rows.values()] };
    await writeFileAtomic(this.file, JSON.stringify(data));
  }

  /** Newest first, with the expiry evaluated now. */
  list(accountId: string): TempMediaEntry[] {
    return [...this.rows.values()].sort((a, b) => b.createdAt - a.createdAt).map((r) => this.view(accountId, r));
  }

  view(accountId: string, r: TempRecord): TempMediaEntry {
    const { cache, ...rest } = r;
    return {
      ...rest,
      expired: this.now() >= r.expiresAt,
      ...(cache
        ? {
            preview: {
              contentType: cache.contentType,
              bytes: cache.bytes,
              sha256: cache.sha256,
              src: `temp/${encodeURIComponent(accountId)}/${encodeURIComponent(r.mediaId)}`,
            },
          }
        : {}),
    };
  }
}
