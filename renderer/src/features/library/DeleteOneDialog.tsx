import type { LibraryItem } from '@shared/features/library.channels';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useT } from '../../i18n';
import { isolatedName } from '../../lib/display-name';

interface DeleteOneDialogProps {
  item: LibraryItem;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Confirms deleting one item: its name and media_id, and that it cannot be undone. */
export function DeleteOneDialog({ item, busy, onConfirm, onCancel }: DeleteOneDialogProps) {
  const t = useT();
  return (
    <ConfirmDialog
      title={t('delete.title')}
      confirmLabel={t('delete.ok')}
      danger
      busy={busy}
      onCancel={onCancel}
      onConfirm={onConfirm}
    >
      <p>{t('delete.body', { name: isolatedName(item.name || item.mediaId) })}</p>
      <p className="mono small">{item.mediaId}</p>
    </ConfirmDialog>
  );
}
