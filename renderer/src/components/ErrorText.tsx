import type { AppErrorPayload } from '@shared/errors';
import { pick, useLang, useT } from '../i18n';

/** An AppErrorPayload in the current language, with errcode, rid and details when present. */
export function ErrorText({ error }: { error: AppErrorPayload }) {
  const t = useT();
  const { lang } = useLang();
  return (
    <>
      <span className="error-message">{pick(error.message, lang)}</span>
      {(error.errcode !== undefined || error.rid) && (
        <span className="error-meta">
          {error.errcode !== undefined && (
            <span className="error-code">{t('error.errcode', { code: error.errcode })}</span>
          )}
          {error.rid && <span className="error-rid">{t('error.rid', { rid: error.rid })}</span>}
        </span>
      )}
      {error.details && error.details.length > 0 && (
        <ul className="error-details">
          {error.details.map((d, i) => (
            <li key={i}>{d}</li>
          ))}
        </ul>
      )}
    </>
  );
}
