import { useRef, type KeyboardEvent } from 'react';
import { useT } from '../../i18n';
import { articleTabId, MAX_ARTICLES, type EditorSession } from './model';

interface Props {
  session: EditorSession;
  /** Prefix of the tab ids, so the editor's tabpanel can name the active tab (aria-labelledby). */
  idPrefix: string;
  onSelect: (i: number) => void;
  onAdd: () => void;
  onMove: (from: number, to: number) => void;
  onRemove: (i: number) => void;
}

/**
 * The articles of a multi-article draft (up to 8): a proper tablist (only tabs inside, one Tab stop,
 * arrow keys, Home/End), then the actions on the active article and "add" beside it, outside the list.
 */
export function ArticleTabs({ session, idPrefix, onSelect, onAdd, onMove, onRemove }: Props) {
  const t = useT();
  const n = session.articles.length;
  const list = useRef<HTMLDivElement>(null);
  const i = session.active;

  const focusTab = (index: number) => {
    onSelect(index);
    // The tab re-renders selected; move focus with the selection (automatic activation).
    requestAnimationFrame(() => list.current?.querySelectorAll<HTMLElement>('[role="tab"]')[index]?.focus());
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const next: Record<string, number> = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: n - 1 };
    const to = next[e.key];
    if (to === undefined) return;
    e.preventDefault();
    focusTab((to + n) % n);
  };

  return (
    <div className="article-tabs">
      <div
        ref={list}
        className="article-tablist"
        role="tablist"
        aria-label={t('articles.tabs.label')}
        onKeyDown={onKeyDown}
      >
        {session.articles.map((a, index) => (
          <button
            key={a.key}
            id={articleTabId(idPrefix, a.key)}
            type="button"
            role="tab"
            className={index === i ? 'article-tab article-tab--active' : 'article-tab'}
            aria-selected={index === i}
            tabIndex={index === i ? 0 : -1}
            data-testid="article-tab"
            onClick={() => onSelect(index)}
          >
            {index + 1}. <bdi data-content>{a.title.trim() || t('articles.untitled')}</bdi>
          </button>
        ))}
      </div>
      {n > 1 && (
        <span className="article-tab-actions" role="group" aria-label={t('articles.tabs.actions', { n: i + 1 })}>
          <button
            type="button"
            className="tb-btn"
            aria-label={t('articles.tabs.up')}
            title={t('articles.tabs.up')}
            data-testid="article-up"
            disabled={i === 0}
            onClick={() => onMove(i, i - 1)}
          >
            ↑
          </button>
          <button
            type="button"
            className="tb-btn"
            aria-label={t('articles.tabs.down')}
            title={t('articles.tabs.down')}
            data-testid="article-down"
            disabled={i === n - 1}
            onClick={() => onMove(i, i + 1)}
          >
            ↓
          </button>
          <button
            type="button"
            className="tb-btn"
            aria-label={t('articles.tabs.remove')}
            title={t('articles.tabs.remove')}
            data-testid="article-remove"
            onClick={() => onRemove(i)}
          >
            ✕
          </button>
        </span>
      )}
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
