/**
 * The local ledger of temporary media (the API cannot list them): media_id, type, name, creation
 * time and the 3-day expiry, plus the cached copy of anything fetched for preview. One JSON file per
 * account, rewritten atomically on every change (temp media are few; nothing here is hot).
 */
import { readFile } from 'node:fs/promises';
import type { TempMediaEntry } from '../../shared/features/uploads.channels';
import { writeFileAtomic } from '../fs/atomic-write';
import { containedPath } from '../fs/contained-path';
import { idFileName } from '../fs/id-file-name';

/** A ledger row; `cachePath` (the fetched file) never leaves the core. */
export interface TempRecord extends Omit<TempMediaEntry, 'expired' | 'preview'> {
  cache?: { path: string; contentType: string; bytes: number; sha256: string };
}

export class TempLedger {
  private constructor(
    private readonly file: string,
    private readonly rows: Map<string, TempRecord>,
    private readonly now: () => number,
  ) {}

  /** The ledger of `accountId` in `dir`: `<account>.temp.json`, its name derived by idFileName, never joined raw. */
  static async openFor(dir: string, accountId: string, now: () => number = Date.now): Promise<TempLedger> {
    return TempLedger.open(await containedPath(dir, `${idFileName(accountId)}.temp.json`), now);
  }

  static async open(file: string, now: () => number = Date.now): Promise<TempLedger> {
    const rows = new Map<string, TempRecord>();
    try {
      for (const r of JSON.parse(await readFile(file, 'utf8')) as TempRecord[]) rows.set(r.mediaId, r);
    } catch {
      /* missing or unreadable ledger: start empty (it only mirrors what WeChat keeps for 3 days) */
    }
    return new TempLedger(file, rows, now);
  }

  get(mediaId: string): TempRecord | undefined {
    return this.rows.get(mediaId);
  }

  async put(row: TempRecord): Promise<void> {
    this.rows.set(row.mediaId, row);
    await writeFileAtomic(this.file, JSON.stringify([...this.rows.values()]));
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
