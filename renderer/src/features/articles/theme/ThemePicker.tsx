import { useId } from 'react';
import type { ArticleTheme } from '@shared/article-themes';
import { THEMES } from './themes';
import { useT } from '../../../i18n';

/** The article's theme (默认/简约/科技/文艺): the preview follows it, and saving sends it. */
export function ThemePicker({ value, onChange }: { value: ArticleTheme; onChange: (theme: ArticleTheme) => void }) {
  const t = useT();
  const id = useId();
  return (
    <div className="theme-picker">
      <label htmlFor={id}>{t('articles.theme.label')}</label>
      <select
        id={id}
        data-testid="theme-picker"
        value={value}
        onChange={(e) => onChange(e.target.value as ArticleTheme)}
      >
        {THEMES.map((theme) => (
          <option key={theme} value={theme}>
            {t(`articles.theme.${theme}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
