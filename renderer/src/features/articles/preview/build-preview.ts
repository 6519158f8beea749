/**
 * Renders the article for the phone preview under the window's strict CSP: the HTML is the sanitized
 * marker-class form (no style attributes to refuse), the same styles as the WeChat HTML are applied
 * through CSSOM, images go through the /artimg/ route, and links follow output/article-links.ts. No iframe,
 * nothing executes.
 */
import { articleImageUrl } from '../editor/asset-url';
import { neutralizeLinks } from '../output/article-links';
import { styleForTokens } from '../output/wx-styles';

export function buildPreview(markedHtml: string, accountId: string, target: Document = document): DocumentFragment {
  const parsed = new DOMParser().parseFromString(`<body>${markedHtml}</body>`, 'text/html');
  for (const img of Array.from(parsed.body.querySelectorAll('img'))) {
    // Moved aside so the imported copy does not start loading the remote URL.
    img.setAttribute('data-psrc', img.getAttribute('src') ?? '');
    img.removeAttribute('src');
  }
  const fragment = target.createDocumentFragment();
  for (const node of Array.from(parsed.body.childNodes)) fragment.append(target.importNode(node, true));
  for (const el of Array.from(fragment.querySelectorAll<HTMLElement>('[class]'))) {
    el.style.cssText = styleForTokens(Array.from(el.classList));
    el.removeAttribute('class');
  }
  // Only absolute http(s) links stay links (opening outside the app); relative and app: links become text.
  neutralizeLinks(fragment);
  for (const img of Array.from(fragment.querySelectorAll<HTMLImageElement>('img[data-psrc]'))) {
    const src = img.getAttribute('data-psrc') ?? '';
    img.removeAttribute('data-psrc');
    if (/^https?:\/\//.test(src)) img.src = articleImageUrl(accountId, src);
  }
  return fragment;
}
