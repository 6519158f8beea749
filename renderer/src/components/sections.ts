export const SECTIONS = ['library', 'uploads', 'articles'] as const;
export type Section = (typeof SECTIONS)[number];
