import type { AccountSummary } from '@shared/models';
import { ErrorText } from '../../components/ErrorText';
import { useT } from '../../i18n';
import { connectionLabel, secretLabel } from './account-label';
import type { TestOutcome } from './api/use-accounts';

interface AccountStatusProps {
  account: AccountSummary | null;
  outcome: TestOutcome | null;
}

/** A thin strip under the header: how the selected account connects, and the last connection test. */
export function AccountStatus({ account, outcome }: AccountStatusProps) {
  const t = useT();
  if (!account) return null;
  const secret = secretLabel(account, t);
  const shown = outcome && outcome.accountId === account.id ? outcome : null;
  return (
    <div className="account-status">
      <span className="account-status-item">
        AppID <code>{account.appIdMasked}</code>
      </span>
      <span className="account-status-item">{connectionLabel(account, t)}</span>
      {secret && <span className="account-status-item">{secret}</span>}
      {shown && (
        <div
          className={shown.ok ? 'test-result test-result--ok' : 'test-result test-result--error'}
          role="status"
          data-testid="account-test-result"
          data-ok={shown.ok ? 'true' : 'false'}
        >
          {shown.ok ? <span>✓ {t('account.testOk', { n: shown.expiresIn })}</span> : <ErrorText error={shown.error} />}
        </div>
      )}
    </div>
  );
}
