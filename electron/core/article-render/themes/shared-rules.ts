/**
 * Rules shared by every theme. ALIGN_RULES come last, so alignment markers (`wx-al-*`) win over a theme's
 * own `text-align` and a failed formula's colour over the theme's inline code. STRUCTURE_RULES come first
 * (a theme may refine them) and style what the renderer adds around links, tables, task items and formulas
 * (../footnote-links.ts, ../table-scroll.ts, ../task-items.ts, ../math-formulas.ts).
 */
export const ALIGN_RULES = `
.wx-al-center { text-align: center; }
.wx-al-right { text-align: right; }
.wx-al-justify { text-align: justify; }
.wx-math-error { color: #b31d28; }
`;

export const STRUCTURE_RULES = `
.wx-table-scroll { margin: 0 0 1em; overflow-x: auto; }
.wx-table { border-collapse: collapse; border-spacing: 0; min-width: 100%; font-size: 14px; line-height: 1.6; }
.wx-task { list-style-type: none; }
.wx-task-box { margin-right: 0.4em; }
.wx-math-block { margin: 0 0 1em; overflow-x: auto; text-align: center; }
.wx-fn-ref { font-size: 12px; line-height: 0; vertical-align: super; }
.wx-fn-list { margin: 2em 0 1em; }
.wx-fn-item { margin: 0 0 0.4em; font-size: 13px; line-height: 1.6; word-break: break-all; }
`;
