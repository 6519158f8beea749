/**
 * The article themes a user picks per article (the editor's theme picker, the phone preview and the
 * saved draft). Each theme is a stylesheet over the editor's marker classes, inlined into WeChat HTML at
 * output by the core (WeChat keeps inline styles only). Names are in the renderer's message catalogues.
 */
export const ARTICLE_THEMES = ['default', 'minimal', 'tech', 'literary'] as const;
export type ArticleTheme = (typeof ARTICLE_THEMES)[number];
export const DEFAULT_ARTICLE_THEME: ArticleTheme = 'default';
