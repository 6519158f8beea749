import type { articlesZh } from './messages.zh-CN';

/** English for the articles feature: exactly the keys of messages.zh-CN.ts. */
export const articlesEn: { readonly [K in keyof typeof articlesZh]: string } = {
  'nav.articles': 'Articles & drafts',
};
