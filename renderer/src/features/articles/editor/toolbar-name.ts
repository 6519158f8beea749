/**
 * The accessible name of a toolbar button: its description, plus the visible glyph when that is a word
 * or letters ("H1", "B"), so what a person sees is part of what a screen reader or voice control hears.
 */
export function toolbarName(label: string, short: string): string {
  if (label.toLowerCase().includes(short.toLowerCase()) || !/[\p{L}\p{N}]/u.test(short)) return label;
  return `${label} ${short}`;
}
