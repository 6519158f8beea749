import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useT } from '../../i18n';
import { ItemName } from '../../components/ItemName';
import { useWhereUsed } from './api/use-where-used';
import { UsedInWarning } from './UsedIn';

const SHOWN = 20;

interface BulkDeleteDialogProps {
  accountId: string;
  /** Materials are checked for articles that use them; drafts and published articles are not. */
  checkUsage: boolean;
  ids: string[];
  /** Names of the items on the current page (others are shown by media_id). */
  names: ReadonlyMap<string, string>;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * Lists what will be deleted (the first 20, then a count), says it cannot be undone, and warns with the
 * articles that use any of them. Focus starts on Cancel (ConfirmDialog).
 */
export function BulkDeleteDialog({
  accountId,
  checkUsage,
  ids,
  names,
  busy,
  onConfirm,
  onCancel,
}: BulkDeleteDialogProps) {
  const t = useT();
  const usedIn = useWhereUsed(accountId, ids, { enabled: checkUsage });
  return (
    <ConfirmDialog
      title={t('library.bulk.deleteTitle', { n: ids.length })}
      confirmLabel={t('delete.ok')}
      danger
      busy={busy}
      onCancel={onCancel}
      onConfirm={onConfirm}
    >
      <p>{t('library.bulk.deleteBody')}</p>
      <ul className="delete-list" data-testid="bulk-delete-list">
        {ids.slice(0, SHOWN).map((id) => (
          <li key={id}>
            <ItemName name={names.get(id) ?? ''} /> <code className="mono small">{id}</code>
          </li>
        ))}
      </ul>
      {ids.length > SHOWN && <p className="small">{t('library.bulk.more', { n: ids.length - SHOWN })}</p>}
      {checkUsage && <UsedInWarning usedIn={usedIn.data} checking={usedIn.isPending} bulk />}
    </ConfirmDialog>
  );
}
