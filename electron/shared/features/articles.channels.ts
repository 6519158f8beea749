/**
 * Articles feature: channel names, response types and events (zod-free, so the preload can list them).
 * Channel names are `domain:camelVerb`; each maps to a window.api method (`domain:camelVerb` → `domainCamelVerb`).
 */
import type { ArticleTheme } from '../article-themes';
import type { LocalizedText } from '../errors';

export const ARTICLES_CHANNELS = [
  'articles:config',
  'articles:listDrafts',
  'articles:getDraft',
  'articles:saveDraft',
  'articles:deleteDraft',
  'articles:copyNews',
  'articles:uploadImage',
  'articles:importImage',
  'articles:publish',
  'articles:publishStatus',
  'articles:listPublished',
  'articles:render',
] as const;
export type ArticlesChannel = (typeof ARTICLES_CHANNELS)[number];

/** One article of a draft as the editor sends and receives it (camelCase of WeChat's draft fields). */
export interface ArticleFields {
  title: string;
  author: string;
  /** Single-article drafts only; empty = WeChat takes the start of the body. */
  digest: string;
  /** WeChat HTML (inline styles, uploadimg image URLs only). */
  content: string;
  contentSourceUrl: string;
  /** PERMANENT image media_id; empty only while editing. */
  thumbMediaId: string;
  needOpenComment: 0 | 1;
  onlyFansCanComment: 0 | 1;
  /** Crop boxes `X1_Y1_X2_Y2` as fractions of the cover, or empty. */
  picCrop2351: string;
  picCrop11: string;
  /**
   * The article theme (electron/shared/article-themes.ts). Sent on save; returned by getDraft only while
   * WeChat's copy is still what this app saved (electron/core/article-render/article-source-store.ts).
   */
  theme?: ArticleTheme;
  /** The editor's marked HTML (`wx-*` markers), kept locally beside the draft under the same rule as `theme`. */
  source?: string;
}

/** A draft as listed in the draft box. */
export interface DraftSummary {
  mediaId: string;
  /** Unix seconds. */
  updateTime: number;
  titles: string[];
  thumbMediaId: string;
}

/** A draft opened into the editor. `revision` fingerprints WeChat's copy, for conflict detection. */
export interface OpenedDraft {
  mediaId: string;
  updateTime: number;
  revision: string;
  articles: ArticleFields[];
}

export interface SaveDraftResult {
  mediaId: string;
  updateTime: number;
  revision: string;
  /** True when draft/add made a new draft (first save, or the article count changed). */
  created: boolean;
  /** The draft this save replaced (article count changed: draft/update cannot add or remove articles). */
  replaced?: string;
  /** What this save found and finished of an earlier, interrupted save (electron/core/articles/draft-recovery.ts). */
  recovered?: LocalizedText;
}

/** freepublish/get, reduced to what the UI shows. */
export interface PublishStatus {
  publishId: string;
  state: 'publishing' | 'published' | 'failed';
  /** WeChat's publish_status (0 成功, 1 发布中, 2…6 failures). */
  code: number;
  articleId?: string;
  articleUrls: string[];
  /** 1-based indexes of articles that failed checks. */
  failIdx: number[];
}

export interface PublishedSummary {
  articleId: string;
  updateTime: number;
  titles: string[];
  urls: string[];
}

export interface ArticlesResponses {
  'articles:config': { imageHosts: string[] };
  'articles:listDrafts': { items: DraftSummary[]; total: number; offset: number; scanned: number };
  'articles:getDraft': OpenedDraft;
  'articles:saveDraft': SaveDraftResult;
  'articles:deleteDraft': { deleted: true };
  'articles:copyNews': { articles: ArticleFields[] };
  'articles:uploadImage': { url: string };
  'articles:importImage': { url: string; uploaded: boolean };
  'articles:publish': { publishId: string };
  'articles:publishStatus': PublishStatus;
  'articles:listPublished': { items: PublishedSummary[]; total: number; offset: number };
  'articles:render': RenderedArticle;
}

/** articles:render's answer: WeChat HTML (inline styles only, no class, no data-*) and what changed on the way. */
export interface RenderedArticle {
  html: string;
  /** How many external links became numbered footnotes (the 参考链接 list). */
  footnotes: number;
  /** Formulas that could not be rendered and were kept as their source text (empty when all went well). */
  warnings: { kind: 'math'; source: string; message: string }[];
}

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ArticlesEvents {}
export const ARTICLES_EVENT_NAMES: readonly (keyof ArticlesEvents)[] = [];
