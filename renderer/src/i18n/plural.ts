/**
 * Plural forms inside a message, in the ICU MessageFormat spelling so translators know it:
 * `{n, plural, one {# item} other {# items}}`. The branch is chosen with `Intl.PluralRules` of the
 * app language (not the system locale); `#` is the number in the language's digits grouping, and `{name}` placeholders inside a branch
 * are filled afterwards by `format()` in ./index.ts. Chinese has only `other`, so zh-CN messages just
 * write `{n} 项` and never need this.
 */

const rulesCache = new Map<string, Intl.PluralRules>();
const numberCache = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string): Intl.NumberFormat {
  let nf = numberCache.get(locale);
  if (!nf) {
    nf = new Intl.NumberFormat(locale);
    numberCache.set(locale, nf);
  }
  return nf;
}

function pluralRules(locale: string): Intl.PluralRules {
  let rules = rulesCache.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    rulesCache.set(locale, rules);
  }
  return rules;
}

/** Index just past the `}` that closes the `{` at `open`, or -1 when unbalanced. */
function closingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i + 1;
  }
  return -1;
}

/** `one {…} other {…}` → { one: '…', other: '…' }; null when malformed. */
export function parsePluralOptions(body: string): Record<string, string> | null {
  const options: Record<string, string> = {};
  let rest = body.trim();
  while (rest) {
    const m = /^(=\d+|zero|one|two|few|many|other)\s*\{/.exec(rest);
    if (!m) return null;
    const open = m[0].length - 1;
    const end = closingBrace(rest, open);
    if (end < 0) return null;
    options[m[1]] = rest.slice(open + 1, end - 1);
    rest = rest.slice(end).trim();
  }
  return 'other' in options ? options : null;
}

const PLURAL_START = /\{(\w+),\s*plural,/g;

/** Replaces every plural block of `template` with the branch `vars[name]` selects in `locale`. */
export function selectPlurals(template: string, vars: Record<string, string | number>, locale: string): string {
  let out = '';
  let from = 0;
  PLURAL_START.lastIndex = 0;
  for (let m = PLURAL_START.exec(template); m; m = PLURAL_START.exec(template)) {
    const end = closingBrace(template, m.index);
    const options = end < 0 ? null : parsePluralOptions(template.slice(m.index + m[0].length, end - 1));
    const value = vars[m[1]];
    // A caller may pass the count already formatted ("1,200"): select on its digits, print it as given.
    const n = typeof value === 'number' ? value : Number(String(value).replace(/[^\d.-]/g, ''));
    if (!options || value === undefined || value === '' || !Number.isFinite(n)) continue;
    const branch = options[`=${n}`] ?? options[pluralRules(locale).select(n)] ?? options.other;
    const shown = typeof value === 'number' ? numberFormat(locale).format(value) : value;
    out += template.slice(from, m.index) + branch.replace(/#/g, shown);
    from = end;
    PLURAL_START.lastIndex = end;
  }
  return out + template.slice(from);
}

/** True when every plural block in `template` parses and has an `other` branch (the catalogue test uses it). */
export function pluralBlocksValid(template: string): boolean {
  PLURAL_START.lastIndex = 0;
  for (let m = PLURAL_START.exec(template); m; m = PLURAL_START.exec(template)) {
    const end = closingBrace(template, m.index);
    if (end < 0 || !parsePluralOptions(template.slice(m.index + m[0].length, end - 1))) return false;
    PLURAL_START.lastIndex = end;
  }
  return true;
}
