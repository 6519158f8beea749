import { useState } from 'react';
import type { DraftSummary } from '@shared/features/articles.channels';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ListPager } from './ListPager';
import { useT } from '../../../i18n';
import { useFormat } from '../../../i18n/format';
import { useDeleteDraft, useDraftPage } from '../api/use-articles';

interface Props {
  accountId: string;
  onOpen: (mediaId: string) => void;
}

/** The draft box: search by title, open into the editor, delete. */
export function DraftBox({ accountId, onOpen }: Props) {
  const t = useT();
  const f = useFormat();
  const [query, setQuery] = useState('');
  const [applied, setApplied] = useState('');
  const [offset, setOffset] = useState(0);
  const [deleting, setDeleting] = useState<DraftSummary | null>(null);
  const { data } = useDraftPage(accountId, { offset, query: applied });
  const deleteDraft = useDeleteDraft(accountId);

  const remove = () => {
    if (!deleting) return;
    deleteDraft.mutate(deleting.mediaId, { onSettled: () => setDeleting(null) });
  };

  return (
    <section className="draft-box" data-testid="draft-box">
      <form
        className="draft-search"
        onSubmit={(e) => {
          e.preventDefault();
          setOffset(0);
          setApplied(query.trim());
        }}
      >
        <input
          className="input"
          type="search"
          value={query}
          data-testid="draft-search"
          aria-label={t('articles.drafts.search')}
          placeholder={t('articles.drafts.search')}
          onChange={(e) => setQuery(e.target.value)}
        />
        <button type="submit" className="btn">
          {t('articles.drafts.searchGo')}
        </button>
      </form>
      {data && data.items.length === 0 && <p className="hint">{t('articles.drafts.empty')}</p>}
      <ul className="draft-list">
        {data?.items.map((d) => (
          <li key={d.mediaId} className="draft-row" data-testid="draft-row" data-media-id={d.mediaId}>
            <span className="draft-titles" data-content>
              {d.titles.join(' · ') || t('articles.untitled')}
            </span>
            <span className="draft-time">{f.dateTime(d.updateTime)}</span>
            <button type="button" className="btn" data-testid="draft-open" onClick={() => onOpen(d.mediaId)}>
              {t('articles.drafts.open')}
            </button>
            <button type="button" className="btn btn-danger" data-testid="draft-delete" onClick={() => setDeleting(d)}>
              {t('articles.drafts.delete')}
            </button>
          </li>
        ))}
      </ul>
      {data && <ListPager page={offset / 20} total={data.total} onPage={(p) => setOffset(p * 20)} />}
      {deleting && (
        <ConfirmDialog
          title={t('articles.drafts.deleteTitle')}
          confirmLabel={t('articles.drafts.delete')}
          danger
          onConfirm={remove}
          onCancel={() => setDeleting(null)}
        >
          {t('articles.drafts.deleteBody', { title: deleting.titles[0] ?? '' })}
        </ConfirmDialog>
      )}
    </section>
  );
}
