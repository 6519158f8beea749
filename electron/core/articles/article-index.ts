/**
 * Keeps the draft and published kinds of an account's local index true after the app's own article
 * actions, so the library's 草稿 and 已发表 tabs (which read only the index) show a save, a delete or a
 * publish at once, without a re-list. The next sync still corrects anything recorded here (it compares
 * update_time and names: electron/core/index/index-sync.ts).
 */
import type { IndexedItem } from '../index/index-types';
import type { LibraryIndex } from '../index/library-index';
import { articleRefs } from '../index/article-refs';
import { articleFields } from '../index/kind-sources';
import type { NewsArticle } from '../wechat/news';
import type { WeChatClient } from '../wechat/client';

/** An index entry of a draft or a published article, shaped like the listing's (kind-sources.ts). */
export function articleEntry(
  kind: 'draft' | 'published',
  id: string,
  updateTime: number,
  articles: NewsArticle[],
): IndexedItem {
  // refs: the materials it uses, so where-used follows the app's own saves and publishes too.
  return {
    id,
    kind,
    name: articles[0]?.title ?? '',
    updateTime,
    ...articleFields(articles),
    refs: articleRefs(articles),
  };
}

/** Unix seconds now (WeChat's update_time unit). */
function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

/**
 * Records publishes of one core: a submit takes the draft out of the draft box (WeChat does so at once),
 * and once freepublish/get reports the article_id the published article enters the index. Its fields
 * come from the draft's index entry remembered at submit (no call), else from freepublish/getarticle.
 */
export class PublishIndexer {
  /** publish_id → when it was submitted, and the draft's entry (when the index had it). */
  private readonly submitted = new Map<string, { at: number; draft?: IndexedItem }>();

  submittedDraft(index: LibraryIndex, publishId: string, draftMediaId: string): void {
    const draft = index.get('draft', draftMediaId);
    this.submitted.set(publishId, { at: nowSeconds(), ...(draft ? { draft } : {}) });
    index.remove('draft', [draftMediaId]);
  }

  /**
   * Called with every status read; records the article once, when it is published and its id known.
   * Answers whether it was recorded now.
   */
  async published(index: LibraryIndex, client: WeChatClient, publishId: string, articleId: string): Promise<boolean> {
    if (index.get('published', articleId)) {
      this.submitted.delete(publishId);
      return false;
    }
    const { at = nowSeconds(), draft } = this.submitted.get(publishId) ?? {};
    const entry: IndexedItem = draft
      ? { ...draft, id: articleId, kind: 'published', updateTime: at }
      : articleEntry('published', articleId, at, (await client.publish.getArticle(articleId)).newsItems);
    index.addNewest(entry);
    this.submitted.delete(publishId);
    return true;
  }
}
