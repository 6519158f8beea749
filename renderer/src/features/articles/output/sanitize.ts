/**
 * DOMPurify passes. `sanitizeMarked` is the last line of defence for article HTML: WeChat's allowed
 * tags, http(s)/mailto links only, images only from uploadimg hosts, and no attribute but our marker
 * classes, href, src, alt and title. `cleanPastedHtml` tidies Word/web pastes before the editor parses
 * them. Works in Chromium and in happy-dom (tests).
 */
import createDOMPurify from 'dompurify';
import { editorLinkHref } from './article-links';
import { isMarkerToken, renameStyleAttrs } from './wx-styles';

/** Tags an article body may contain. */
export const ALLOWED_TAGS = [
  'p',
  'br',
  'span',
  'strong',
  'em',
  'u',
  's',
  'a',
  'img',
  'h1',
  'h2',
  'h3',
  'ul',
  'ol',
  'li',
  'blockquote',
  'hr',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'pre',
  'code',
];

/** The data attributes of the marked HTML (docs: vocab of the render contract; output/to-wechat-html.ts). */
export const MARKER_DATA_ATTRS = ['data-lang', 'data-checked', 'data-tex'];

/** The data attributes the editor's schema reads (editor/html-to-doc.ts writes them from markers). */
const EDITOR_DATA_ATTRS = [...MARKER_DATA_ATTRS, 'data-type', 'data-align', 'data-color'];

/** True when `src` is an http(s) URL on one of `hosts` (mmbiz + the account's API base host). */
export function isAllowedImage(src: string, hosts: readonly string[]): boolean {
  try {
    const url = new URL(src);
    return (url.protocol === 'https:' || url.protocol === 'http:') && hosts.includes(url.host);
  } catch {
    return false;
  }
}

/** An href survives only as an absolute http(s) or mailto: link (canonical form); anything else is removed. */
function keepLinkHref(data: { attrValue: string; keepAttr: boolean }): void {
  const href = editorLinkHref(data.attrValue);
  if (href) data.attrValue = href;
  else data.keepAttr = false;
}

/** Sanitizes marker-class HTML; images from other hosts (or data:, blob:) are removed. */
export function sanitizeMarked(html: string, imageHosts: readonly string[]): string {
  const purify = createDOMPurify(window);
  purify.addHook('uponSanitizeAttribute', (node, data) => {
    if (data.attrName === 'class') {
      const kept = data.attrValue.split(/\s+/).filter(isMarkerToken).join(' ');
      if (kept) data.attrValue = kept;
      else data.keepAttr = false;
    }
    if (data.attrName === 'href') keepLinkHref(data);
    // Attributes only: removing nodes from a hook while DOMPurify walks the tree is fragile.
    if (data.attrName === 'src' && (node.nodeName !== 'IMG' || !isAllowedImage(data.attrValue, imageHosts)))
      data.keepAttr = false;
  });
  const clean = purify.sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR: ['class', 'href', 'src', 'alt', 'title', 'start', ...MARKER_DATA_ATTRS],
    // LaTeX and language names are text, not URLs (DOMPurify would test them against the URI pattern).
    ADD_URI_SAFE_ATTR: [...MARKER_DATA_ATTRS, 'start'],
    ALLOW_DATA_ATTR: false,
    ALLOWED_URI_REGEXP: /^(?:https?|mailto):/i,
    KEEP_CONTENT: true,
  });
  // Pictures that lost their src (foreign host, data:, blob:) go entirely.
  return clean.replace(/<img\b(?![^>]*\ssrc=)[^>]*>/g, '');
}

/**
 * Cleans HTML pasted from Word or web pages (and opened drafts) before the editor parses it: scripts,
 * style sheets, Office markup, comments, ids and classes go; colours and alignment stay (as data-wxstyle).
 */
export function cleanPastedHtml(html: string): string {
  const purify = createDOMPurify(window);
  // Opened drafts and pastes reach the editor view: relative and app: links go (see output/article-links.ts).
  purify.addHook('uponSanitizeAttribute', (_node, data) => {
    if (data.attrName === 'href') keepLinkHref(data);
  });
  const stripped = renameStyleAttrs(html.replace(/<\/?o:p>/gi, '').replace(/<!--\[if[\s\S]*?endif\]-->/gi, ''));
  return purify.sanitize(stripped, {
    FORBID_TAGS: [
      'style',
      'script',
      'meta',
      'link',
      'title',
      'xml',
      'iframe',
      'object',
      'embed',
      'form',
      'svg',
      'math',
    ],
    FORBID_ATTR: ['class', 'id', 'lang', 'style'],
    ADD_ATTR: ['data-wxstyle', 'data-wxsrc', ...EDITOR_DATA_ATTRS],
    // Style values look like a URL scheme ("color:") to DOMPurify's URI check; they are not URLs.
    ADD_URI_SAFE_ATTR: ['data-wxstyle', ...EDITOR_DATA_ATTRS],
    ALLOW_DATA_ATTR: false,
    ADD_DATA_URI_TAGS: ['img'],
    KEEP_CONTENT: true,
  });
}
