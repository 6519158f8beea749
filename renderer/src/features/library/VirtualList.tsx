import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useId, useRef, useState } from 'react';
import type { KeyboardEvent, MouseEvent } from 'react';
import type { LibraryItem } from '@shared/features/library.channels';
import { useT } from '../../i18n';
import { useFormat } from '../../i18n/format';
import { useIndexBlocks } from './api/use-index-blocks';
import { EmptyState } from './EmptyState';
import { handleViewKey } from './grid-keys';
import { TYPE_GLYPH } from './material-types';
import type { VirtualViewProps } from './virtual-view-props';
import { ItemName } from '../../components/ItemName';

const ROW_HEIGHT = 40;

type VirtualListProps = VirtualViewProps;

/** Every match in one scroll: only the rows on screen exist in the DOM, rows load in blocks from the index. */
export function VirtualList(props: VirtualListProps) {
  const t = useT();
  const { total, row } = useIndexBlocks(props.accountId, props.params);
  const scrollRef = useRef<HTMLDivElement>(null);
  const [focus, setFocus] = useState(0);
  // Focus stays on the scroller; the focused option is announced through aria-activedescendant.
  const optionId = useId();
  // The virtualizer returns fresh functions each render by design; this component does not rely on memoising them.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: total ?? 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });

  if (total === 0) return <EmptyState kind={props.params.kind} filtered={props.filtered} />;
  const visible = virtualizer.getVirtualItems();
  const visibleIds = visible.map((v) => row(v.index)?.mediaId ?? '');

  const focusedShown = visible.some((v) => v.index === focus);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) =>
    handleViewKey(e, {
      focus,
      count: total ?? 0,
      columns: 1,
      item: row(focus),
      setFocus,
      scrollTo: (i) => virtualizer.scrollToIndex(i),
      onOpen: props.onOpen,
      onToggle: props.onToggle,
    });

  return (
    <div
      ref={scrollRef}
      className="vlist"
      data-testid="material-list"
      role="listbox"
      aria-multiselectable="true"
      aria-label={t('tabs.label')}
      aria-activedescendant={focusedShown ? `${optionId}-${focus}` : undefined}
      tabIndex={0}
      onKeyDown={onKeyDown}
    >
      <div className="vlist-inner" style={{ height: virtualizer.getTotalSize() }}>
        {visible.map((v) => {
          const item = row(v.index);
          return (
            <VRow
              key={v.key}
              id={`${optionId}-${v.index}`}
              setSize={total ?? 0}
              item={item}
              index={v.index}
              start={v.start}
              selected={item ? props.selected.has(item.mediaId) : false}
              focused={v.index === focus}
              untitled={t('card.untitled')}
              onClick={(e) => {
                setFocus(v.index);
                if (item) props.onSelect(item, e, visibleIds);
              }}
              onOpen={props.onOpenByDoubleClick}
            />
          );
        })}
      </div>
    </div>
  );
}

interface VRowProps {
  id: string;
  /** Count of all matches (only some rows exist in the DOM). */
  setSize: number;
  item: LibraryItem | undefined;
  index: number;
  start: number;
  selected: boolean;
  focused: boolean;
  untitled: string;
  onClick: (e: MouseEvent) => void;
  onOpen: (item: LibraryItem) => void;
}

/** One row; memoised on its data so scrolling renders only the rows that came into view. */
const VRow = memo(
  function VRow(props: VRowProps) {
    const { item, start, selected, focused, untitled, onClick, onOpen } = props;
    const f = useFormat();
    return (
      <div
        className={`vrow${selected ? ' vrow--selected' : ''}${focused ? ' vrow--focus' : ''}`}
        data-testid="list-row"
        data-media-id={item?.mediaId}
        id={props.id}
        role="option"
        aria-selected={selected}
        aria-posinset={props.index + 1}
        aria-setsize={props.setSize}
        style={{ transform: `translateY(${start}px)`, height: ROW_HEIGHT }}
        onClick={onClick}
        onDoubleClick={() => item && onOpen(item)}
      >
        {item ? (
          <>
            <span className="vrow-glyph" aria-hidden="true">
              {TYPE_GLYPH[item.kind]}
            </span>
            <ItemName className="vrow-name" name={item.name || untitled} />
            <span className="vrow-date">{f.dateTime(item.updateTime)}</span>
            <code className="vrow-id">{item.mediaId}</code>
          </>
        ) : (
          <span className="skeleton skeleton-line" />
        )}
      </div>
    );
  },
  (a, b) =>
    a.item === b.item &&
    a.id === b.id &&
    a.setSize === b.setSize &&
    a.start === b.start &&
    a.selected === b.selected &&
    a.focused === b.focused &&
    a.untitled === b.untitled,
);
