import type { AccountSummary } from '@shared/models';
import type { TFunction } from '../../i18n';

/**
 * The id the core gives the account it reads from WX_APPID/WX_APPSECRET (electron/core/app-core.ts). Its
 * stored name is for logs; the UI labels it in the app's language.
 */
export const ENV_ACCOUNT_ID = 'env';

export function isEnvAccount(account: AccountSummary): boolean {
  return account.id === ENV_ACCOUNT_ID && !account.isDemo;
}

/** The account's name as every view shows it; the demo always says it is offline demo data. */
export function accountName(account: AccountSummary, t: TFunction): string {
  if (account.isDemo) return t('account.demo');
  if (isEnvAccount(account)) return t('account.env');
  return account.name;
}

export function accountLabel(account: AccountSummary, t: TFunction): string {
  return account.isDemo ? accountName(account, t) : `${accountName(account, t)} · ${account.appIdMasked}`;
}

/** How the account reaches WeChat (or does not: the demo's emulator). */
export function connectionLabel(account: AccountSummary, t: TFunction): string {
  if (account.isDemo) return t('account.apiEmulator');
  const route = account.apiBase ? t('account.apiRelay', { url: account.apiBase }) : t('account.apiDefault');
  return account.proxy ? `${route} · ${t('account.apiProxy', { url: account.proxy.url })}` : route;
}

/** Where the AppSecret lives (the demo's is the emulator's own). */
export function secretLabel(account: AccountSummary, t: TFunction): string | null {
  if (account.isDemo) return null;
  return account.secretStorage === 'encrypted' ? t('account.secretEncrypted') : t('account.secretSession');
}
