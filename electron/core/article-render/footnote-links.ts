/**
 * WeChat articles keep links to mp.weixin.qq.com only (other hosts are not clickable for readers), so
 * every other link becomes its text with a numbered `[n]` and a 参考链接 list at the end, as wenyan and
 * doocs/md do. The same URL keeps its first number. Links without a usable address lose only the link.
 */
import type { ArticleDom } from './parse-html';

/** The list's heading: article content for Chinese readers, whatever the UI language. */
export const FOOTNOTES_TITLE = '参考链接';

/** Links WeChat keeps: articles and pages on mp.weixin.qq.com. */
export function isWeChatLink(href: string): boolean {
  try {
    const url = new URL(href);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname === 'mp.weixin.qq.com';
  } catch {
    return false;
  }
}

/** http(s) and mailto addresses are worth listing; anchors, relative and script URLs are not. */
function listableUrl(href: string): string | null {
  try {
    const url = new URL(href);
    return ['https:', 'http:', 'mailto:'].includes(url.protocol) ? href : null;
  } catch {
    return null;
  }
}

/** Returns how many footnotes the list has. */
export function footnoteLinks($: ArticleDom): number {
  const numbers = new Map<string, number>();
  const notes: { url: string; text: string }[] = [];
  $('a').each((_, el) => {
    const a = $(el);
    const href = (a.attr('href') ?? '').trim();
    if (isWeChatLink(href)) return;
    const url = listableUrl(href);
    const inner = a.html() ?? '';
    if (!url) {
      a.replaceWith(inner);
      return;
    }
    let n = numbers.get(url);
    if (n === undefined) {
      n = notes.length + 1;
      numbers.set(url, n);
      notes.push({ url, text: a.text().trim() });
    }
    a.replaceWith(`<span class="wx-a">${inner}</span><sup class="wx-fn-ref">[${n}]</sup>`);
  });
  if (notes.length === 0) return 0;
  const list = $('<section class="wx-fn-list"></section>');
  list.append($('<p class="wx-fn-title"></p>').text(FOOTNOTES_TITLE));
  for (const [i, note] of notes.entries()) {
    const label = note.text && note.text !== note.url ? `${note.text}: ${note.url}` : note.url;
    list.append($('<p class="wx-fn-item"></p>').text(`[${i + 1}] ${label}`));
  }
  $.root().append(list);
  return notes.length;
}
