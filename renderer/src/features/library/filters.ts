import type { LibrarySort } from './api/use-library-index';

/** Pages of 20 cards, or every match in one virtualized scroll (tiles or rows). */
export type ViewMode = 'pages' | 'grid' | 'list';

export interface Filters {
  text: string;
  /** yyyy-mm-dd from <input type=date>, or ''. */
  from: string;
  to: string;
  sort: LibrarySort;
}

/** Local date (yyyy-mm-dd) → Unix seconds at the start (or end) of that day. */
export function dayToUnix(day: string, endOfDay: boolean): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = endOfDay ? new Date(y, m - 1, d, 23, 59, 59) : new Date(y, m - 1, d);
  return Math.floor(date.getTime() / 1000);
}
