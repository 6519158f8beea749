import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useId, useRef, useState } from 'react';
import type { KeyboardEvent, MouseEvent } from 'react';
import type { LibraryItem } from '@shared/features/library.channels';
import { useT } from '../../i18n';
import { thumbUrl } from '../../lib/thumb';
import { useIndexBlocks } from './api/use-index-blocks';
import { EmptyState } from './EmptyState';
import { handleViewKey } from './grid-keys';
import { TYPE_GLYPH } from './material-types';
import type { VirtualViewProps } from './virtual-view-props';
import { ItemName } from '../../components/ItemName';

const TILE_WIDTH = 168;
const ROW_HEIGHT = 196;

type VirtualGridProps = VirtualViewProps;

/** Every match as tiles in one scroll: rows of tiles are virtualized, tiles load in blocks from the index. */
export function VirtualGrid(props: VirtualGridProps) {
  const t = useT();
  const { total, row } = useIndexBlocks(props.accountId, props.params);
  const scrollRef = useRef<HTMLDivElement>(null);
  const [columns, setColumns] = useState(4);
  const [focus, setFocus] = useState(0);
  // Focus stays on the scroller; the focused option is announced through aria-activedescendant.
  const optionId = useId();
  useEffect(() => {
    const el = scrollRef.current;
    if (!el || typeof ResizeObserver === 'undefined') return undefined;
    const ro = new ResizeObserver(() => setColumns(Math.max(1, Math.floor(el.clientWidth / TILE_WIDTH))));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  const count = total ?? 0;
  // The virtualizer returns fresh functions each render by design; this component does not rely on memoising them.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: Math.ceil(count / columns),
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 3,
  });

  if (total === 0) return <EmptyState kind={props.params.kind} filtered={props.filtered} />;
  const rows = virtualizer.getVirtualItems();
  const visibleIds: string[] = [];
  for (const r of rows) {
    for (let c = 0; c < columns; c++) visibleIds.push(row(r.index * columns + c)?.mediaId ?? '');
  }

  const focusedShown = rows.some((r) => Math.floor(focus / columns) === r.index);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) =>
    handleViewKey(e, {
      focus,
      count: count,
      columns: columns,
      item: row(focus),
      setFocus,
      scrollTo: (i) => virtualizer.scrollToIndex(Math.floor(i / columns)),
      onOpen: props.onOpen,
      onToggle: props.onToggle,
    });

  return (
    <div
      ref={scrollRef}
      className="vgrid"
      data-testid="material-vgrid"
      role="listbox"
      aria-multiselectable="true"
      aria-label={t('tabs.label')}
      aria-activedescendant={focusedShown ? `${optionId}-${focus}` : undefined}
      tabIndex={0}
      onKeyDown={onKeyDown}
    >
      <div className="vlist-inner" style={{ height: virtualizer.getTotalSize() }}>
        {rows.map((r) => (
          <div key={r.key} className="vgrid-row" style={{ transform: `translateY(${r.start}px)`, height: ROW_HEIGHT }}>
            {Array.from({ length: columns }, (_, c) => {
              const index = r.index * columns + c;
              if (index >= count) return null;
              const item = row(index);
              return (
                <Tile
                  key={index}
                  id={`${optionId}-${index}`}
                  position={index + 1}
                  setSize={count}
                  accountId={props.accountId}
                  item={item}
                  showImage={!virtualizer.isScrolling || (item !== undefined && shownThumbs.has(item.mediaId))}
                  selected={item ? props.selected.has(item.mediaId) : false}
                  focused={index === focus}
                  untitled={t('card.untitled')}
                  onClick={(e) => {
                    setFocus(index);
                    if (item) props.onSelect(item, e, visibleIds);
                  }}
                  onOpen={props.onOpenByDoubleClick}
                />
              );
            })}
          </div>
        ))}
      </div>
    </div>
  );
}

/**
 * Thumbnails already shown once. While the grid scrolls fast, tiles that newly come into view show
 * their type glyph and load their picture when scrolling pauses: fetching and decoding dozens of
 * images per frame is what made fast scrolling stutter, and most of them are gone a frame later.
 */
const shownThumbs = new Set<string>();

interface TileProps {
  id: string;
  /** 1-based place among all matches, and their count: only some options exist in the DOM. */
  position: number;
  setSize: number;
  accountId: string;
  item: LibraryItem | undefined;
  showImage: boolean;
  selected: boolean;
  focused: boolean;
  untitled: string;
  onClick: (e: MouseEvent) => void;
  onOpen: (item: LibraryItem) => void;
}

/** One tile; memoised on its data so scrolling renders only tiles that came into view. */
const Tile = memo(
  function Tile(props: TileProps) {
    const { accountId, item, showImage, selected, focused, untitled, onClick, onOpen } = props;
    const image = Boolean(item?.hasThumb && showImage);
    if (image && item) shownThumbs.add(item.mediaId);
    return (
      <div
        className={`tile${selected ? ' tile--selected' : ''}${focused ? ' tile--focus' : ''}`}
        data-testid="grid-tile"
        data-media-id={item?.mediaId}
        id={props.id}
        role="option"
        aria-selected={selected}
        aria-posinset={props.position}
        aria-setsize={props.setSize}
        onClick={onClick}
        onDoubleClick={() => item && onOpen(item)}
      >
        <div className="tile-thumb">
          {image && item ? (
            <img src={thumbUrl(accountId, item.mediaId)} alt="" loading="lazy" decoding="async" draggable={false} />
          ) : (
            <span className="type-glyph" aria-hidden="true">
              {item ? TYPE_GLYPH[item.kind] : ''}
            </span>
          )}
        </div>
        <ItemName className="tile-name" name={item ? item.name || untitled : ''} />
      </div>
    );
  },
  (a, b) =>
    a.item === b.item &&
    a.id === b.id &&
    a.setSize === b.setSize &&
    a.showImage === b.showImage &&
    a.selected === b.selected &&
    a.focused === b.focused &&
    a.untitled === b.untitled,
);
