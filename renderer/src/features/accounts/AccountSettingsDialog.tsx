import { useRef, useState } from 'react';
import type { AccountSummary } from '@shared/models';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ModalDialog } from '../../components/ModalDialog';
import { useT } from '../../i18n';
import { accountName, connectionLabel, isEnvAccount, secretLabel } from './account-label';
import { EditAccountForm } from './EditAccountForm';

interface AccountSettingsDialogProps {
  account: AccountSummary;
  removing: boolean;
  /** Resolves true when the account was removed (the dialog then closes). */
  onRemove: (account: AccountSummary) => Promise<boolean>;
  /** An edit was saved: the dialog shows the account as saved. */
  onSaved?: (account: AccountSummary) => void;
  onClose: () => void;
}

/**
 * 账号设置: what the app knows about the account and, for a saved account, removing it behind the app's
 * confirmation (ConfirmDialog), which says what is deleted here and that nothing on WeChat is touched.
 * Built-in accounts (the demo, the one from the environment) say why they cannot be removed. A modal
 * (ModalDialog): Escape closes it, focus returns to the button that opened it.
 */
export function AccountSettingsDialog({ account, removing, onRemove, onSaved, onClose }: AccountSettingsDialogProps) {
  const t = useT();
  const closeRef = useRef<HTMLButtonElement>(null);
  const [confirming, setConfirming] = useState(false);

  const name = accountName(account, t);
  const secret = secretLabel(account, t);
  const removable = !account.isDemo && !isEnvAccount(account);
  return (
    <ModalDialog
      title={t('account.settingsTitle', { name })}
      className="account-settings"
      testId="account-settings"
      initialFocus={closeRef}
      onRequestClose={onClose}
      actions={
        <button ref={closeRef} type="button" className="btn" onClick={onClose}>
          {t('account.settingsClose')}
        </button>
      }
      after={
        confirming && (
          <ConfirmDialog
            title={t('account.removeTitle', { name })}
            confirmLabel={t('account.remove')}
            danger
            busy={removing}
            onCancel={() => setConfirming(false)}
            onConfirm={() => {
              void onRemove(account).then((removed) => (removed ? onClose() : setConfirming(false)));
            }}
          >
            <p>{t('account.removeBody')}</p>
          </ConfirmDialog>
        )
      }
    >
      <dl className="account-settings-facts">
        <dt>{t('account.settingsName')}</dt>
        <dd>{name}</dd>
        <dt>AppID</dt>
        <dd>
          <code>{account.appIdMasked}</code>
        </dd>
        <dt>{t('account.settingsApi')}</dt>
        <dd>{connectionLabel(account, t)}</dd>
        {secret && (
          <>
            <dt>{t('account.settingsSecret')}</dt>
            <dd>{secret}</dd>
          </>
        )}
      </dl>
      {account.isDemo && <p className="hint">{t('account.settingsDemoNote')}</p>}
      {isEnvAccount(account) && <p className="hint">{t('account.settingsEnvNote')}</p>}
      {removable && <EditAccountForm key={account.id} account={account} onSaved={(a) => onSaved?.(a)} />}
      {removable && (
        <div className="account-settings-danger">
          <p>{t('account.settingsRemoveIntro')}</p>
          <button
            type="button"
            className="btn btn-danger"
            data-testid="account-remove"
            onClick={() => setConfirming(true)}
          >
            {t('account.removeOpen')}
          </button>
        </div>
      )}
    </ModalDialog>
  );
}
