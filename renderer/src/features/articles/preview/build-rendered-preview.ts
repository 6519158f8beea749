/**
 * The phone preview of the core's rendered article (articles:render: inline styles, highlighted code,
 * formulas as SVG). The window's CSP forbids style attributes in parsed HTML, so they are renamed before
 * parsing (output/wx-styles.ts renameStyleAttrs) and applied through CSSOM, as build-preview.ts does with
 * the marker classes; pictures go through the /artimg/ route and links follow output/article-links.ts.
 */
import createDOMPurify from 'dompurify';
import { articleImageUrl } from '../editor/asset-url';
import { neutralizeLinks } from '../output/article-links';
import { renameStyleAttrs } from '../output/wx-styles';

export function buildRenderedPreview(
  wechatHtml: string,
  accountId: string,
  target: Document = document,
): DocumentFragment {
  const purify = createDOMPurify(window);
  // Our own core's output, but still HTML entering the window: nothing but markup and SVG survives.
  const clean = purify.sanitize(renameStyleAttrs(wechatHtml), {
    USE_PROFILES: { html: true, svg: true },
    ADD_ATTR: ['data-wxstyle'],
    ADD_URI_SAFE_ATTR: ['data-wxstyle'],
  });
  const parsed = new DOMParser().parseFromString(`<body>${clean}</body>`, 'text/html');
  for (const img of Array.from(parsed.body.querySelectorAll('img'))) {
    // Moved aside so the imported copy does not start loading the remote URL.
    img.setAttribute('data-psrc', img.getAttribute('src') ?? '');
    img.removeAttribute('src');
  }
  const fragment = target.createDocumentFragment();
  for (const node of Array.from(parsed.body.childNodes)) fragment.append(target.importNode(node, true));
  for (const el of Array.from(fragment.querySelectorAll<HTMLElement | SVGElement>('[data-wxstyle]'))) {
    el.style.cssText = el.getAttribute('data-wxstyle') ?? '';
    el.removeAttribute('data-wxstyle');
  }
  neutralizeLinks(fragment);
  for (const img of Array.from(fragment.querySelectorAll<HTMLImageElement>('img[data-psrc]'))) {
    const src = img.getAttribute('data-psrc') ?? '';
    img.removeAttribute('data-psrc');
    if (/^https?:\/\//.test(src)) img.src = articleImageUrl(accountId, src);
  }
  return fragment;
}
