/**
 * WeChat article styles, keyed by marker classes (`wx-p`, `wx-al-center`, `wx-c-d0021b`…). The output is
 * rendered with these markers, sanitized, and only then are the markers turned into inline styles: so
 * nothing in the window ever parses HTML carrying style attributes (the CSP reports those), and the
 * preview applies exactly the same styles through CSSOM.
 */
export const BLOCK_STYLE: Record<string, string> = {
  p: 'margin: 0 0 1em; line-height: 1.75; font-size: 16px; color: #333333',
  h1: 'margin: 1.2em 0 0.6em; font-size: 22px; font-weight: bold; line-height: 1.4',
  h2: 'margin: 1.2em 0 0.6em; font-size: 20px; font-weight: bold; line-height: 1.4',
  h3: 'margin: 1em 0 0.5em; font-size: 18px; font-weight: bold; line-height: 1.4',
  quote: 'margin: 0 0 1em; padding-left: 1em; border-left: 3px solid #dbdbdb; color: #888888',
  ul: 'margin: 0 0 1em; padding-left: 1.5em; list-style-type: disc',
  ol: 'margin: 0 0 1em; padding-left: 1.5em; list-style-type: decimal',
  li: 'margin-bottom: 0.3em; line-height: 1.75',
  hr: 'border: 0; border-top: 1px solid #e5e5e5; margin: 1.5em 0',
  img: 'max-width: 100%; height: auto; display: block; margin: 0 auto 1em',
  a: 'color: #576b95; text-decoration: none',
};

const ALIGNS = new Set(['center', 'right', 'justify']);

/** `#rgb`, `#rrggbb` or `rgb(r, g, b)` → lower-case `#rrggbb`, or null. */
export function normalizeColor(raw: string): string | null {
  const s = raw.trim().toLowerCase();
  let m = /^#([0-9a-f]{3})$/.exec(s);
  if (m?.[1]) return `#${[...m[1]].map((c) => c + c).join('')}`;
  m = /^#([0-9a-f]{6})$/.exec(s);
  if (m?.[1]) return `#${m[1]}`;
  const rgb = /^rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*(?:,\s*[\d.]+\s*)?\)$/.exec(s);
  if (rgb) {
    const parts = rgb.slice(1, 4).map((n) => Math.min(255, Number(n)).toString(16).padStart(2, '0'));
    return `#${parts.join('')}`;
  }
  return null;
}

/** The marker classes' inline style, or '' for tokens that are not ours. */
export function styleForTokens(tokens: readonly string[]): string {
  const out: string[] = [];
  for (const token of tokens) {
    if (!token.startsWith('wx-')) continue;
    const name = token.slice(3);
    const al = /^al-(\w+)$/.exec(name);
    const color = /^c-([0-9a-f]{6})$/.exec(name);
    if (al?.[1] && ALIGNS.has(al[1])) out.push(`text-align: ${al[1]}`);
    else if (color?.[1]) out.push(`color: #${color[1]}`);
    else if (BLOCK_STYLE[name]) out.push(BLOCK_STYLE[name]);
  }
  return out.join('; ');
}

/** Only our marker tokens survive sanitizing. */
export function isMarkerToken(token: string): boolean {
  return /^wx-(p|h[1-3]|quote|ul|ol|li|hr|img|a|al-(center|right|justify)|c-[0-9a-f]{6}|table|th|td|pre|code|codespan|task|math|math-block)$/.test(
    token,
  );
}

/** Turns marker classes into inline styles in sanitized HTML (markers are always the first attribute). */
export function inlineMarkerStyles(html: string): string {
  return html.replace(/<([a-z][a-z0-9]*) class="([^"]*)"/g, (_, tag: string, cls: string) => {
    const style = styleForTokens(cls.split(/\s+/));
    return style ? `<${tag} style="${style}"` : `<${tag}`;
  });
}

/**
 * Style attributes in incoming HTML (opened drafts, legacy 图文, pastes) renamed to `data-wxstyle` before
 * anything parses it, so parsing reports no CSP violation; the editor schema reads colour and alignment
 * from there.
 */
export function renameStyleAttrs(html: string): string {
  return html.replace(/(<[a-z][a-z0-9:-]*\b[^<>]*?\s)style(\s*=)/gi, '$1data-wxstyle$2');
}

/** One declaration's value in a style string (`color` does not match `background-color`). */
export function styleValue(style: string, prop: string): string | null {
  const m = new RegExp(`(?:^|;)\\s*${prop}\\s*:\\s*([^;]+)`, 'i').exec(style);
  return m?.[1]?.trim() ?? null;
}
