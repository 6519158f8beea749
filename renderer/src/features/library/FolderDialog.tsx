import { useState } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useT } from '../../i18n';
import { loadFolder, saveFolder } from './folder-memory';

interface FolderDialogProps {
  /** Backups need a folder; downloads may leave it empty (desktop dialog / browser downloads). */
  required: boolean;
  busy: boolean;
  onConfirm: (folder: string) => void;
  onCancel: () => void;
}

/**
 * Where bulk downloads and backups go. The server (browser mode) or main process (desktop) runs on
 * this machine, so a typed absolute path is a real local folder; the main process checks it exists
 * before any API call.
 */
export function FolderDialog({ required, busy, onConfirm, onCancel }: FolderDialogProps) {
  const t = useT();
  const [folder, setFolder] = useState(loadFolder);
  const trimmed = folder.trim();
  return (
    <ConfirmDialog
      title={t('library.folder.title')}
      confirmLabel={t('library.folder.ok')}
      busy={busy}
      onCancel={onCancel}
      onConfirm={() => {
        if (required && trimmed === '') return;
        if (trimmed) saveFolder(trimmed);
        onConfirm(trimmed);
      }}
    >
      <label className="field">
        <span>{t('library.folder.label')}</span>
        <input
          className="input"
          data-testid="folder-input"
          // The one thing to do here is type a path (ConfirmDialog focuses it first).
          data-autofocus
          value={folder}
          maxLength={1024}
          placeholder="/home/me/Pictures/wechat"
          onChange={(e) => setFolder(e.target.value)}
        />
      </label>
      <p className="small">{required ? t('library.folder.required') : t('library.folder.hint')}</p>
    </ConfirmDialog>
  );
}
