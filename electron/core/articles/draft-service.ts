/**
 * The draft box for the editor: list (with title search), open, save (add or in-place update with a
 * conflict check), delete, and copying legacy 图文 into the editor.
 *
 * Saving never makes a duplicate draft and never loses one (docs/reliability.md § Drafts): every draft/add is
 * journaled before it is sent (electron/core/articles/draft-journal.ts) and reconciled through the draft box
 * after an ambiguous failure (electron/core/articles/add-draft-once.ts); a changed article count creates the
 * new draft, verifies it, and only then deletes the old one; whatever an interruption left is finished
 * before the next save of the account and at start (electron/core/articles/draft-recovery.ts).
 */
import { randomUUID } from 'node:crypto';
import { AppError, appError, type LocalizedText } from '@shared/errors';
import type { ArticleFields, DraftSummary, OpenedDraft, SaveDraftResult } from '@shared/features/articles.channels';
import type { LibraryIndex } from '../index/library-index';
import type { DraftArticleInput, WeChatClient } from '../wechat/client';
import { addDraftOnce } from './add-draft-once';
import { articleEntry } from './article-index';
import { draftRevision, fromNewsArticle, toDraftInput } from './article-mapping';
import { allowedImageHosts, validateArticles } from './article-rules';
import { fingerprintOfInput, type DraftFingerprint } from './draft-fingerprint';
import { DraftJournal, type DraftJournalEntry } from './draft-journal';
import { finishReplace, recoverPending, type RecoveryOutcome } from './draft-recovery';
import { recoveryNotice } from './draft-recovery-text';

/** Search scans at most this many drafts (20 per batchget call) so a typo cannot burn the daily quota. */
export const SEARCH_SCAN_LIMIT = 200;

/**
 * How long to wait after an ambiguous draft/add before listing the draft box, so a draft WeChat has just
 * created is listed (the upload queue waits the same way before reconciling, docs/reliability.md).
 */
export const DRAFT_SETTLE_MS = 3000;

export interface DraftServiceOptions {
  /** The account's journal, shared by every save of the account; memory-only when absent. */
  journal?: DraftJournal;
  settleMs?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export interface SaveRequest {
  mediaId?: string;
  baseRevision?: string;
  force?: boolean;
  articles: ArticleFields[];
}

function conflict() {
  return appError(
    'DRAFT_CONFLICT',
    'bad-input',
    {
      zh: '这篇草稿在别处（另一个窗口或公众号后台）被修改过。为免覆盖，未保存。请选择“覆盖保存”或“另存为新草稿”，你的内容仍在编辑器中。',
      en: 'This draft was changed elsewhere (another window or the admin console). Nothing was saved to avoid overwriting it. Choose “Overwrite” or “Save as new draft”; your text is still in the editor.',
    },
    { details: ['revision'] },
  );
}

export class DraftService {
  private readonly journal: DraftJournal;
  private readonly now: () => number;

  /**
   * `index`: the account's local index, kept true after each save and delete (electron/core/articles/article-index.ts),
   * so the library's 草稿 tab shows the change without a re-list.
   */
  constructor(
    private readonly client: WeChatClient,
    private readonly index?: LibraryIndex,
    private readonly opts: DraftServiceOptions = {},
  ) {
    this.journal = opts.journal ?? DraftJournal.memory();
    this.now = opts.now ?? Date.now;
  }

  /** One page; with a query, scans pages (no content) and returns the matches by title. */
  async list(
    offset: number,
    count: number,
    query?: string,
  ): Promise<{ items: DraftSummary[]; total: number; offset: number; scanned: number }> {
    const q = query?.trim().toLowerCase();
    if (!q) {
      const page = await this.client.draft.batchget(offset, count, { noContent: true });
      return { items: page.items.map(summary), total: page.totalCount, offset, scanned: page.items.length };
    }
    const matches: DraftSummary[] = [];
    let at = 0;
    let total = 0;
    do {
      const page = await this.client.draft.batchget(at, 20, { noContent: true });
      total = page.totalCount;
      for (const item of page.items) {
        if (item.newsItems.some((n) => n.title.toLowerCase().includes(q))) matches.push(summary(item));
      }
      at += 20;
      if (page.items.length === 0) break;
    } while (at < total && at < SEARCH_SCAN_LIMIT);
    return {
      items: matches.slice(offset, offset + count),
      total: matches.length,
      offset,
      scanned: Math.min(at, total),
    };
  }

  async open(mediaId: string): Promise<OpenedDraft> {
    const d = await this.client.draft.get(mediaId);
    return {
      mediaId,
      updateTime: d.updateTime ?? 0,
      revision: draftRevision(d.updateTime, d.newsItems),
      articles: d.newsItems.map((n) => fromNewsArticle(n)),
    };
  }

  /**
   * Finishes what interrupted saves of this account left in the journal (at start; saves do it first
   * themselves). Resolves to what was found, for the log and the user.
   */
  recover(): Promise<RecoveryOutcome[]> {
    return this.journal.exclusive(async () => {
      const outcomes = await this.recoverLocked();
      this.journal.unreported.push(...outcomes);
      return outcomes;
    });
  }

  /**
   * Saves the editor's draft. A new draft (or one whose article count changed, which draft/update cannot
   * do) goes through draft/add; otherwise each article is written with draft/update (index from 0) after
   * checking that WeChat's copy is still the one the editor opened.
   */
  async save(req: SaveRequest): Promise<SaveDraftResult> {
    validateArticles(req.articles, allowedImageHosts(this.client.apiBase));
    return this.journal.exclusive(() => this.saveLocked(req));
  }

  private async saveLocked(req: SaveRequest): Promise<SaveDraftResult> {
    const single = req.articles.length === 1;
    const inputs = req.articles.map((a) => toDraftInput(a, single));
    const fingerprint = fingerprintOfInput(inputs);
    const recovered = await this.recoverLocked();
    const outcomes = [...this.journal.unreported.splice(0), ...recovered];
    const notice = recoveryNotice(outcomes);
    const told = notice ? { recovered: notice } : {};
    let target = req.mediaId;
    let force = req.force === true;
    let movedFrom: string | undefined;
    if (target) {
      // The draft the editor holds was replaced by a finished recovery: this save goes to its successor,
      // which was made from this editor's own earlier save (so its revision is not a conflict).
      const moved = outcomes.find((o) => o.kind === 'replace-finished' && o.oldMediaId === target);
      if (moved?.kind === 'replace-finished') {
        movedFrom = target;
        target = moved.mediaId;
        force = true;
      }
    } else {
      // The same new draft whose interrupted save had in fact created it: that draft is the result.
      const same = outcomes.find((o) => o.kind === 'add-found' && sameFingerprint(o.fingerprint, fingerprint));
      if (same?.kind === 'add-found') return { ...(await this.stamp(same.mediaId)), created: true, ...told };
    }
    if (!target) {
      const mediaId = await this.addJournaled({ op: 'add', ...this.attempt(fingerprint) }, inputs, new Set());
      return { ...(await this.stamp(mediaId)), created: true, ...told };
    }
    const remote = await this.client.draft.get(target);
    const current = draftRevision(remote.updateTime, remote.newsItems);
    if (!force && req.baseRevision && req.baseRevision !== current) throw conflict();
    if (remote.newsItems.length === inputs.length) {
      for (const [index, input] of inputs.entries()) await this.client.draft.update(target, index, input);
      return { ...(await this.stamp(target)), created: false, ...(movedFrom ? { replaced: movedFrom } : {}), ...told };
    }
    const replaced = await this.replace(target, inputs, fingerprint);
    const notices = [notice, replaced.notice].filter((t): t is LocalizedText => t !== undefined);
    return {
      ...(await this.stamp(replaced.mediaId)),
      created: true,
      ...(replaced.oldKept ? {} : { replaced: target }),
      ...(notices.length ? { recovered: joinTexts(notices) } : {}),
    };
  }

  /**
   * The article count changed: write a new draft first, verify it, and only then remove the old one,
   * each step journaled so an interruption is finished later, never leaving neither or both unexplained.
   */
  private async replace(
    oldMediaId: string,
    inputs: DraftArticleInput[],
    fingerprint: DraftFingerprint,
  ): Promise<{ mediaId: string; oldKept: boolean; notice?: LocalizedText }> {
    const entry: DraftJournalEntry = { op: 'replace', oldMediaId, ...this.attempt(fingerprint) };
    const mediaId = await this.addJournaled(entry, inputs, new Set([oldMediaId]), false);
    await this.journal.put({ ...entry, newMediaId: mediaId });
    let result;
    try {
      result = await finishReplace(this.client, { oldMediaId, newMediaId: mediaId, fingerprint });
    } catch {
      // The new draft is saved; removing the old one waits for the next save or start (the entry stays).
      return { mediaId, oldKept: true, notice: OLD_DELETE_PENDING };
    }
    await this.journal.remove(entry.id);
    if (result === 'finished') {
      this.index?.remove('draft', [oldMediaId]);
      return { mediaId, oldKept: false };
    }
    if (result === 'new-missing') throw replacementVanished();
    const both = recoveryNotice([
      { kind: 'replace-both-kept', oldMediaId, mediaId, titles: fingerprint.map((a) => a.title) },
    ]);
    return { mediaId, oldKept: true, ...(both ? { notice: both } : {}) };
  }

  /**
   * draft/add, journaled first. The entry is dropped once the outcome is known (`done`), and kept when it
   * is not (DRAFT_UNCONFIRMED) so the next save or start reconciles it.
   */
  private async addJournaled(
    entry: DraftJournalEntry,
    inputs: DraftArticleInput[],
    exclude: ReadonlySet<string>,
    done = true,
  ): Promise<string> {
    await this.journal.put(entry);
    let mediaId: string;
    try {
      ({ mediaId } = await addDraftOnce(this.client, inputs, {
        fingerprint: entry.fingerprint,
        startedAt: entry.startedAt,
        exclude,
        settleMs: this.opts.settleMs ?? DRAFT_SETTLE_MS,
        ...(this.opts.sleep ? { sleep: this.opts.sleep } : {}),
      }));
    } catch (err) {
      // WeChat refused, or nothing was sent: no draft exists, so there is nothing to recover.
      if (!(err instanceof AppError && err.payload.code === 'DRAFT_UNCONFIRMED')) await this.journal.remove(entry.id);
      throw err;
    }
    if (done) await this.journal.remove(entry.id);
    return mediaId;
  }

  private attempt(fingerprint: DraftFingerprint): { id: string; startedAt: number; fingerprint: DraftFingerprint } {
    return { id: randomUUID(), startedAt: this.now(), fingerprint };
  }

  private async recoverLocked(): Promise<RecoveryOutcome[]> {
    if (this.journal.pending().length === 0) return [];
    const outcomes = await recoverPending(this.client, this.journal, this.now);
    for (const o of outcomes) {
      if (o.kind === 'replace-finished') this.index?.remove('draft', [o.oldMediaId]);
      if (o.kind === 'replace-finished' || o.kind === 'add-found' || o.kind === 'replace-both-kept') {
        // Best effort: the next sync lists it anyway.
        await this.stamp(o.mediaId).catch(() => undefined);
      }
    }
    return outcomes;
  }

  async remove(mediaId: string): Promise<void> {
    await this.client.draft.delete(mediaId);
    this.index?.remove('draft', [mediaId]);
  }

  /** Legacy 图文 (news material) as editor articles, to be saved as a new draft. */
  async copyNews(mediaId: string): Promise<ArticleFields[]> {
    const got = await this.client.material.get(mediaId);
    if (got.kind !== 'news') {
      throw appError('NOT_NEWS', 'bad-input', {
        zh: '这个素材不是图文，不能复制为草稿。',
        en: 'This item is not an article (图文), so it cannot be copied into a draft.',
      });
    }
    return got.newsItems.slice(0, 8).map((n) => fromNewsArticle(n));
  }

  /** Reads the saved draft back (its revision) and records it in the index as the newest draft. */
  private async stamp(mediaId: string): Promise<{ mediaId: string; updateTime: number; revision: string }> {
    const d = await this.client.draft.get(mediaId);
    this.index?.addNewest(articleEntry('draft', mediaId, d.updateTime ?? Math.floor(Date.now() / 1000), d.newsItems));
    return { mediaId, updateTime: d.updateTime ?? 0, revision: draftRevision(d.updateTime, d.newsItems) };
  }
}

const OLD_DELETE_PENDING: LocalizedText = {
  zh: '新草稿已保存，但旧草稿暂时没能删除（网络问题）。SucaiDesk 会在下次保存或启动时核对新草稿后再删除旧草稿。',
  en: 'The new draft is saved, but the old draft could not be deleted yet (network). SucaiDesk deletes it after checking the new one at the next save or start.',
};

function replacementVanished() {
  return appError(
    'DRAFT_REPLACE_VANISHED',
    'retryable',
    {
      zh: '新草稿刚创建就找不到了（错误码 40007，可能在公众号后台被删除）。旧草稿保持不变，你的内容仍在编辑器中，请重新保存。',
      en: 'The new draft could not be found right after it was created (errcode 40007; perhaps deleted in the admin console). The old draft is unchanged and your text is still in the editor: save again.',
    },
    { retryable: true },
  );
}

function sameFingerprint(a: DraftFingerprint, b: DraftFingerprint): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function joinTexts(texts: LocalizedText[]): LocalizedText {
  return { zh: texts.map((t) => t.zh).join(''), en: texts.map((t) => t.en).join(' ') };
}

function summary(item: {
  mediaId: string;
  updateTime: number;
  newsItems: { title: string; thumbMediaId: string }[];
}): DraftSummary {
  return {
    mediaId: item.mediaId,
    updateTime: item.updateTime,
    titles: item.newsItems.map((n) => n.title),
    thumbMediaId: item.newsItems[0]?.thumbMediaId ?? '',
  };
}
