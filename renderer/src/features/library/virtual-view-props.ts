import type { MouseEvent } from 'react';
import type { LibraryItem } from '@shared/features/library.channels';
import type { IndexFilter } from './api/use-library-index';

/** What the virtualized grid and list both take: the query, the selection and the item actions. */
export interface VirtualViewProps {
  accountId: string;
  params: IndexFilter;
  filtered: boolean;
  selected: ReadonlySet<string>;
  onSelect: (item: LibraryItem, e: MouseEvent, visibleIds: string[]) => void;
  onOpen: (item: LibraryItem) => void;
  /** A double-click: opens the preview and leaves the selection as it was before the first click. */
  onOpenByDoubleClick: (item: LibraryItem) => void;
  onToggle: (item: LibraryItem) => void;
}
