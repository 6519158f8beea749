/**
 * Thumbnail URL for a material item: a plain same-origin path relative to the page, so it works
 * under both `app://bundle/` (desktop) and `http://127.0.0.1:<port>/` (browser mode).
 */
export function thumbUrl(accountId: string, mediaId: string): string {
  return `thumb/${encodeURIComponent(accountId)}/${encodeURIComponent(mediaId)}`;
}
