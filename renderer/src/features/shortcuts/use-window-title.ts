import { useEffect } from 'react';
import { useT } from '../../i18n';

/**
 * `document.title` = "SucaiDesk — <account>": the desktop window shows the page's title (Electron), so
 * the taskbar and the window switcher say which account is open. Without an account, the app's name.
 */
export function useWindowTitle(accountLabel: string | null): void {
  const t = useT();
  useEffect(() => {
    document.title = accountLabel ? t('app.windowTitleAccount', { account: accountLabel }) : t('app.windowTitle');
  }, [t, accountLabel]);
}
