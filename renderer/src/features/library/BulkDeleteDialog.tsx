import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useT } from '../../i18n';
import { ItemName } from '../../components/ItemName';

const SHOWN = 20;

interface BulkDeleteDialogProps {
  ids: string[];
  /** Names of the items on the current page (others are shown by media_id). */
  names: ReadonlyMap<string, string>;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Lists what will be deleted (the first 20, then a count) and says it cannot be undone. */
export function BulkDeleteDialog({ ids, names, busy, onConfirm, onCancel }: BulkDeleteDialogProps) {
  const t = useT();
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
    </ConfirmDialog>
  );
}
