/**
 * Does pasted plain text look like Markdown? A small heuristic that only decides whether to ASK
 * (粘贴为 Markdown / 粘贴为纯文本): a heading, a list, a fence, a table, a quote, a link or image, or
 * emphasis/code spans. Plain prose (even with a stray "*" or "#1") does not trigger it.
 */
const BLOCK_SIGNS = [
  /^#{1,6}\s+\S/m, // heading
  /^```/m, // fence
  /^\s{0,3}(?:[-*+]|\d{1,3}[.)])\s+\S.*\n\s{0,3}(?:[-*+]|\d{1,3}[.)])\s+\S/m, // two list items in a row
  /^\s{0,3}[-*+]\s+\[[ xX]\]\s/m, // task item
  /^\|.*\|\s*\n\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/m, // table with its rule line
  /^>\s+\S/m, // quote
  /^\$\$\s*$/m, // display math
];

const INLINE_SIGNS = [
  /!?\[[^\]\n]+\]\((?:https?:\/\/|\.{0,2}\/|[\w-]+\.)[^)\s]*\)/, // link or image
  /\*\*[^*\n]+\*\*/, // bold
  /`[^`\n]+`/, // code span
];

export function looksLikeMarkdown(text: string): boolean {
  if (text.length < 4 || !/\S/.test(text)) return false;
  if (BLOCK_SIGNS.some((re) => re.test(text))) return true;
  // Inline signs alone must come twice (one "**" in prose is not enough to ask).
  return INLINE_SIGNS.reduce((n, re) => n + (text.match(new RegExp(re.source, 'g'))?.length ?? 0), 0) >= 2;
}
