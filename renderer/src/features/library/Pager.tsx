import { useT } from '../../i18n';

interface PagerProps {
  /** 0-based. */
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
}

function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

export function Pager({ page, pageSize, total, onPage }: PagerProps) {
  const t = useT();
  const pages = pageCount(total, pageSize);
  return (
    <nav className="pager" aria-label={t('library.pagerLabel')}>
      <button
        type="button"
        className="btn"
        data-testid="page-prev"
        disabled={page <= 0}
        onClick={() => onPage(page - 1)}
      >
        ‹ {t('library.prev')}
      </button>
      <span className="page-indicator" data-testid="page-indicator" aria-live="polite">
        {t('library.pageIndicator', { page: page + 1, pages, total })}
      </span>
      <button
        type="button"
        className="btn"
        data-testid="page-next"
        disabled={page >= pages - 1}
        onClick={() => onPage(page + 1)}
      >
        {t('library.next')} ›
      </button>
    </nav>
  );
}
