/**
 * Tells the desktop shell the theme and language the settings chose, so the window's native parts
 * (background, `nativeTheme`, the application menu's labels) follow; browser mode accepts and ignores
 * them (electron/shared/features/app.channels.ts). Fire and forget: a failure changes nothing on screen.
 */
import { useEffect } from 'react';
import { useLang } from '../../../i18n';
import { api } from '../../../lib/api';
import { useThemeChoice } from '../theme';

export function useShellSync(): void {
  const theme = useThemeChoice();
  const { lang } = useLang();
  useEffect(() => {
    void api.appSetTheme({ theme }).catch(() => undefined);
  }, [theme]);
  useEffect(() => {
    void api.appSetLanguage({ language: lang }).catch(() => undefined);
  }, [lang]);
}
