/**
 * The text of article HTML as WeChat's 20,000-字 limit counts it (docs/article-rendering.md § Limits):
 * what a reader sees, not the markup. Themed HTML carries inline styles, highlighted code and SVG
 * formulas, often four times its text; counting markup would refuse most themed articles, while
 * publishers that post such HTML through draft/add (wenyan) meet 45166 only for image posts. The 1 MB
 * limit is on the HTML bytes and still guards the markup. Pure string code: the core, the renderer and
 * the emulator count the same way.
 */

const NAMED: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[name.toLowerCase()] ?? whole;
  });
}

/** Visible text of `html`: no tags, no script/style/svg contents, entities decoded, whitespace runs as one space. */
export function articleText(html: string): string {
  const withoutHidden = html.replace(/<(script|style|svg)\b[\s\S]*?<\/\1\s*>/gi, ' ');
  const text = decodeEntities(withoutHidden.replace(/<[^>]*>/g, ' '));
  return text.replace(/\s+/g, ' ').trim();
}

/** Code points of the visible text: the number WeChat's "少于 2 万字符" is compared with. */
export function articleTextChars(html: string): number {
  return Array.from(articleText(html)).length;
}
