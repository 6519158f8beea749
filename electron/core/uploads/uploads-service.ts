/**
 * The uploads feature's core: one journaled queue per account (opened lazily, and at start for every
 * account with a journal so pending items resume), enqueueing with validation before any network call,
 * and spool copies for browser-mode files so a restart still finds them.
 */
import { randomBytes } from 'node:crypto';
import { copyFile, mkdir, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { RefusedFile, UploadJobView, UploadMode, UploadsEvents } from '@shared/features/uploads.channels';
import type { MaterialItem, UploadType } from '@shared/models';
import { FileRejectedError } from '../files/file-rejected-error';
import { splitExt } from '../files/file-name';
import type { QuarantineLog } from '../fs/quarantine';
import type { Logger } from '../log';
import type { StagingArea } from '../staging/staging-area';
import type { WeChatClient } from '../wechat/client';
import { uploadFileName } from '../wechat/multipart';
import { toAppError } from '../wechat/to-app-error';
import { checkFile } from './detect-type';
import { toView, type JobRecord } from './job';
import { jobRecordSchema } from './job-schema';
import { Journal, loadJournal } from './journal';
import type { TempMediaService } from './temp-media';
import { UploadQueue, type QueueOptions } from './upload-queue';

export interface UploadsServiceDeps {
  dataDir: string;
  clientFor(accountId: string): Promise<WeChatClient>;
  staging: StagingArea;
  temp: TempMediaService;
  emit(payload: UploadsEvents['uploads:progress']): void;
  noteAdded(accountId: string, item: MaterialItem, url?: string): void;
  /** Where a journal that had to be set aside is reported. */
  quarantine?: QuarantineLog;
  /** Where a queue worker's unexpected failure is logged (redacting). */
  log?: Logger;
  /** Test/bench knobs passed to every queue (clock, RNG, backoff, concurrency…). */
  queueOptions?: Partial<QueueOptions>;
}

export interface EnqueueFile {
  token: string;
  type: UploadType | 'auto';
  video?: { title: string; introduction: string };
}

let seqCounter = 0;
/** How many files `enqueue` checks at once. */
const ENQUEUE_CHECKS = 16;

export class UploadsService {
  private readonly queues = new Map<string, Promise<UploadQueue>>();
  private readonly opened: { queue: UploadQueue; journal: Journal<JobRecord> }[] = [];

  constructor(private readonly deps: UploadsServiceDeps) {}

  private get root(): string {
    return path.join(this.deps.dataDir, 'uploads');
  }

  /**
   * Stops an account's queue and deletes its journal: the account was removed, or its AppID changed (its
   * pending uploads were meant for another official account). Nothing is sent for it afterwards.
   */
  async forget(accountId: string): Promise<void> {
    const pending = this.queues.get(accountId);
    this.queues.delete(accountId);
    const queue = await pending?.catch(() => undefined);
    const i = this.opened.findIndex((o) => o.queue === queue);
    if (i >= 0) {
      const [{ journal }] = this.opened.splice(i, 1);
      queue!.close();
      await journal.close();
    }
    await rm(path.join(this.root, `${accountId}.journal`), { force: true });
  }

  /** Opens the queue of every account that left a journal behind (resume after a crash or quit). */
  async resumeAll(knownAccounts: string[]): Promise<void> {
    const names = await readdir(this.root).catch(() => [] as string[]);
    for (const n of names) {
      const id = n.endsWith('.journal') ? n.slice(0, -'.journal'.length) : null;
      if (!id || !knownAccounts.includes(id)) continue;
      // One unreadable journal (permissions, disk) must not keep the app from starting; the queue opens again on use.
      await this.queue(id).catch((err: unknown) =>
        this.deps.log?.failure('uploads.resume', toAppError(err), { accountId: id }),
      );
    }
  }

  queue(accountId: string): Promise<UploadQueue> {
    let q = this.queues.get(accountId);
    if (!q) {
      q = this.open(accountId);
      this.queues.set(accountId, q);
      q.catch(() => this.queues.delete(accountId));
    }
    return q;
  }

  private async open(accountId: string): Promise<UploadQueue> {
    const file = path.join(this.root, `${accountId}.journal`);
    const state = await loadJournal<JobRecord>(file, { jobSchema: jobRecordSchema, log: this.deps.quarantine });
    const journal = new Journal<JobRecord>(file);
    await journal.open(state); // compacts: one line per live job
    const queue = new UploadQueue({
      accountId,
      client: () => this.deps.clientFor(accountId),
      journal,
      state,
      emit: (p) => this.deps.emit(p),
      onAdded: (_job, item, url) => this.deps.noteAdded(accountId, item, url),
      onTempAdded: (job, createdAt) =>
        this.deps.temp.recordUpload(accountId, {
          mediaId: job.mediaId!,
          type: job.type,
          name: job.sentName,
          createdAt,
          expiresAt: job.expiresAt!,
        }),
      onFinal: async (job) => {
        if (job.owned) await rm(job.path, { force: true });
      },
      log: this.deps.log,
      ...this.deps.queueOptions,
    });
    this.opened.push({ queue, journal });
    await queue.add([]); // starts whatever the journal left queued
    return queue;
  }

  /** Validates each staged file for its (detected) type and queues it; bad files are refused with a reason. */
  async enqueue(
    accountId: string,
    mode: UploadMode,
    files: EnqueueFile[],
  ): Promise<{ jobs: UploadJobView[]; refused: RefusedFile[] }> {
    const queue = await this.queue(accountId);
    const spool = path.join(this.root, 'spool');
    await mkdir(spool, { recursive: true, mode: 0o700 });
    // Each file joins the queue as soon as it and the files before it are checked: the first uploads
    // start while later files validate, in the order given. A few checks at a time: with all of them at
    // once the first file would wait for every other file's reads (bench/upload-profile.ts). The adds
    // are not awaited one by one, so their journal records share fsyncs (group commit).
    const jobs: JobRecord[] = new Array<JobRecord>(files.length);
    const checked: boolean[] = new Array<boolean>(files.length).fill(false);
    const adds: Promise<void>[] = [];
    let failure: { err: unknown } | null = null;
    let nextFile = 0;
    let nextAdd = 0;
    const checker = async (): Promise<void> => {
      while (nextFile < files.length) {
        const i = nextFile++;
        try {
          jobs[i] = await this.makeJob(files[i], mode, spool);
        } catch (err) {
          failure ??= { err }; // the others still join the queue, as their staged files were taken
        }
        checked[i] = true;
        for (; nextAdd < files.length && checked[nextAdd]; nextAdd++) {
          if (!jobs[nextAdd]) continue;
          const added = queue.add([jobs[nextAdd]]);
          added.catch(() => undefined); // awaited below; this only keeps it from counting as unhandled meanwhile
          adds.push(added);
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(ENQUEUE_CHECKS, files.length) }, checker));
    await Promise.all(adds);
    if (failure) throw (failure as { err: unknown }).err;
    const refused = jobs.filter((j) => j.status === 'refused').map((j) => ({ name: j.name, error: j.error! }));
    return { jobs: jobs.map(toView), refused };
  }

  private async makeJob(f: EnqueueFile, mode: UploadMode, spool: string): Promise<JobRecord> {
    const entry = this.deps.staging.resolve(f.token);
    const id = randomBytes(8).toString('hex');
    const job: JobRecord = {
      id,
      name: entry.name,
      size: entry.size,
      mode,
      type: f.type === 'auto' ? 'image' : f.type,
      status: 'queued',
      transferred: 0,
      attempts: 0,
      path: entry.path,
      owned: entry.owned,
      sentName: entry.name,
      seq: Date.now() * 1000 + (seqCounter++ % 1000),
    };
    try {
      const { type, file } = await checkFile(entry.path, f.type, mode);
      job.type = type;
      job.sentName = uploadFileName(entry.name, entry.path, file);
      if (type === 'video' && mode === 'permanent') {
        job.video = f.video ?? { title: splitExt(entry.name).stem.slice(0, 64), introduction: '' };
      }
    } catch (err) {
      job.status = 'refused';
      job.error = toAppError(err);
      // The staged copy's name carries a random prefix; the user should read the name they gave.
      if (err instanceof FileRejectedError) {
        const shown = path.basename(entry.path);
        job.error.message = {
          zh: err.text.zh.split(shown).join(entry.name),
          en: err.text.en.split(shown).join(entry.name),
        };
      }
    }
    this.deps.staging.take(f.token);
    if (entry.owned) {
      // Browser-mode bytes live in a temp folder that does not survive a restart: move them to the spool.
      const target = path.join(spool, id);
      await rename(entry.path, target).catch(async () => {
        await copyFile(entry.path, target);
        await rm(entry.path, { force: true });
      });
      job.path = target;
    }
    return job;
  }

  async close(): Promise<void> {
    for (const { queue, journal } of this.opened) {
      queue.close();
      await journal.close();
    }
  }
}
