import { useId } from 'react';
import type { AccountSummary } from '@shared/models';
import { useT } from '../../i18n';
import { accountLabel } from './account-label';

interface AccountPickerProps {
  accounts: readonly AccountSummary[] | undefined;
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/** The account picker; while the demo is on show, a badge next to it says the data is offline demo data. */
export function AccountPicker({ accounts, selectedId, onSelect }: AccountPickerProps) {
  const t = useT();
  const id = useId();
  const badgeId = useId();
  const empty = !accounts || accounts.length === 0;
  const demo = accounts?.find((a) => a.id === selectedId)?.isDemo === true;
  return (
    <div className="account-picker">
      <label htmlFor={id} className="account-picker-label">
        {t('account.label')}
      </label>
      <select
        id={id}
        className="select"
        data-testid="account-picker"
        value={selectedId ?? ''}
        disabled={empty}
        aria-describedby={demo ? badgeId : undefined}
        onChange={(e) => onSelect(e.target.value)}
      >
        {empty && <option value="">{accounts ? t('account.none') : t('account.loading')}</option>}
        {accounts?.map((a) => (
          <option key={a.id} value={a.id}>
            {accountLabel(a, t)}
          </option>
        ))}
      </select>
      {demo && (
        <span className="demo-badge" id={badgeId} data-testid="demo-badge" title={t('account.demoBadgeHint')}>
          {t('account.demoBadge')}
        </span>
      )}
    </div>
  );
}
