import DOMPurify from 'dompurify';
import { neutralizeLinks } from '../articles/output/article-links';

const FORBID_TAGS = [
  'img',
  'style',
  'script',
  'iframe',
  'video',
  'audio',
  'source',
  'link',
  'svg',
  'form',
  'object',
  'embed',
];
const FORBID_ATTR = ['style', 'src', 'srcset', 'background', 'poster'];

/**
 * An article body made safe to show: no scripts, no inline styles (our CSP forbids them and would
 * report every one) and no remote pictures or media (mmbiz URLs are blocked by CSP and hotlink-protected).
 * DOMPurify does the work in browsers; a second pass over a <template> enforces the same rules by
 * itself, so the result never depends on one library behaving (happy-dom, for one, defeats DOMPurify).
 */
export function safeArticleHtml(html: string): string {
  const purified = DOMPurify.sanitize(html, { FORBID_TAGS, FORBID_ATTR });
  const template = document.createElement('template');
  template.innerHTML = purified;
  for (const el of Array.from(template.content.querySelectorAll('*'))) {
    if (FORBID_TAGS.includes(el.tagName.toLowerCase())) {
      el.remove();
      continue;
    }
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      const scriptUrl =
        (name === 'href' || name === 'xlink:href') && /^\s*(javascript|data|vbscript):/i.test(attr.value);
      if (name.startsWith('on') || FORBID_ATTR.includes(name) || scriptUrl) el.removeAttribute(attr.name);
    }
  }
  // The shared article link policy: relative and app: links (which would open our own routes) become text.
  neutralizeLinks(template.content);
  return template.innerHTML;
}
