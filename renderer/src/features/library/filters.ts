import type { LibrarySort } from './api/use-library-index';

/** Pages of 20 cards, or every match in one virtualized scroll (tiles or rows). */
export type ViewMode = 'pages' | 'grid' | 'list';

export interface Filters {
  text: string;
  /** yyyy-mm-dd (DateField.tsx normalises what is typed), or ''. */
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

/**
 * What a person types into a date field → yyyy-mm-dd, '' for an empty field, or null when it is not
 * a real date. Takes 2024-03-05, 2024-3-5, 2024/3/5, 2024.3.5 and 20240305.
 */
export function parseDay(text: string): string | null {
  const s = text.trim();
  if (s === '') return '';
  const m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(y, mo - 1, d);
  if (date.getFullYear() !== y || date.getMonth() !== mo - 1 || date.getDate() !== d) return null;
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
