import { useState } from 'react';
import type { AccountSummary } from '@shared/models';
import { useT } from '../../i18n';
import { AccountSettingsDialog } from './AccountSettingsDialog';

interface AccountActionsProps {
  account: AccountSummary | null;
  testing: boolean;
  removing: boolean;
  onTest: (accountId: string) => void;
  /** Resolves true when the account was removed. */
  onRemove: (account: AccountSummary) => Promise<boolean>;
  onAdd: () => void;
}

/**
 * The header's account buttons: test connection (one click away), account settings (where removing an
 * account lives, behind a confirmation: AccountSettingsDialog) and add.
 */
export function AccountActions({ account, testing, removing, onTest, onRemove, onAdd }: AccountActionsProps) {
  const t = useT();
  const [settingsOf, setSettingsOf] = useState<AccountSummary | null>(null);

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
      <button
        type="button"
        className="btn btn-ghost"
        data-testid="account-settings-open"
        aria-haspopup="dialog"
        disabled={!account}
        onClick={() => setSettingsOf(account)}
      >
        {t('account.settings')}
      </button>
      <button type="button" className="btn btn-primary" data-testid="add-account-open" onClick={onAdd}>
        + {t('account.add')}
      </button>
      {settingsOf && (
        <AccountSettingsDialog
          account={settingsOf}
          removing={removing}
          onRemove={onRemove}
          onSaved={setSettingsOf}
          onClose={() => setSettingsOf(null)}
        />
      )}
    </div>
  );
}
