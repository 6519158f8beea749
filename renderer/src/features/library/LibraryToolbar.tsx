import type { LibraryKindSummary } from '@shared/features/library.channels';
import { useT } from '../../i18n';
import { useFormat } from '../../i18n/format';
import type { LibrarySort } from './api/use-library-index';
import { DateField } from './DateField';
import type { Filters, ViewMode } from './filters';

interface LibraryToolbarProps {
  filters: Filters;
  onFilters: (f: Filters) => void;
  view: ViewMode;
  onView: (v: ViewMode) => void;
  summary: LibraryKindSummary | undefined;
  syncing: boolean;
  onSync: (mode: 'incremental' | 'full') => void;
  onBackup: () => void;
}

const SORTS: LibrarySort[] = ['date-desc', 'date-asc', 'name-asc', 'name-desc'];

/** Search, date range, sort, grid/list, sync state and actions. Everything here queries the local index. */
export function LibraryToolbar(props: LibraryToolbarProps) {
  const t = useT();
  const f = useFormat();
  const { filters, summary } = props;
  const set = (patch: Partial<Filters>) => props.onFilters({ ...filters, ...patch });
  return (
    <div className="library-filters">
      <input
        type="search"
        className="input search"
        data-testid="library-search"
        aria-label={t('library.searchLabel')}
        placeholder={t('library.search')}
        value={filters.text}
        maxLength={200}
        onChange={(e) => set({ text: e.target.value })}
      />
      <DateField
        label={t('library.from')}
        testId="library-from"
        value={filters.from}
        onChange={(from) => set({ from })}
      />
      <DateField label={t('library.to')} testId="library-to" value={filters.to} onChange={(to) => set({ to })} />
      <label className="small">
        {t('library.sort')}{' '}
        <select
          className="input"
          data-testid="library-sort"
          value={filters.sort}
          onChange={(e) => set({ sort: e.target.value as LibrarySort })}
        >
          {SORTS.map((s) => (
            <option key={s} value={s}>
              {t(`library.sort.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <div className="segmented" role="group" aria-label={t('library.viewLabel')}>
        {(['pages', 'grid', 'list'] as const).map((v) => (
          <button
            key={v}
            type="button"
            className={props.view === v ? 'btn btn-small btn-active' : 'btn btn-small'}
            data-testid={`view-${v}`}
            aria-pressed={props.view === v}
            onClick={() => props.onView(v)}
          >
            {t(`library.view.${v}`)}
          </button>
        ))}
      </div>
      <span className="small sync-state" data-testid="sync-state" aria-live="polite">
        {props.syncing
          ? t('library.syncing')
          : summary && summary.syncedAt > 0
            ? t('library.syncedAt', {
                n: summary.indexed,
                time: f.time(summary.syncedAt),
              })
            : t('library.neverSynced')}
      </span>
      <button
        type="button"
        className="btn btn-small"
        data-testid="library-sync"
        disabled={props.syncing}
        onClick={() => props.onSync('incremental')}
      >
        {t('library.sync')}
      </button>
      <button
        type="button"
        className="btn btn-small"
        data-testid="library-sync-full"
        disabled={props.syncing}
        onClick={() => props.onSync('full')}
      >
        {t('library.syncFull')}
      </button>
      <button type="button" className="btn btn-small" data-testid="library-backup" onClick={props.onBackup}>
        {t('library.backup')}
      </button>
    </div>
  );
}
