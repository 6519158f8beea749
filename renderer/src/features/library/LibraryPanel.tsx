/** The tab panel: a page of cards with the pager, or every match in the virtualized grid or list. */
import type { LibraryItem } from '@shared/features/library.channels';
import { PAGE_SIZE } from './api/use-library';
import { LoadError } from './EmptyState';
import { LIBRARY_PANEL_ID } from './library-focus';
import { MaterialGrid, type GridFocusRequest } from './MaterialGrid';
import { Pager } from './Pager';
import type { useCurrentPage } from './use-current-page';
import type { ItemSelection } from './use-item-selection';
import type { LibraryFilters } from './use-library-filters';
import { VirtualGrid } from './VirtualGrid';
import { VirtualList } from './VirtualList';

interface LibraryPanelProps {
  accountId: string;
  nav: LibraryFilters;
  current: ReturnType<typeof useCurrentPage>;
  selection: ItemSelection;
  syncing: boolean;
  /** The item a single download is working on. */
  downloading: string | null;
  onOpen: (item: LibraryItem) => void;
  onOpenByDoubleClick: (item: LibraryItem) => void;
  onDelete: (item: LibraryItem) => void;
  onDownload: (item: LibraryItem) => void;
  onDeleteKey: (item: LibraryItem) => void;
  /** Paging with the pager: the grid then takes focus on its first card. */
  onPage: (page: number) => void;
  focusRequest: GridFocusRequest | undefined;
}

export function LibraryPanel(props: LibraryPanelProps) {
  const { accountId, nav, current, selection } = props;
  const { items, data } = current;
  const virtualProps = {
    accountId,
    params: nav.filter,
    filtered: nav.filtered,
    selected: selection.selected,
    onSelect: selection.onSelect,
    onOpen: props.onOpen,
    onOpenByDoubleClick: props.onOpenByDoubleClick,
    onToggle: selection.onToggle,
  };
  return (
    <div
      className="library-panel"
      id={LIBRARY_PANEL_ID}
      role="tabpanel"
      aria-labelledby={`tab-${nav.kind}`}
      tabIndex={-1}
    >
      {!data && current.error ? (
        <LoadError onRetry={current.retry} />
      ) : nav.view === 'list' ? (
        <VirtualList {...virtualProps} />
      ) : nav.view === 'grid' ? (
        <VirtualGrid {...virtualProps} />
      ) : (
        <>
          <MaterialGrid
            accountId={accountId}
            kind={nav.kind}
            // An empty index that is still syncing shows skeletons, not "no material yet".
            items={props.syncing && items?.length === 0 ? undefined : items}
            filtered={nav.filtered}
            stale={current.stale}
            selected={selection.selected}
            downloading={props.downloading}
            onSelect={selection.onSelect}
            onOpen={props.onOpen}
            onOpenByDoubleClick={props.onOpenByDoubleClick}
            onToggle={selection.onToggle}
            onDelete={props.onDelete}
            onDownload={props.onDownload}
            onDeleteKey={props.onDeleteKey}
            onSelectPage={selection.selectAll}
            focusRequest={props.focusRequest}
          />
          {data && data.total > 0 && (
            <Pager page={nav.page} pageSize={PAGE_SIZE} total={data.total} onPage={props.onPage} />
          )}
        </>
      )}
    </div>
  );
}
