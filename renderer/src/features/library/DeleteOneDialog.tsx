import type { LibraryItem } from '@shared/features/library.channels';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useT } from '../../i18n';
import { isolatedName } from '../../lib/display-name';
import { useWhereUsed } from './api/use-where-used';
import { UsedInWarning } from './UsedIn';

interface DeleteOneDialogProps {
  accountId: string;
  item: LibraryItem;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * Confirms deleting one item: its name and media_id, that it cannot be undone, and which articles use
 * it (re-read from the index, the card's copy may be older). Focus starts on Cancel (ConfirmDialog).
 */
export function DeleteOneDialog({ accountId, item, busy, onConfirm, onCancel }: DeleteOneDialogProps) {
  const t = useT();
  const isMaterial = item.kind !== 'draft' && item.kind !== 'published';
  const usedIn = useWhereUsed(accountId, [item.mediaId], {
    enabled: isMaterial,
    ...(item.usedIn ? { placeholder: { [item.mediaId]: item.usedIn } } : {}),
  });
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
      {isMaterial && <UsedInWarning usedIn={usedIn.data} checking={usedIn.isPending} />}
    </ConfirmDialog>
  );
}
