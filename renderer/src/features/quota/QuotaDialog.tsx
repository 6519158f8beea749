import { useEffect, useId, useRef } from 'react';
import { ErrorText } from '../../components/ErrorText';
import { useLang, useT } from '../../i18n';
import { useQuotaReport } from './api/use-quota';
import { QuotaRow } from './QuotaRow';

/**
 * Today's used/limit of the APIs the app calls, for the selected account. Modal: focus starts on Close,
 * Escape closes, and focus returns to the button that opened it.
 */
export function QuotaDialog({ accountId, onClose }: { accountId: string; onClose: () => void }) {
  const t = useT();
  const { lang } = useLang();
  const titleId = useId();
  const closeRef = useRef<HTMLButtonElement>(null);
  const onCloseRef = useRef(onClose);
  const report = useQuotaReport(accountId, true);

  useEffect(() => {
    onCloseRef.current = onClose;
  });
  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    closeRef.current?.focus();
    const onEscape = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      onCloseRef.current();
    };
    document.addEventListener('keydown', onEscape);
    return () => {
      document.removeEventListener('keydown', onEscape);
      if (previous?.isConnected) previous.focus();
    };
  }, []);

  return (
    <div className="modal-backdrop">
      <div
        className="modal quota-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        data-testid="quota-dialog"
      >
        <h2 className="modal-title" id={titleId}>
          {t('quota.title')}
        </h2>
        <div className="modal-body">
          <p className="hint">{t('quota.intro')}</p>
          {report.error && (
            <div className="quota-error" role="alert" data-testid="quota-error">
              <ErrorText error={report.error.payload} />
            </div>
          )}
          {report.isPending && !report.error && <p aria-live="polite">{t('quota.loading')}</p>}
          {report.data && (
            <ul className="quota-list" aria-labelledby={titleId}>
              {report.data.endpoints.map((row) => (
                <QuotaRow key={row.cgiPath} row={row} />
              ))}
            </ul>
          )}
        </div>
        <div className="modal-actions quota-actions">
          {report.data && (
            <span className="hint quota-as-of" data-testid="quota-as-of">
              {t('quota.asOf', { time: new Date(report.data.fetchedAt).toLocaleTimeString(lang) })}
            </span>
          )}
          <button
            type="button"
            className="btn"
            data-testid="quota-refresh"
            disabled={report.isFetching}
            onClick={() => void report.refetch()}
          >
            {t('quota.refresh')}
          </button>
          <button ref={closeRef} type="button" className="btn btn-primary" data-testid="quota-close" onClick={onClose}>
            {t('quota.close')}
          </button>
        </div>
      </div>
    </div>
  );
}
