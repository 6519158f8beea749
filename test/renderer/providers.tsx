/**
 * The providers every renderer view needs, with a fresh QueryClient per mount (no cache shared between
 * tests). Import it dynamically, after `window.api = fake`: it loads lib/api.ts, which picks the bridge.
 */
import type { ReactNode } from 'react';
import { NoticesProvider } from '../../renderer/src/components/NoticesProvider';
import { I18nProvider } from '../../renderer/src/i18n';
import type { Lang } from '../../renderer/src/i18n';
import { ServerStateProvider } from '../../renderer/src/lib/query/ServerStateProvider';
import { createQueryClient } from '../../renderer/src/lib/query/query-client';

export function Providers({ lang = 'zh-CN', children }: { lang?: Lang; children: ReactNode }) {
  return (
    <I18nProvider initialLang={lang}>
      <NoticesProvider>
        <ServerStateProvider client={createQueryClient()}>{children}</ServerStateProvider>
      </NoticesProvider>
    </I18nProvider>
  );
}
