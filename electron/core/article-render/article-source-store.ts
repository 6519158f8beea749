/**
 * The theme and editor source (marked HTML) of the articles this app saved, per account, so reopening a
 * draft brings back formulas, code blocks and the theme exactly (WeChat's copy has only the final HTML).
 * An entry is keyed by draft media_id and holds the draft's revision right after the save
 * (electron/core/articles/article-mapping.ts, `draftRevision`): it is handed back only while WeChat's copy
 * still has that revision, i.e. nobody edited the draft in the official backend since.
 *
 * One JSON file per account, written with the atomic writer, validated when read (a damaged file is
 * ignored: the drafts still open from WeChat's HTML). Bounded: at most MAX_DRAFTS drafts and MAX_CHARS of
 * source in total, the least recently saved dropped first; deleted and replaced drafts are dropped by the
 * articles handler (electron/core/features/articles.ts).
 */
import { readFile, rm } from 'node:fs/promises';
import { z } from 'zod';
import { ARTICLE_THEMES, type ArticleTheme } from '@shared/article-themes';
import { writeFileAtomic } from '../fs/atomic-write';
import { containedPathSync } from '../fs/contained-path';
import { idFileName } from '../fs/id-file-name';

export const MAX_DRAFTS = 200;
export const MAX_CHARS = 16_000_000;

export interface StoredArticle {
  theme?: ArticleTheme;
  source?: string;
}

const entrySchema = z.object({
  revision: z.string().max(128),
  savedAt: z.number(),
  articles: z
    .array(z.object({ theme: z.enum(ARTICLE_THEMES).optional(), source: z.string().optional() }).strict())
    .max(8),
});
const fileSchema = z.object({ version: z.literal(1), drafts: z.record(z.string().max(256), entrySchema) });
type Entry = z.infer<typeof entrySchema>;

function entryChars(e: Entry): number {
  return e.articles.reduce((n, a) => n + (a.source?.length ?? 0), 0);
}

export class ArticleSourceStore {
  private drafts: Map<string, Entry> | null = null;
  /** Reads and writes run one after another, so two saves cannot interleave their read-modify-write. */
  private queue: Promise<unknown> = Promise.resolve();

  /** `file` null keeps the entries in memory only (tests). */
  constructor(
    private readonly file: string | null,
    private readonly now: () => number = Date.now,
  ) {}

  private run<T>(job: () => Promise<T>): Promise<T> {
    const next = this.queue.then(job, job);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async load(): Promise<Map<string, Entry>> {
    if (this.drafts) return this.drafts;
    this.drafts = new Map();
    if (!this.file) return this.drafts;
    try {
      const parsed = fileSchema.safeParse(JSON.parse(await readFile(this.file, 'utf8')));
      if (parsed.success) this.drafts = new Map(Object.entries(parsed.data.drafts));
    } catch {
      // Missing or unreadable: start empty. These are conveniences; WeChat holds the article itself.
    }
    return this.drafts;
  }

  private async persist(drafts: Map<string, Entry>): Promise<void> {
    if (!this.file) return;
    const body = { version: 1, drafts: Object.fromEntries(drafts) };
    await writeFileAtomic(this.file, JSON.stringify(body));
  }

  /** Oldest saves dropped until both caps hold. */
  private bound(drafts: Map<string, Entry>): void {
    const byAge = [...drafts.entries()].sort((a, b) => a[1].savedAt - b[1].savedAt);
    let chars = byAge.reduce((n, [, e]) => n + entryChars(e), 0);
    for (const [mediaId, e] of byAge) {
      if (drafts.size <= MAX_DRAFTS && chars <= MAX_CHARS) break;
      drafts.delete(mediaId);
      chars -= entryChars(e);
    }
  }

  /** After a successful save: what the editor sent, with the draft's revision after the save. */
  remember(mediaId: string, revision: string, articles: StoredArticle[]): Promise<void> {
    return this.run(async () => {
      const drafts = await this.load();
      const kept = articles.map((a) => ({
        ...(a.theme ? { theme: a.theme } : {}),
        ...(a.source !== undefined ? { source: a.source } : {}),
      }));
      if (kept.every((a) => a.theme === undefined && a.source === undefined)) drafts.delete(mediaId);
      else drafts.set(mediaId, { revision, savedAt: this.now(), articles: kept });
      this.bound(drafts);
      await this.persist(drafts);
    });
  }

  /**
   * The stored articles when the draft still has the saved revision and article count; otherwise null,
   * and a stale entry is dropped (the draft changed elsewhere, so it will never match again).
   */
  recall(mediaId: string, revision: string, articleCount: number): Promise<StoredArticle[] | null> {
    return this.run(async () => {
      const drafts = await this.load();
      const entry = drafts.get(mediaId);
      if (!entry) return null;
      if (entry.revision === revision && entry.articles.length === articleCount) return entry.articles;
      drafts.delete(mediaId);
      await this.persist(drafts);
      return null;
    });
  }

  forget(mediaIds: readonly string[]): Promise<void> {
    return this.run(async () => {
      const drafts = await this.load();
      let changed = false;
      for (const id of mediaIds) changed = drafts.delete(id) || changed;
      if (changed) await this.persist(drafts);
    });
  }
}

/** One store per account, under `<dataDir>/article-sources/`. */
export class ArticleSourceStores {
  private readonly stores = new Map<string, ArticleSourceStore>();

  constructor(private readonly dir: string | null) {}

  for(accountId: string): ArticleSourceStore {
    let store = this.stores.get(accountId);
    if (!store) {
      const file = this.dir ? this.fileOf(accountId) : null;
      store = new ArticleSourceStore(file);
      this.stores.set(accountId, store);
    }
    return store;
  }

  /** The account is removed (or its AppID changed): its stored sources go with it. */
  async forget(accountId: string): Promise<void> {
    this.stores.delete(accountId);
    if (this.dir) await rm(this.fileOf(accountId), { force: true });
  }

  private fileOf(accountId: string): string {
    return containedPathSync(this.dir ?? '', `${idFileName(accountId)}.json`);
  }
}
