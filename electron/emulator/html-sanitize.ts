/**
 * What WeChat does to article HTML on draft/add and draft/update. Documented (docs/wechat-api.md § Drafts):
 * "JS stripped", and "external image URLs are filtered" — only pictures hosted on mmbiz (media/uploadimg or
 * add_material URLs) survive. So the emulator removes <script> elements, inline event handlers and
 * javascript: URLs, and drops <img> tags whose src is not on mmbiz (the real hosts or the emulator's own
 * /mmbiz_* paths).
 *
 * Modelled from public sources rather than documented, and chosen on the strict side so that anything our
 * output relies on and WeChat might drop shows up in tests (docs/article-rendering.md, "What WeChat keeps"):
 * - <style>, <link>, <meta> and MathML <math> are removed (articles carry inline styles only; WeChat
 *   shows no MathML);
 * - `class` and `id` attributes are removed (no stylesheet reaches the article, and in-page anchors do
 *   not work), so a look that depends on a class, or an SVG that references an id, breaks here too;
 * - links to anything but mp.weixin.qq.com lose the link and keep their text;
 * - kept as sent: inline `style`, `data-*`, <section>, <table>, <pre>/<code>, <sup>, <br>, and inline <svg>
 *   with its shapes and attributes (SVG 排版 is common in WeChat articles).
 */

const MMBIZ_HOSTS = new Set(['mmbiz.qpic.cn', 'mmbiz.qlogo.cn']);

export function isMmbizUrl(src: string, emulatorBase: string): boolean {
  if (src.startsWith(`${emulatorBase}/mmbiz_`)) return true;
  try {
    return MMBIZ_HOSTS.has(new URL(src, 'https://invalid.invalid').hostname);
  } catch {
    return false;
  }
}

/** Links WeChat keeps in an article (the rest become plain text). */
export function isWeChatLink(href: string): boolean {
  try {
    const url = new URL(href);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname === 'mp.weixin.qq.com';
  } catch {
    return false;
  }
}

function attr(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  if (!m) return null;
  return (m[1] ?? m[2] ?? m[3] ?? '').replace(/&amp;/g, '&');
}

export function sanitizeContent(html: string, emulatorBase: string): string {
  return (
    html
      // Whole script elements (and a dangling unclosed one up to the end).
      .replace(/<script\b[^>]*>[\s\S]*?(<\/script\s*>|$)/gi, '')
      .replace(/<script\b[^>]*\/?>/gi, '')
      // Stylesheets, head elements and MathML, whole (the same dangling rule as scripts).
      .replace(/<(style|math)\b[^>]*>[\s\S]*?(<\/\1\s*>|$)/gi, '')
      .replace(/<(link|meta)\b[^>]*>/gi, '')
      // on*="…" handlers and javascript: URLs inside any tag.
      .replace(/<[^>]+>/g, (tag) =>
        tag
          .replace(/\s+on[a-z]+\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, '')
          .replace(/(href|src)\s*=\s*(["']?)\s*javascript:[^"'\s>]*\2/gi, '$1=$2$2')
          .replace(/\s(?:class|id)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, ''),
      )
      // A link elsewhere than mp.weixin.qq.com keeps its text only (links do not nest, so the first </a> ends it).
      .replace(/<a\b([^>]*)>([\s\S]*?)<\/a\s*>/gi, (whole, attrs: string, inner: string) => {
        const href = attr(` ${attrs}`, 'href');
        return href && isWeChatLink(href) ? whole : inner;
      })
      .replace(/<img\b[^>]*>/gi, (tag) => {
        const src = attr(tag, 'data-src') ?? attr(tag, 'src');
        return src && isMmbizUrl(src, emulatorBase) ? tag : '';
      })
  );
}

/** Plain text of some HTML (for the default digest: first 54 characters of the body). */
export function textOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}
