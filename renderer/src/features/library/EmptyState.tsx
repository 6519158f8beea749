import type { LibraryKind } from '@shared/features/library.channels';
import { useT } from '../../i18n';
import type { MessageKey } from '../../i18n';
import { TYPE_GLYPH } from './material-types';

const HINT: Record<LibraryKind, MessageKey> = {
  image: 'library.emptyHint',
  voice: 'library.emptyHint',
  video: 'library.emptyHint',
  news: 'library.emptyNews',
  draft: 'library.emptyDrafts',
  published: 'library.emptyPublished',
};

/** Nothing to show: an empty library (what to do next) or a query without matches (how to widen it). */
export function EmptyState({ kind, filtered }: { kind: LibraryKind; filtered: boolean }) {
  const t = useT();
  return (
    <div className="empty" data-testid="material-empty">
      <span className="empty-glyph" aria-hidden="true">
        {TYPE_GLYPH[kind]}
      </span>
      <p className="empty-title">{filtered ? t('library.noMatch') : t('library.empty')}</p>
      <p className="empty-hint">{filtered ? t('library.noMatchHint') : t(HINT[kind])}</p>
    </div>
  );
}

/** The index could not be read: say so and offer to try again. */
export function LoadError({ onRetry }: { onRetry: () => void }) {
  const t = useT();
  return (
    <div className="empty" data-testid="material-load-error">
      <p className="empty-title">{t('library.loadFailed')}</p>
      <button type="button" className="btn" onClick={onRetry}>
        {t('library.retry')}
      </button>
    </div>
  );
}
