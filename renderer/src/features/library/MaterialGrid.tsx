import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import type { FocusEvent, KeyboardEvent } from 'react';
import type { LibraryItem, LibraryKind } from '@shared/features/library.channels';
import { useT } from '../../i18n';
import { MaterialCard, type CardHandlers } from './MaterialCard';
import { cardWidgets, gridColumns, moveAmongWidgets, moveFocus } from './grid-keys';
import { EmptyState } from './EmptyState';

/** Asks the grid to move focus to its first card (after paging) or back to its current one (after a delete). */
export interface GridFocusRequest {
  seq: number;
  at: 'first' | 'current';
}

interface MaterialGridProps extends CardHandlers {
  accountId: string;
  kind: LibraryKind;
  items: LibraryItem[] | undefined;
  filtered: boolean;
  /** Items of the previous page, shown dimmed while the requested page loads. */
  stale?: boolean;
  selected: ReadonlySet<string>;
  downloading: string | null;
  /** Delete pressed on a card (`item` is the focused one). */
  onDeleteKey: (item: LibraryItem) => void;
  /** Ctrl/⌘+A: every card of this page. */
  onSelectPage: (ids: string[]) => void;
  focusRequest?: GridFocusRequest;
}

const SKELETONS = Array.from({ length: 8 }, (_, i) => i);

function cellOf(grid: HTMLElement | null, index: number): HTMLElement | null | undefined {
  return grid?.querySelector<HTMLElement>(`[role="gridcell"][data-index="${index}"]`);
}

function chunk<T>(list: readonly T[], size: number): T[][] {
  const rows: T[][] = [];
  for (let i = 0; i < list.length; i += size) rows.push(list.slice(i, i + size));
  return rows;
}

/**
 * One page of cards as an ARIA grid (rows follow the CSS grid's columns) with a roving tabindex: the
 * grid is one Tab stop; arrows, Home/End and PageUp/PageDown move, Enter previews, Space toggles the
 * selection, Delete asks to delete, Ctrl+A selects the page, F2 moves into the card's controls
 * (arrows among them, Escape back to the card).
 */
export function MaterialGrid(props: MaterialGridProps) {
  const { accountId, kind, items, stale, selected, downloading, focusRequest } = props;
  const t = useT();
  const hintId = useId();
  const gridRef = useRef<HTMLDivElement>(null);
  const [focus, setFocus] = useState(0);
  const [columns, setColumns] = useState(1);
  // Whether focus was last inside the grid: a focused card that disappears (deleted, re-chunked
  // into another row) hands focus to its neighbour instead of dropping it on <body>.
  const focusInside = useRef(false);
  const handledRequest = useRef(0);
  const count = items?.length ?? 0;
  const current = Math.max(0, Math.min(focus, count - 1));

  const hasGrid = count > 0;
  useLayoutEffect(() => {
    const grid = gridRef.current;
    if (!grid) return undefined;
    const measure = () => setColumns(gridColumns(grid));
    measure();
    if (typeof ResizeObserver === 'undefined') return undefined;
    const ro = new ResizeObserver(measure);
    ro.observe(grid);
    return () => ro.disconnect();
  }, [hasGrid]);

  useEffect(() => {
    if (!focusRequest || focusRequest.seq === handledRequest.current || stale || count === 0) return;
    handledRequest.current = focusRequest.seq;
    const index = focusRequest.at === 'first' ? 0 : current;
    setFocus(index);
    // Back to the top of the grid (its scroll-margin clears the sticky header), then focus without a second scroll.
    if (focusRequest.at === 'first') gridRef.current?.scrollIntoView?.({ block: 'start' });
    cellOf(gridRef.current, index)?.focus({ preventScroll: focusRequest.at === 'first' });
  }, [focusRequest, stale, count, current]);

  useEffect(() => {
    const active = document.activeElement;
    if (!focusInside.current || count === 0 || (active && active !== document.body)) return;
    cellOf(gridRef.current, current)?.focus();
  }, [items, columns, count, current]);

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

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const target = e.target as HTMLElement;
    const cell = target.closest<HTMLElement>('[role="gridcell"]');
    if (!cell) return;
    if (target !== cell) {
      // A control inside a card (reached with F2): arrows move among the card's controls, Escape goes back.
      if (moveAmongWidgets(e.key, cell, target)) {
        e.preventDefault();
        e.stopPropagation();
      }
      return;
    }
    const item = items[current];
    if (!item) return;
    const next = moveFocus(e.key, current, items.length, columns);
    if (next !== null) {
      e.preventDefault();
      setFocus(next);
      cellOf(gridRef.current, next)?.focus();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      props.onOpen(item);
    } else if (e.key === ' ') {
      e.preventDefault();
      props.onToggle(item);
    } else if (e.key === 'Delete') {
      e.preventDefault();
      props.onDeleteKey(item);
    } else if (e.key === 'F2' || e.key === 'ContextMenu' || (e.shiftKey && e.key === 'F10')) {
      e.preventDefault();
      (cell.querySelector<HTMLElement>('[role="toolbar"] button:not([disabled])') ?? cardWidgets(cell)[0])?.focus();
    } else if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'a') {
      e.preventDefault();
      props.onSelectPage(items.map((i) => i.mediaId));
    }
  };

  const onBlur = (e: FocusEvent<HTMLDivElement>) => {
    const to = e.relatedTarget as Node | null;
    const from = e.target;
    if (to) focusInside.current = gridRef.current?.contains(to) ?? false;
    // Focus went nowhere: a card removed under it keeps the grid's claim; a click on the page drops it.
    else
      setTimeout(() => {
        if (from.isConnected && document.activeElement !== from) focusInside.current = false;
      });
  };

  return (
    <>
      <div
        ref={gridRef}
        className={stale ? 'grid grid--stale' : 'grid'}
        data-testid="material-grid"
        role="grid"
        aria-multiselectable="true"
        aria-label={t('tabs.label')}
        aria-describedby={hintId}
        aria-busy={stale || undefined}
        onKeyDown={onKeyDown}
        onFocus={() => (focusInside.current = true)}
        onBlur={onBlur}
      >
        {chunk(items, columns).map((row, r) => (
          <div key={r} role="row" className="grid-row">
            {row.map((item, c) => {
              const i = r * columns + c;
              return (
                <MaterialCard
                  key={item.mediaId}
                  accountId={accountId}
                  item={item}
                  index={i}
                  selected={selected.has(item.mediaId)}
                  focused={i === current}
                  downloading={downloading === item.mediaId}
                  onFocusCard={setFocus}
                  onSelect={props.onSelect}
                  onToggle={props.onToggle}
                  onOpen={props.onOpen}
                  onOpenByDoubleClick={props.onOpenByDoubleClick}
                  onDelete={props.onDelete}
                  onDownload={props.onDownload}
                />
              );
            })}
          </div>
        ))}
      </div>
      <p id={hintId} className="grid-hint sr-only">
        {t('library.gridHint')}
      </p>
    </>
  );
}
