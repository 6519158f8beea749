import { useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { LibraryItem, LibraryKind } from '@shared/features/library.channels';
import { useT } from '../../i18n';
import { MaterialCard, type CardHandlers } from './MaterialCard';
import { gridColumns, moveFocus } from './grid-keys';
import { EmptyState } from './EmptyState';

interface MaterialGridProps extends CardHandlers {
  accountId: string;
  kind: LibraryKind;
  items: LibraryItem[] | undefined;
  filtered: boolean;
  /** Items of the previous page, shown dimmed while the requested page loads. */
  stale?: boolean;
  selected: ReadonlySet<string>;
  downloading: string | null;
  onToggle: (item: LibraryItem) => void;
  onDeleteKey: () => void;
}

const SKELETONS = Array.from({ length: 8 }, (_, i) => i);

/** One page of cards with roving focus: arrows move, Enter previews, Space toggles, Delete asks to delete. */
export function MaterialGrid(props: MaterialGridProps) {
  const { accountId, kind, items, stale, selected, downloading } = props;
  const t = useT();
  const listRef = useRef<HTMLUListElement>(null);
  const [focus, setFocus] = useState(0);

  if (!items) {
    return (
      <ul className="grid" aria-busy="true" aria-label={t('library.loading')} data-testid="material-loading">
        {SKELETONS.map((i) => (
          <li key={i} className="card card--skeleton" aria-hidden="true">
            <div className="card-thumb skeleton" />
            <div className="card-body">
              <div className="skeleton skeleton-line" />
              <div className="skeleton skeleton-line skeleton-line--short" />
            </div>
          </li>
        ))}
      </ul>
    );
  }
  if (items.length === 0) return <EmptyState kind={kind} filtered={props.filtered} />;

  const current = Math.min(focus, items.length - 1);
  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    const item = items[current];
    if (!item || (e.target as HTMLElement).tagName === 'BUTTON') return;
    const next = moveFocus(e.key, current, items.length, gridColumns(listRef.current));
    if (next !== null) {
      e.preventDefault();
      setFocus(next);
      (listRef.current?.children[next] as HTMLElement | undefined)?.focus();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      props.onOpen(item);
    } else if (e.key === ' ') {
      e.preventDefault();
      props.onToggle(item);
    } else if (e.key === 'Delete') {
      e.preventDefault();
      props.onDeleteKey();
    }
  };

  return (
    <ul
      ref={listRef}
      className={stale ? 'grid grid--stale' : 'grid'}
      data-testid="material-grid"
      role="listbox"
      aria-multiselectable="true"
      aria-label={t('tabs.label')}
      aria-busy={stale || undefined}
      onKeyDown={onKeyDown}
    >
      {items.map((item, i) => (
        <MaterialCard
          key={item.mediaId}
          accountId={accountId}
          item={item}
          index={i}
          selected={selected.has(item.mediaId)}
          focused={i === current}
          downloading={downloading === item.mediaId}
          onSelect={(it, e) => {
            setFocus(i);
            props.onSelect(it, e);
          }}
          onOpen={props.onOpen}
          onDelete={props.onDelete}
          onDownload={props.onDownload}
        />
      ))}
    </ul>
  );
}
