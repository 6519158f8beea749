/**
 * Shapes of the per-account local index: every listed item's metadata, so browsing, search and
 * filtering cost no API call. Kinds extend the four listable material types with the draft box
 * and published articles (each has its own listing endpoint).
 */
export const INDEX_KINDS = ['image', 'voice', 'video', 'news', 'draft', 'published'] as const;
export type IndexKind = (typeof INDEX_KINDS)[number];

/** One indexed item (material, draft or published article). */
export interface IndexedItem {
  /** media_id (article_id for published). */
  id: string;
  kind: IndexKind;
  /** File name, or the first article title. */
  name: string;
  /** Unix seconds. */
  updateTime: number;
  /** Image URL (mmbiz) for images, or the first article's cover URL. */
  thumbUrl?: string;
  /** Articles' titles and authors (news, drafts, published). */
  titles?: string[];
  authors?: string[];
  /**
   * Drafts and published articles: the permanent materials they use, as tokens (electron/core/index/article-refs.ts).
   * Absent = not read yet (an index written before where-used): the next sync fills it in.
   */
  refs?: string[];
}

/** What the index knows about one kind's listing. */
export interface KindState {
  items: IndexedItem[];
  /** total_count of the last listing (what WeChat says exists). */
  total: number;
  /** ms epoch of the last completed sync; 0 = never. */
  syncedAt: number;
}

export interface IndexFile {
  version: 1;
  kinds: Partial<Record<IndexKind, KindState>>;
}
