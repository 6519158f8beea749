import { useRef, useState } from 'react';
import { ModalDialog } from '../../components/ModalDialog';
import { useT } from '../../i18n';
import { useCommand } from '../shortcuts/use-command';
import { useAppInfo } from './api/use-app-shell';

/** 关于素材桌面 (Help menu's `about` command): the app's name, version and mode. */
export function AboutHost() {
  const [open, setOpen] = useState(false);
  useCommand('about', () => setOpen(true));
  return open ? <AboutDialog onClose={() => setOpen(false)} /> : null;
}

function AboutDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const closeRef = useRef<HTMLButtonElement>(null);
  const info = useAppInfo();
  return (
    <ModalDialog
      title={t('about.title')}
      testId="about-dialog"
      initialFocus={closeRef}
      onRequestClose={onClose}
      actions={
        <button ref={closeRef} type="button" className="btn btn-primary" onClick={onClose}>
          {t('settings.close')}
        </button>
      }
    >
      <p>{t('about.what')}</p>
      {info && (
        <p>
          {t('about.version', {
            version: info.version,
            mode: t(info.mode === 'desktop' ? 'about.mode.desktop' : 'about.mode.web'),
          })}
        </p>
      )}
    </ModalDialog>
  );
}
