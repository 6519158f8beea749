/**
 * What WeChat does to article HTML on draft/add and draft/update (docs/wechat-api.md § Drafts):
 * "JS stripped", and "external image URLs are filtered" — only pictures hosted on mmbiz
 * (media/uploadimg or add_material URLs) survive. The emulator removes <script> elements,
 * inline event handlers and javascript: URLs, and drops <img> tags whose src is not on
 * mmbiz (the real hosts or the emulator's own /mmbiz_* paths).
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
      // on*="…" handlers and javascript: URLs inside any tag.
      .replace(/<[^>]+>/g, (tag) =>
        tag
          .replace(/\s+on[a-z]+\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, '')
          .replace(/(href|src)\s*=\s*(["']?)\s*javascript:[^"'\s>]*\2/gi, '$1=$2$2'),
      )
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
