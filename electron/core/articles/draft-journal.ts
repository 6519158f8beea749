/**
 * The write-ahead record of draft saves that are not finished yet, one small JSON file per account
 * (`<dataDir>/drafts/<accountId>.json`, replaced atomically by electron/core/fs/atomic-write.ts on every
 * change). An entry is written BEFORE draft/add is sent and removed only once the outcome is known, so a
 * crash or a lost reply between the steps leaves a record that the next save or the next start reconciles
 * (electron/core/articles/draft-recovery.ts), the way the upload journal does for add_material
 * (electron/core/uploads/journal.ts).
 *
 * The journal also serialises the draft saves of one account (`exclusive`): a recovery must never run
 * while the save it would recover is still in flight.
 */
import { readdir, rm } from 'node:fs/promises';
import { z } from 'zod';
import { writeFileAtomic } from '../fs/atomic-write';
import { containedPathSync } from '../fs/contained-path';
import { idFileName } from '../fs/id-file-name';
import type { QuarantineLog } from '../fs/quarantine';
import { readVersionedJson } from '../fs/versioned-json';
import type { RecoveryOutcome } from './draft-recovery';

const printSchema = z.object({
  title: z.string(),
  thumbMediaId: z.string(),
  digest: z.string(),
  text: z.string(),
});

const entrySchema = z.discriminatedUnion('op', [
  /** A new draft: draft/add was (maybe) sent. */
  z.object({
    op: z.literal('add'),
    id: z.string().min(1),
    startedAt: z.number(),
    fingerprint: z.array(printSchema).min(1),
  }),
  /**
   * The article count changed: a new draft replaces `oldMediaId`. Without `newMediaId` the add may or may
   * not have happened; with it, the new draft exists and the old one still has to be deleted.
   */
  z.object({
    op: z.literal('replace'),
    id: z.string().min(1),
    startedAt: z.number(),
    fingerprint: z.array(printSchema).min(1),
    oldMediaId: z.string().min(1),
    newMediaId: z.string().min(1).optional(),
  }),
]);

export type DraftJournalEntry = z.infer<typeof entrySchema>;

export const DRAFT_JOURNAL_VERSION = 1;
const fileSchema = z.object({ version: z.literal(DRAFT_JOURNAL_VERSION), entries: z.array(entrySchema) });

export class DraftJournal {
  private entries = new Map<string, DraftJournalEntry>();
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(private readonly file: string | null) {}

  /** Memory only (tests, and services built without a data folder): no crash recovery. */
  static memory(): DraftJournal {
    return new DraftJournal(null);
  }

  /** Reads the account's journal; an unreadable one is set aside (quarantine) and the journal starts empty. */
  static async open(file: string, log?: QuarantineLog): Promise<DraftJournal> {
    const journal = new DraftJournal(file);
    const read = await readVersionedJson(file, fileSchema, {
      kind: 'draft-journal',
      version: DRAFT_JOURNAL_VERSION,
      log,
    });
    if (read.kind === 'ok') for (const e of read.data.entries) journal.entries.set(e.id, e);
    return journal;
  }

  /**
   * Recoveries finished at start, kept until the next save of the account tells the user (there is no
   * window to tell at start). Memory only: losing them loses a notice, never a draft.
   */
  unreported: RecoveryOutcome[] = [];

  pending(): DraftJournalEntry[] {
    return [...this.entries.values()];
  }

  /** Records (or replaces) an entry; resolves once it is on disk. */
  async put(entry: DraftJournalEntry): Promise<void> {
    this.entries.set(entry.id, entry);
    await this.persist();
  }

  async remove(id: string): Promise<void> {
    if (this.entries.delete(id)) await this.persist();
  }

  /** Runs `fn` after every earlier `exclusive` call of this account has settled. */
  exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn, fn);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async persist(): Promise<void> {
    if (!this.file) return;
    await writeFileAtomic(
      this.file,
      JSON.stringify({ version: DRAFT_JOURNAL_VERSION, entries: [...this.entries.values()] }),
    );
  }
}

/** One journal per account, opened once and shared by every save of that account. */
export class DraftJournals {
  private readonly opened = new Map<string, Promise<DraftJournal>>();

  constructor(
    private readonly dir: string,
    private readonly log?: QuarantineLog,
  ) {}

  for(accountId: string): Promise<DraftJournal> {
    let j = this.opened.get(accountId);
    if (!j) {
      j = DraftJournal.open(this.fileOf(accountId), this.log);
      this.opened.set(accountId, j);
      j.catch(() => this.opened.delete(accountId));
    }
    return j;
  }

  /** The account is removed (or its AppID changed): its pending entries mean nothing for another account. */
  async forget(accountId: string): Promise<void> {
    this.opened.delete(accountId);
    await rm(this.fileOf(accountId), { force: true });
  }

  /** Plain account ids (the only ones the contract accepts) are their own file names (electron/core/fs/id-file-name.ts). */
  private fileOf(accountId: string): string {
    return containedPathSync(this.dir, `${idFileName(accountId)}.json`);
  }

  /** Accounts that left a journal file behind (maybe with pending entries): candidates for recovery at start. */
  async accountsOnDisk(): Promise<string[]> {
    const names = await readdir(this.dir).catch(() => [] as string[]);
    return names.filter((n) => n.endsWith('.json')).map((n) => n.slice(0, -'.json'.length));
  }
}
