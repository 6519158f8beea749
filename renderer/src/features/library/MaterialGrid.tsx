import type { MaterialItem, MaterialType } from '../../../../electron/shared/models';
import { useT } from '../../i18n';
import { MaterialCard } from './MaterialCard';
import { TYPE_GLYPH } from './material-types';

interface MaterialGridProps {
  accountId: string;
  type: MaterialType;
  items: MaterialItem[] | undefined;
  /** Items of the previous page, shown dimmed while the requested page loads. */
  stale?: boolean;
  downloading: string | null;
  onDelete: (item: MaterialItem) => void;
  onDownload: (item: MaterialItem) => void;
}

const SKELETONS = Array.from({ length: 8 }, (_, i) => i);

export function MaterialGrid({ accountId, type, items, stale, downloading, onDelete, onDownload }: MaterialGridProps) {
  const t = useT();
  if (!items) {
    return (
      <ul className="grid" aria-busy="true" aria-label={t('library.loading')} data-testid="material-loading">
        {SKELETONS.map((i) => (
          <li key={i} className="card card--skeleton" aria-hidden="true">
            <div className="card-thumb skeleton" />
            <div className="card-body">
              <div className="skeleton skeleton-line" />
              <div className="skeleton skeleton-line skeleton-line--short" />
            </div>
          </li>
        ))}
      </ul>
    );
  }
  if (items.length === 0) {
    return (
      <div className="empty" data-testid="material-empty">
        <span className="empty-glyph" aria-hidden="true">
          {TYPE_GLYPH[type]}
        </span>
        <p className="empty-title">{t('library.empty')}</p>
        <p className="empty-hint">{type === 'news' ? t('library.emptyNews') : t('library.emptyHint')}</p>
      </div>
    );
  }
  return (
    <ul className={stale ? 'grid grid--stale' : 'grid'} data-testid="material-grid" aria-busy={stale || undefined}>
      {items.map((item) => (
        <MaterialCard
          key={item.mediaId}
          accountId={accountId}
          item={item}
          downloading={downloading === item.mediaId}
          onDelete={onDelete}
          onDownload={onDownload}
        />
      ))}
    </ul>
  );
}
