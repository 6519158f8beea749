import { Fragment } from 'react';
import type { AppErrorPayload } from '@shared/errors';
import { pick, useLang, useT } from '../i18n';

/**
 * An AppErrorPayload in the current language, with errcode, rid and details when present. `content` is
 * user content the message quotes (a file name): it is marked `data-content`, like every other piece of
 * content, so it is told apart from the UI's own words (test/e2e/language.e2e.ts).
 */
export function ErrorText({ error, content }: { error: AppErrorPayload; content?: string }) {
  const t = useT();
  const { lang } = useLang();
  const message = pick(error.message, lang);
  const parts = content ? message.split(content) : [message];
  return (
    <>
      <span className="error-message">
        {parts.map((part, i) => (
          <Fragment key={i}>
            {i > 0 && <span data-content="">{content}</span>}
            {part}
          </Fragment>
        ))}
      </span>
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
