/** The editor's working copy of a draft: what autosave stores and what saving turns into ArticleFields. */
import type { JSONContent } from '@tiptap/core';
import type { ArticleTheme } from '@shared/article-themes';

export interface EditorArticle {
  /** Stable key for React lists and reordering (not sent anywhere). */
  key: string;
  doc: JSONContent;
  title: string;
  author: string;
  digest: string;
  contentSourceUrl: string;
  thumbMediaId: string;
  needOpenComment: 0 | 1;
  onlyFansCanComment: 0 | 1;
  picCrop2351: string;
  picCrop11: string;
  /** The article's theme (default when absent: sessions autosaved before themes existed). */
  theme?: ArticleTheme;
}

export interface EditorSession {
  accountId: string;
  /** null until the first save (draft/add). */
  mediaId: string | null;
  /** WeChat's revision when opened or last saved; compared before draft/update. */
  revision: string | null;
  articles: EditorArticle[];
  active: number;
}

export const MAX_ARTICLES = 8;

export const EMPTY_DOC: JSONContent = { type: 'doc', content: [{ type: 'paragraph' }] };

let seq = 0;
export function newKey(): string {
  seq += 1;
  return `a${Date.now().toString(36)}${seq}`;
}

export function emptyArticle(): EditorArticle {
  return {
    key: newKey(),
    doc: EMPTY_DOC,
    title: '',
    author: '',
    digest: '',
    contentSourceUrl: '',
    thumbMediaId: '',
    needOpenComment: 0,
    onlyFansCanComment: 0,
    picCrop2351: '',
    picCrop11: '',
  };
}

export function newSession(accountId: string): EditorSession {
  return { accountId, mediaId: null, revision: null, articles: [emptyArticle()], active: 0 };
}

/** Moves the article at `from` to `to`, keeping the active one selected. */
export function moveArticle(s: EditorSession, from: number, to: number): EditorSession {
  if (to < 0 || to >= s.articles.length) return s;
  const articles = [...s.articles];
  const [item] = articles.splice(from, 1);
  if (!item) return s;
  articles.splice(to, 0, item);
  const activeKey = s.articles[s.active]?.key;
  return {
    ...s,
    articles,
    active: Math.max(
      0,
      articles.findIndex((a) => a.key === activeKey),
    ),
  };
}

export function removeArticle(s: EditorSession, index: number): EditorSession {
  if (s.articles.length <= 1) return s;
  const articles = s.articles.filter((_, i) => i !== index);
  return { ...s, articles, active: Math.min(s.active > index ? s.active - 1 : s.active, articles.length - 1) };
}

/** The id of an article's tab, so the editor's tabpanel can name the active tab (aria-labelledby). */
export const articleTabId = (idPrefix: string, key: string): string => `${idPrefix}-tab-${key}`;
