/**
 * The one link policy of every view that shows article HTML (the phone preview, the library's article
 * preview, and drafts opened in the editor). A relative or `app:` link resolves against the app's own
 * origin, so clicking it would open one of our routes as a page (issue 8; test/renderer/articles/
 * preview-links.test.ts). Only absolute http(s) links stay links, and they open outside the app:
 * target=_blank reaches the desktop window-open handler (electron/main/lockdown.ts → openExternalSafe)
 * and a new tab without opener or referrer in browser mode. Everything else becomes its plain text.
 */

/** The canonical form of an absolute http(s) link without credentials, or null for anything else. */
export function externalLinkHref(raw: string | null | undefined): string | null {
  const value = (raw ?? '').trim();
  // Scheme and `//` spelled out: `https:evil`, `https:\\evil`, `//evil` and `ht<TAB>tps:` are not accepted.
  if (!/^https?:\/\/[^/\\]/i.test(value)) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username !== '' || url.password !== '') return null;
  return url.href;
}

/** Same, keeping `mailto:` too: the editor's own link dialog offers it and WeChat articles may carry it. */
export function editorLinkHref(raw: string | null | undefined): string | null {
  const value = (raw ?? '').trim();
  return /^mailto:[^\s]/i.test(value) ? value : externalLinkHref(value);
}

/**
 * Rewrites every link below `root` for display: external links get their canonical href and open
 * outside the app; any other `<a>` (or `<area>`) is replaced by its contents, so its text stays.
 */
export function neutralizeLinks(root: ParentNode): void {
  for (const el of Array.from(root.querySelectorAll('a, area'))) {
    const href = el.tagName.toLowerCase() === 'a' ? externalLinkHref(el.getAttribute('href')) : null;
    if (!href) {
      el.replaceWith(...Array.from(el.childNodes));
      continue;
    }
    el.setAttribute('href', href);
    el.setAttribute('target', '_blank');
    el.setAttribute('rel', 'noopener noreferrer');
  }
}
