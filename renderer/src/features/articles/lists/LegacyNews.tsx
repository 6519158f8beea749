import { useState } from 'react';
import type { ArticleFields } from '@shared/features/articles.channels';
import { ListPager } from './ListPager';
import { useT } from '../../../i18n';
import { useCopyNews } from '../api/use-articles';
import { INDEX_PAGE_SIZE, useIndexPage } from '../api/use-index-page';

/** Legacy 图文 (news material, no longer editable at WeChat): copy one into the editor as a new draft. */
export function LegacyNews({ accountId, onCopy }: { accountId: string; onCopy: (a: ArticleFields[]) => void }) {
  const t = useT();
  const [page, setPage] = useState(0);
  const data = useIndexPage(accountId, 'news', page);
  const copy = useCopyNews(accountId, onCopy);
  return (
    <section className="legacy-news" data-testid="legacy-news">
      {data && data.items.length === 0 && <p className="hint">{t('articles.legacy.empty')}</p>}
      <ul className="draft-list">
        {data?.items.map((n) => (
          <li key={n.mediaId} className="draft-row" data-testid="legacy-row">
            <span className="draft-titles" data-content>
              {(n.titles ?? [n.name]).join(' · ')}
            </span>
            <button type="button" className="btn" data-testid="legacy-copy" onClick={() => copy.mutate(n.mediaId)}>
              {t('articles.legacy.copy')}
            </button>
          </li>
        ))}
      </ul>
      {data && <ListPager page={page} total={data.total} pageSize={INDEX_PAGE_SIZE} onPage={setPage} />}
    </section>
  );
}
