/**
 * The draft box for the editor: list (with title search), open, save (add or in-place update with a
 * conflict check), delete, and copying legacy 图文 into the editor.
 */
import { appError } from '@shared/errors';
import type { ArticleFields, DraftSummary, OpenedDraft, SaveDraftResult } from '@shared/features/articles.channels';
import type { LibraryIndex } from '../index/library-index';
import type { WeChatClient } from '../wechat/client';
import { articleEntry } from './article-index';
import { draftRevision, fromNewsArticle, toDraftInput } from './article-mapping';
import { allowedImageHosts, validateArticles } from './article-rules';

/** Search scans at most this many drafts (20 per batchget call) so a typo cannot burn the daily quota. */
export const SEARCH_SCAN_LIMIT = 200;

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
  /**
   * `index`: the account's local index, kept true after each save and delete (electron/core/articles/article-index.ts),
   * so the library's 草稿 tab shows the change without a re-list.
   */
  constructor(
    private readonly client: WeChatClient,
    private readonly index?: LibraryIndex,
  ) {}

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
   * Saves the editor's draft. A new draft (or one whose article count changed, which draft/update cannot
   * do) goes through draft/add; otherwise each article is written with draft/update (index from 0) after
   * checking that WeChat's copy is still the one the editor opened.
   */
  async save(req: SaveRequest): Promise<SaveDraftResult> {
    validateArticles(req.articles, allowedImageHosts(this.client.apiBase));
    const single = req.articles.length === 1;
    const inputs = req.articles.map((a) => toDraftInput(a, single));
    if (req.mediaId) {
      const remote = await this.client.draft.get(req.mediaId);
      const current = draftRevision(remote.updateTime, remote.newsItems);
      if (!req.force && req.baseRevision && req.baseRevision !== current) throw conflict();
      if (remote.newsItems.length === inputs.length) {
        for (const [index, input] of inputs.entries()) await this.client.draft.update(req.mediaId, index, input);
        return { ...(await this.stamp(req.mediaId)), created: false };
      }
      // The article count changed: write a new draft first, and only then remove the old one.
      const { mediaId } = await this.client.draft.add(inputs);
      const removed = await this.client.draft.delete(req.mediaId).then(
        () => true,
        () => false,
      );
      if (removed) this.index?.remove('draft', [req.mediaId]);
      return { ...(await this.stamp(mediaId)), created: true, replaced: req.mediaId };
    }
    const { mediaId } = await this.client.draft.add(inputs);
    return { ...(await this.stamp(mediaId)), created: true };
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
