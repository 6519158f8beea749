import { useId } from 'react';
import { LANGS, useLang, useT } from '../../i18n';
import type { Lang } from '../../i18n';
import { THEME_CHOICES, themeSetting, useThemeChoice } from './theme';

/** Each language named in itself (as every OS lists them), the same in both catalogues. */
const ENDONYMS: Record<Lang, string> = { 'zh-CN': '简体中文', en: 'English' };

/** 语言与外观: the UI language and the colour theme (跟随系统 / 浅色 / 深色); both apply at once. */
export function AppearanceSection() {
  const t = useT();
  const { lang, setLang } = useLang();
  const theme = useThemeChoice();
  const headingId = useId();
  const langId = useId();
  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('settings.appearance.title')}</h3>
      <div className="settings-row">
        <label htmlFor={langId}>{t('settings.language')}</label>
        <select id={langId} className="select" value={lang} onChange={(e) => setLang(e.target.value as Lang)}>
          {LANGS.map((l) => (
            // Each language is named in itself, marked so (WCAG 3.1.2), as the header's toggle does.
            <option key={l} value={l} lang={l}>
              {ENDONYMS[l]}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="settings-choices">
        <legend>{t('settings.theme')}</legend>
        {THEME_CHOICES.map((choice) => (
          <label key={choice} className="settings-choice">
            <input
              type="radio"
              name="theme"
              value={choice}
              checked={theme === choice}
              onChange={() => themeSetting.set(choice)}
            />
            {t(`settings.theme.${choice}`)}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
