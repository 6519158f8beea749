import { useT } from '../../i18n';
import type { Progress } from './api/use-bulk';

interface BulkBarProps {
  count: number;
  busy: boolean;
  progress: Progress | null;
  onSelectAll: () => void;
  onClear: () => void;
  onDelete: () => void;
  onDownload: () => void;
  onBackup: () => void;
}

/** Selection count, select-all-in-view, the bulk actions, and the progress of the running one. */
export function BulkBar(props: BulkBarProps) {
  const t = useT();
  const p = props.progress;
  return (
    <div className="bulk-bar" data-testid="bulk-bar">
      <span data-testid="selection-count">{t('library.selected', { n: props.count })}</span>
      <button type="button" className="btn btn-small" data-testid="select-all" onClick={props.onSelectAll}>
        {t('library.selectAll')}
      </button>
      {props.count > 0 && (
        <>
          <button type="button" className="btn btn-small" data-testid="clear-selection" onClick={props.onClear}>
            {t('library.clearSelection')}
          </button>
          <button
            type="button"
            className="btn btn-small"
            data-testid="bulk-download"
            disabled={props.busy}
            onClick={props.onDownload}
          >
            {t('library.bulk.download')}
          </button>
          <button
            type="button"
            className="btn btn-small"
            data-testid="bulk-backup"
            disabled={props.busy}
            onClick={props.onBackup}
          >
            {t('library.bulk.backup')}
          </button>
          <button
            type="button"
            className="btn btn-small btn-ghost-danger"
            data-testid="bulk-delete"
            disabled={props.busy}
            onClick={props.onDelete}
          >
            {t('library.bulk.delete')}
          </button>
        </>
      )}
      {p && (
        <span className="bulk-progress">
          <progress data-testid="bulk-progress" max={p.total} value={p.done} />
          <span className="small">
            {t('library.progress', { op: t(`library.op.${p.op}`), done: p.done, total: p.total })}
          </span>
        </span>
      )}
    </div>
  );
}
