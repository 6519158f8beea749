/** What the library shows: the kind tab, the filters, the page and the view mode (paging/filter state only). */
import { useMemo, useState } from 'react';
import type { LibraryKind } from '@shared/features/library.channels';
import type { IndexFilter } from './api/use-library-index';
import { dayToUnix, type Filters, type ViewMode } from './filters';

const NO_FILTERS: Filters = { text: '', from: '', to: '', sort: 'date-desc' };

export function useLibraryFilters() {
  const [kind, setKind] = useState<LibraryKind>('image');
  const [page, setPage] = useState(0);
  const [filters, setFiltersState] = useState<Filters>(NO_FILTERS);
  const [view, setView] = useState<ViewMode>('pages');

  const filter: IndexFilter = useMemo(
    () => ({
      kind,
      text: filters.text,
      from: dayToUnix(filters.from, false),
      to: dayToUnix(filters.to, true),
      sort: filters.sort,
    }),
    [kind, filters],
  );

  return {
    kind,
    page,
    filters,
    view,
    /** The index query of the current tab and filters (paging aside). */
    filter,
    filtered: filters.text.trim() !== '' || filters.from !== '' || filters.to !== '',
    setPage,
    setView,
    /** New filters start again from the first page. */
    setFilters: (f: Filters) => {
      setFiltersState(f);
      setPage(0);
    },
    /** Returns false when `next` is already the active kind. */
    changeKind: (next: LibraryKind): boolean => {
      if (next === kind) return false;
      setKind(next);
      setPage(0);
      return true;
    },
  };
}

export type LibraryFilters = ReturnType<typeof useLibraryFilters>;
