/** The article themes in picker order, and the one drafts had before themes existed (electron/shared/article-themes.ts). */
export { ARTICLE_THEMES as THEMES, DEFAULT_ARTICLE_THEME as DEFAULT_THEME } from '@shared/article-themes';
