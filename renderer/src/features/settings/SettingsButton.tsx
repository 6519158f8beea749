import { useState } from 'react';
import { useT } from '../../i18n';
import { SettingsDialog } from './SettingsDialog';

/** The header's "设置 / Settings" button; the dialog (and its cache query) exists only while open. */
export function SettingsButton() {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="btn btn-ghost" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('settings.open')}
      </button>
      {open && <SettingsDialog onClose={() => setOpen(false)} />}
    </>
  );
}
