import { useLang, useT } from '../i18n';

export function LangToggle() {
  const t = useT();
  const { toggleLang } = useLang();
  return (
    <button
      type="button"
      className="btn btn-ghost lang-toggle"
      data-testid="lang-toggle"
      aria-label={t('lang.toggleLabel')}
      onClick={toggleLang}
    >
      {t('lang.switchTo')}
    </button>
  );
}
