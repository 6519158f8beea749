/**
 * The ledger: every object the emulator stored for a client, in creation order, with
 * name, size and sha256. Reliability tests compare it with the client's journal to prove
 * "lost = 0, duplicates = 0" (docs/reliability.md § Fault testing), so entries are never removed, only
 * marked deleted.
 */
import type { StoredBlob } from './blob';
import type { LedgerEntry, LedgerKind, LedgerType } from './types';

export interface LedgerRecord {
  appId: string;
  mediaId: string;
  kind: LedgerKind;
  type: LedgerType;
  name: string;
  blob: StoredBlob;
  createdAt: number;
  deleted: boolean;
  url?: string;
}

export class Ledger {
  private records: LedgerRecord[] = [];
  /** appId → mediaId → record, for markDeleted. */
  private byApp = new Map<string, Map<string, LedgerRecord>>();

  add(record: Omit<LedgerRecord, 'deleted'>): void {
    const full = record as LedgerRecord;
    full.deleted = false;
    this.records.push(full);
    let forApp = this.byApp.get(full.appId);
    if (!forApp) {
      forApp = new Map();
      this.byApp.set(full.appId, forApp);
    }
    forApp.set(full.mediaId, full);
  }

  markDeleted(appId: string, mediaId: string): void {
    const rec = this.byApp.get(appId)?.get(mediaId);
    if (rec) rec.deleted = true;
  }

  entries(appId?: string): LedgerEntry[] {
    const out: LedgerEntry[] = [];
    for (const r of this.records) {
      if (appId && r.appId !== appId) continue;
      const entry: LedgerEntry = {
        appId: r.appId,
        mediaId: r.mediaId,
        kind: r.kind,
        type: r.type,
        name: r.name,
        size: r.blob.size,
        sha256: r.blob.sha256(),
        createdAt: r.createdAt,
        deleted: r.deleted,
      };
      if (r.url !== undefined) entry.url = r.url;
      out.push(entry);
    }
    return out;
  }

  clear(): void {
    this.records = [];
    this.byApp.clear();
  }
}
