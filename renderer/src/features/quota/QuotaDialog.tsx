import { useId, useRef } from 'react';
import { ErrorText } from '../../components/ErrorText';
import { ModalDialog } from '../../components/ModalDialog';
import { useT } from '../../i18n';
import { useFormat } from '../../i18n/format';
import { useQuotaReport } from './api/use-quota';
import { QuotaRow } from './QuotaRow';

/**
 * Today's used/limit of the APIs the app calls, for the selected account. A modal (ModalDialog): focus
 * starts on Close, Escape closes, and focus returns to the button that opened it.
 */
export function QuotaDialog({ accountId, onClose }: { accountId: string; onClose: () => void }) {
  const t = useT();
  const format = useFormat();
  const listId = useId();
  const closeRef = useRef<HTMLButtonElement>(null);
  const report = useQuotaReport(accountId, true);

  return (
    <ModalDialog
      title={<span id={listId}>{t('quota.title')}</span>}
      className="quota-dialog"
      testId="quota-dialog"
      initialFocus={closeRef}
      onRequestClose={onClose}
      actions={
        <div className="quota-actions">
          {report.data && (
            <span className="hint quota-as-of" data-testid="quota-as-of">
              {t('quota.asOf', { time: format.time(report.data.fetchedAt) })}
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
      }
    >
      <p className="hint">{t('quota.intro')}</p>
      {report.error && (
        <div className="quota-error" role="alert" data-testid="quota-error">
          <ErrorText error={report.error.payload} />
        </div>
      )}
      {report.isPending && !report.error && <p aria-live="polite">{t('quota.loading')}</p>}
      {report.data && (
        // A scrolling region: focusable, so the keyboard can scroll it (axe: scrollable-region-focusable).
        <ul className="quota-list" aria-labelledby={listId} tabIndex={0}>
          {report.data.endpoints.map((row) => (
            <QuotaRow key={row.cgiPath} row={row} />
          ))}
        </ul>
      )}
    </ModalDialog>
  );
}
