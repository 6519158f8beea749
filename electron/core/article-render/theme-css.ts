/** The stylesheet and code colours of each article theme, ready for the inliner and the highlighter. */
import type { ArticleTheme } from '@shared/article-themes';
import { tokenStyles, type ThemeSheet } from './themes/code-palette';
import { DEFAULT_THEME } from './themes/theme-default';
import { LITERARY_THEME } from './themes/theme-literary';
import { MINIMAL_THEME } from './themes/theme-minimal';
import { TECH_THEME } from './themes/theme-tech';
import { ALIGN_RULES, STRUCTURE_RULES } from './themes/shared-rules';

const THEMES: Record<ArticleTheme, ThemeSheet> = {
  default: DEFAULT_THEME,
  minimal: MINIMAL_THEME,
  tech: TECH_THEME,
  literary: LITERARY_THEME,
};

/** Shared structure first (a theme may override it), alignment last (it overrides the theme). */
export function themeCss(theme: ArticleTheme): string {
  return `${STRUCTURE_RULES}\n${THEMES[theme].css}\n${ALIGN_RULES}`;
}

/** Inline style per highlight.js scope for the theme's code blocks. */
export function themeTokenStyles(theme: ArticleTheme): Record<string, string> {
  return tokenStyles(THEMES[theme].code);
}
