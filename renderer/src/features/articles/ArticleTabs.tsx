import { useT } from '../../i18n';
import { MAX_ARTICLES, type EditorSession } from './model';

interface Props {
  session: EditorSession;
  onSelect: (i: number) => void;
  onAdd: () => void;
  onMove: (from: number, to: number) => void;
  onRemove: (i: number) => void;
}

/** The articles of a multi-article draft (up to 8): select, add, reorder, remove. */
export function ArticleTabs({ session, onSelect, onAdd, onMove, onRemove }: Props) {
  const t = useT();
  const n = session.articles.length;
  return (
    <div className="article-tabs" role="tablist" aria-label={t('articles.tabs.label')}>
      {session.articles.map((a, i) => (
        <div key={a.key} className={i === session.active ? 'article-tab article-tab--active' : 'article-tab'}>
          <button
            type="button"
            role="tab"
            aria-selected={i === session.active}
            data-testid="article-tab"
            onClick={() => onSelect(i)}
          >
            {i + 1}. {a.title.trim() || t('articles.untitled')}
          </button>
          {i === session.active && n > 1 && (
            <span className="article-tab-actions">
              <button
                type="button"
                aria-label={t('articles.tabs.up')}
                data-testid="article-up"
                disabled={i === 0}
                onClick={() => onMove(i, i - 1)}
              >
                ↑
              </button>
              <button
                type="button"
                aria-label={t('articles.tabs.down')}
                data-testid="article-down"
                disabled={i === n - 1}
                onClick={() => onMove(i, i + 1)}
              >
                ↓
              </button>
              <button
                type="button"
                aria-label={t('articles.tabs.remove')}
                data-testid="article-remove"
                onClick={() => onRemove(i)}
              >
                ✕
              </button>
            </span>
          )}
        </div>
      ))}
      <button
        type="button"
        className="btn"
        data-testid="article-add"
        disabled={n >= MAX_ARTICLES}
        title={t('articles.tabs.max')}
        onClick={onAdd}
      >
        {t('articles.tabs.add')}
      </button>
    </div>
  );
}
