/**
 * Handlers of the desktop shell's channels (electron/shared/features/app.channels.ts). They only
 * forward to the hooks main gave the core; without hooks (browser mode) theme and language are
 * accepted and ignored, since the page already follows them, and the data folder answers DESKTOP_ONLY.
 */
import { appError } from '@shared/errors';
import type { AppShellChannel } from '@shared/features/app.channels';
import type { FeatureHandlers } from '../ipc/dispatch';
import type { ShellHooks } from '../shell/shell-hooks';

export function createAppShellHandlers(hooks: ShellHooks | undefined): FeatureHandlers<AppShellChannel> {
  return {
    'app:setTheme': ({ theme }) => {
      hooks?.setTheme(theme);
      return Promise.resolve({ theme });
    },
    'app:setLanguage': ({ language }) => {
      hooks?.setLanguage(language);
      return Promise.resolve({ language });
    },
    'app:openDataFolder': async () => {
      if (!hooks) {
        throw appError('DESKTOP_ONLY', 'forbidden', {
          zh: '浏览器模式无法打开数据文件夹（DESKTOP_ONLY）。请在桌面版 SucaiDesk 中使用此功能。',
          en: 'Browser mode cannot open the data folder (DESKTOP_ONLY). Use the SucaiDesk desktop app for this.',
        });
      }
      await hooks.openDataFolder();
      return { opened: true };
    },
  };
}
