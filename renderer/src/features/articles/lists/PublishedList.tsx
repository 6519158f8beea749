import { useState } from 'react';
import { ListPager } from './ListPager';
import { useT } from '../../../i18n';
import { usePublishedPage } from '../api/use-articles';
import { useFormat } from '../../../i18n/format';

/** Published articles (freepublish/batchget), newest first, with their links. */
export function PublishedList({ accountId }: { accountId: string }) {
  const t = useT();
  const f = useFormat();
  const [offset, setOffset] = useState(0);
  const { data } = usePublishedPage(accountId, offset);
  return (
    <section className="published-list" data-testid="published-list">
      {data && data.items.length === 0 && <p className="hint">{t('articles.published.empty')}</p>}
      <ul className="draft-list">
        {data?.items.map((p) => (
          <li key={p.articleId} className="draft-row" data-testid="published-row">
            <span className="draft-titles" data-content>
              {p.titles.join(' · ')}
            </span>
            <span className="draft-time">{f.dateTime(p.updateTime)}</span>
            {p.urls[0] && (
              <a href={p.urls[0]} target="_blank" rel="noopener noreferrer" className="btn">
                {t('articles.published.open')}
              </a>
            )}
          </li>
        ))}
      </ul>
      {data && <ListPager page={offset / 20} total={data.total} onPage={(p) => setOffset(p * 20)} />}
    </section>
  );
}
