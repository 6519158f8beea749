import { useLang, useT } from '../i18n';

export function LangToggle() {
  const t = useT();
  const { lang, toggleLang } = useLang();
  return (
    <button
      type="button"
      className="btn btn-ghost lang-toggle"
      data-testid="lang-toggle"
      // The label names the other language in that language (中文 / EN): mark it so (WCAG 3.1.2). The
      // accessible name starts with the visible text, so speech users can say what they see (WCAG 2.5.3).
      lang={lang === 'en' ? 'zh-CN' : 'en'}
      aria-label={t('lang.toggleLabel')}
      onClick={toggleLang}
    >
      {t('lang.switchTo')}
    </button>
  );
}
