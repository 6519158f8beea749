import { useState } from 'react';
import { useT } from '../../i18n';
import { QuotaDialog } from './QuotaDialog';
import './quota.css';

/** The header's "API quota" button; the dialog (and its one quota/get round) exists only while open. */
export function QuotaButton({ accountId }: { accountId: string | null }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="btn btn-ghost"
        data-testid="quota-open"
        aria-haspopup="dialog"
        disabled={!accountId}
        onClick={() => setOpen(true)}
      >
        {t('quota.open')}
      </button>
      {open && accountId && <QuotaDialog accountId={accountId} onClose={() => setOpen(false)} />}
    </>
  );
}
