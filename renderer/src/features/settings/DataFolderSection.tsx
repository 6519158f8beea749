import { useId } from 'react';
import { ErrorText } from '../../components/ErrorText';
import { useT } from '../../i18n';
import { useAppMode, useOpenDataFolder } from './api/use-app-shell';

/**
 * 数据文件夹: where the app keeps each account's index, queue and caches. The window never holds a local
 * path (docs/architecture.md, rule 1), so the desktop app opens the folder in the file manager (main
 * does it) and browser mode says where the server printed it.
 */
export function DataFolderSection() {
  const t = useT();
  const headingId = useId();
  const mode = useAppMode();
  const open = useOpenDataFolder();
  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('settings.data.title')}</h3>
      <p className="hint">{t(mode === 'desktop' ? 'settings.data.desktop' : 'settings.data.web')}</p>
      {mode === 'desktop' && (
        <button type="button" className="btn" disabled={open.isPending} onClick={() => open.mutate()}>
          {t('settings.data.open')}
        </button>
      )}
      {open.error && (
        <div role="alert">
          <ErrorText error={open.error.payload} />
        </div>
      )}
    </section>
  );
}
