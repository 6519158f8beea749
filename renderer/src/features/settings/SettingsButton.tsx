import { useState } from 'react';
import { commandSpec } from '@shared/commands';
import { useT } from '../../i18n';
import { ariaKeyShortcuts } from '../shortcuts/keys';
import { isMacPlatform } from '../shortcuts/platform';
import { useCommand } from '../shortcuts/use-command';
import { SettingsDialog } from './SettingsDialog';

/**
 * The header's "设置 / Settings" button, also opened by Mod+, and the desktop menu (command `settings`);
 * the dialog (and its queries) exists only while open.
 */
export function SettingsButton({ accountId }: { accountId: string | null }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  useCommand('settings', () => setOpen(true));
  return (
    <>
      <button
        type="button"
        className="btn btn-ghost"
        aria-haspopup="dialog"
        aria-keyshortcuts={ariaKeyShortcuts(commandSpec('settings'), isMacPlatform())}
        onClick={() => setOpen(true)}
      >
        {t('settings.open')}
      </button>
      {open && <SettingsDialog accountId={accountId} onClose={() => setOpen(false)} />}
    </>
  );
}
