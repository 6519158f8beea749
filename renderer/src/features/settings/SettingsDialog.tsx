import { useRef } from 'react';
import { ModalDialog } from '../../components/ModalDialog';
import { useT } from '../../i18n';
import { AppearanceSection } from './AppearanceSection';
import { DataFolderSection } from './DataFolderSection';
import { ThumbCacheSection } from './ThumbCacheSection';
import { UploadsSection } from './UploadsSection';
import './settings.css';

/**
 * The settings screen: language and theme, uploads (parallel uploads, review first), the thumbnail
 * cache, the data folder. Every choice applies at once and is remembered; there is nothing to save.
 * Focus starts on Close; Escape closes; focus returns to the opener (ModalDialog).
 */
export function SettingsDialog({ accountId, onClose }: { accountId: string | null; onClose: () => void }) {
  const t = useT();
  const closeRef = useRef<HTMLButtonElement>(null);
  return (
    <ModalDialog
      title={t('settings.title')}
      className="settings-dialog"
      testId="settings-dialog"
      initialFocus={closeRef}
      onRequestClose={onClose}
      actions={
        <button ref={closeRef} type="button" className="btn btn-primary" onClick={onClose}>
          {t('settings.close')}
        </button>
      }
    >
      <AppearanceSection />
      <UploadsSection accountId={accountId} />
      <ThumbCacheSection />
      <DataFolderSection />
    </ModalDialog>
  );
}
