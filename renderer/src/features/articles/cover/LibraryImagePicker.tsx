import { useEffect, useRef, useState } from 'react';
import type { LibraryUsedIn } from '@shared/features/library.channels';
import { ListPager } from '../lists/ListPager';
import { useT } from '../../../i18n';
import { thumbUrl } from '../../../lib/thumb';
import { INDEX_PAGE_SIZE, useIndexPage } from '../api/use-index-page';

/** Titles named under a picture that is already used; the rest are counted. */
const USED_TITLES_SHOWN = 2;

/** "已用于：A、B 等 N 篇" (where-used from the index: electron/core/index/where-used.ts). */
function UsedHint({ usedIn }: { usedIn: LibraryUsedIn }) {
  const t = useT();
  const titles = [...new Set(usedIn.articles.map((a) => a.title || '—'))];
  const shown = titles.slice(0, USED_TITLES_SHOWN).join('、');
  const more = usedIn.count - Math.min(titles.length, USED_TITLES_SHOWN);
  return (
    <span className="cover-choice-used" data-testid="cover-choice-used" data-content>
      {more > 0
        ? t('articles.cover.usedInMore', { titles: shown, n: more })
        : t('articles.cover.usedIn', { titles: shown })}
    </span>
  );
}

/** Typing pauses this long before the index is asked (each ask is local, but not per keystroke). */
const SEARCH_DEBOUNCE_MS = 200;

/**
 * The library's permanent images to choose a cover from, like the library itself: searched by name
 * and paged from the local index (no WeChat call per page or per search), each thumbnail with its name
 * and, when drafts or published articles already use it, which.
 */
export function LibraryImagePicker({
  accountId,
  id,
  onPick,
}: {
  accountId: string;
  id?: string;
  onPick: (mediaId: string) => void;
}) {
  const t = useT();
  const search = useRef<HTMLInputElement>(null);
  // The picker opens on a person's click: the search is where they continue.
  useEffect(() => search.current?.focus(), []);
  const [page, setPage] = useState(0);
  const [typed, setTyped] = useState('');
  const [text, setText] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => {
      setText(typed.trim());
      setPage(0);
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [typed]);
  const data = useIndexPage(accountId, 'image', page, text);
  return (
    <div
      className="cover-library"
      id={id}
      role="group"
      aria-label={t('articles.cover.library')}
      data-testid="cover-library"
    >
      <input
        ref={search}
        className="input cover-search"
        type="search"
        value={typed}
        aria-label={t('articles.cover.search')}
        placeholder={t('articles.cover.search')}
        data-testid="cover-search"
        onChange={(e) => setTyped(e.target.value)}
      />
      {!data && <p className="hint">{t('articles.loading')}</p>}
      {data && data.items.length === 0 && <p className="hint">{t('articles.cover.empty')}</p>}
      <ul className="cover-grid">
        {data?.items.map((item) => (
          <li key={item.mediaId}>
            <button
              type="button"
              className="cover-choice"
              data-testid="cover-choice"
              data-media-id={item.mediaId}
              title={item.name}
              onClick={() => onPick(item.mediaId)}
            >
              <span className="cover-choice-thumb">
                {/* Decorative here: the name below is the button's name. */}
                {item.hasThumb && <img src={thumbUrl(accountId, item.mediaId)} alt="" loading="lazy" />}
              </span>
              <span className="cover-choice-name">{item.name}</span>
              {item.usedIn && <UsedHint usedIn={item.usedIn} />}
            </button>
          </li>
        ))}
      </ul>
      {data && <ListPager page={page} total={data.total} pageSize={INDEX_PAGE_SIZE} onPage={setPage} />}
    </div>
  );
}
