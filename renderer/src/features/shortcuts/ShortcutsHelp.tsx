import { useRef, useState } from 'react';
import { COMMANDS } from '@shared/commands';
import { ModalDialog } from '../../components/ModalDialog';
import { useT } from '../../i18n';
import { commandKeyLabels } from './keys';
import { isMacPlatform } from './platform';
import { useCommand } from './use-command';
import './shortcuts.css';

/**
 * The `?` help overlay: every command that has a key, with the keys as this platform prints them
 * (⌘ on macOS, Ctrl elsewhere), read from the one command table (electron/shared/commands.ts).
 */
export function ShortcutsHelp() {
  const [open, setOpen] = useState(false);
  useCommand('shortcuts-help', () => setOpen(true));
  return open ? <ShortcutsDialog onClose={() => setOpen(false)} /> : null;
}

function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const closeRef = useRef<HTMLButtonElement>(null);
  const mac = isMacPlatform();
  const rows = COMMANDS.map((spec) => ({ spec, labels: commandKeyLabels(spec, mac) })).filter((r) => r.labels.length);
  return (
    <ModalDialog
      title={t('shortcuts.title')}
      className="shortcuts-dialog"
      testId="shortcuts-dialog"
      initialFocus={closeRef}
      onRequestClose={onClose}
      actions={
        <button ref={closeRef} type="button" className="btn btn-primary" onClick={onClose}>
          {t('shortcuts.close')}
        </button>
      }
    >
      <p className="hint">{t('shortcuts.intro', { mod: mac ? '⌘' : 'Ctrl+' })}</p>
      <table className="shortcuts-table">
        <thead>
          <tr>
            <th scope="col">{t('shortcuts.colCommand')}</th>
            <th scope="col">{t('shortcuts.colKeys')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ spec, labels }) => (
            <tr key={spec.id} data-command={spec.id}>
              <th scope="row">{t(`shortcuts.cmd.${spec.id}`)}</th>
              <td>
                {labels.map((label, i) => (
                  <span key={label}>
                    {i > 0 && ` ${t('shortcuts.or')} `}
                    <kbd>{label}</kbd>
                  </span>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ModalDialog>
  );
}
