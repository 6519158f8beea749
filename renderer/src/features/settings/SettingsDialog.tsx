import { useRef } from 'react';
import { ModalDialog } from '../../components/ModalDialog';
import { useT } from '../../i18n';
import { ThumbCacheSection } from './ThumbCacheSection';

/**
 * A minimal settings dialog (for now only the thumbnail cache; a full settings screen is planned).
 * Focus starts on Close; Escape closes; focus returns to the opener (ModalDialog).
 */
export function SettingsDialog({ onClose }: { onClose: () => void }) {
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
      <ThumbCacheSection />
    </ModalDialog>
  );
}
