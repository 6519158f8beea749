import { useT } from '../../../i18n';

/** Previous/next for the articles section's lists (20 a page); shows "n / m" and hides when one page holds all. */
export function ListPager({
  page,
  total,
  pageSize = 20,
  onPage,
}: {
  page: number;
  total: number;
  pageSize?: number;
  onPage: (page: number) => void;
}) {
  const t = useT();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  return (
    <div className="cover-pager">
      <button type="button" className="btn" disabled={page === 0} onClick={() => onPage(page - 1)}>
        {t('articles.prev')}
      </button>
      <span>
        {page + 1} / {pages}
      </span>
      <button type="button" className="btn" disabled={page + 1 >= pages} onClick={() => onPage(page + 1)}>
        {t('articles.next')}
      </button>
    </div>
  );
}
