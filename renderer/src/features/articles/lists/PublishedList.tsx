import { useEffect, useState } from 'react';
import type { AppErrorPayload } from '../../../../../electron/shared/errors';
import type { PublishedSummary } from '../../../../../electron/shared/features/articles.channels';
import { ListPager } from './ListPager';
import { useT } from '../../../i18n';
import { articlesApi } from '../api/articles-api';
import { formatTime } from './format-time';

/** Published articles (freepublish/batchget), newest first, with their links. */
export function PublishedList({
  accountId,
  onError,
  refresh,
}: {
  accountId: string;
  onError: (e: AppErrorPayload) => void;
  refresh: number;
}) {
  const t = useT();
  const [offset, setOffset] = useState(0);
  const [data, setData] = useState<{ items: PublishedSummary[]; total: number } | null>(null);
  useEffect(() => {
    let live = true;
    void articlesApi.listPublished(accountId, offset).then((env) => {
      if (!live) return;
      if (env.ok) setData(env.value);
      else onError(env.error);
    });
    return () => {
      live = false;
    };
  }, [accountId, offset, refresh, onError]);
  return (
    <section className="published-list" data-testid="published-list">
      {data && data.items.length === 0 && <p className="hint">{t('articles.published.empty')}</p>}
      <ul className="draft-list">
        {data?.items.map((p) => (
          <li key={p.articleId} className="draft-row" data-testid="published-row">
            <span className="draft-titles">{p.titles.join(' · ')}</span>
            <span className="draft-time">{formatTime(p.updateTime)}</span>
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
