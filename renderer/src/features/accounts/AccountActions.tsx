import { useState } from 'react';
import type { AccountSummary } from '@shared/models';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useT } from '../../i18n';

interface AccountActionsProps {
  account: AccountSummary | null;
  testing: boolean;
  removing: boolean;
  onTest: (accountId: string) => void;
  onRemove: (account: AccountSummary) => Promise<void>;
  onAdd: () => void;
}

/** Test connection, remove (with confirmation; never the demo account) and add. */
export function AccountActions({ account, testing, removing, onTest, onRemove, onAdd }: AccountActionsProps) {
  const t = useT();
  const [confirming, setConfirming] = useState<AccountSummary | null>(null);

  return (
    <div className="account-actions">
      <button
        type="button"
        className="btn"
        data-testid="account-test"
        disabled={!account || testing}
        onClick={() => account && onTest(account.id)}
      >
        {testing ? t('account.testing') : t('account.test')}
      </button>
      {account && !account.isDemo && (
        <button
          type="button"
          className="btn btn-ghost"
          data-testid="account-remove"
          onClick={() => setConfirming(account)}
        >
          {t('account.remove')}
        </button>
      )}
      <button type="button" className="btn btn-primary" data-testid="add-account-open" onClick={onAdd}>
        + {t('account.add')}
      </button>
      {confirming && (
        <ConfirmDialog
          title={t('account.removeTitle', { name: confirming.name })}
          confirmLabel={t('account.remove')}
          danger
          busy={removing}
          onCancel={() => setConfirming(null)}
          onConfirm={() => {
            void onRemove(confirming).then(() => setConfirming(null));
          }}
        >
          <p>{t('account.removeBody')}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
