import type { AccountSummary } from '@shared/models';
import type { TFunction } from '../../i18n';

export function accountLabel(account: AccountSummary, t: TFunction): string {
  return account.isDemo ? t('account.demo') : `${account.name} · ${account.appIdMasked}`;
}
