import { assetUrl } from './asset-url';

/**
 * Thumbnail URL for a material item: a same-origin path relative to the page, so it works under both
 * `app://bundle/` (desktop) and `http://127.0.0.1:<port>/` (browser mode, where assetUrl signs it).
 */
export function thumbUrl(accountId: string, mediaId: string): string {
  return assetUrl(`thumb/${encodeURIComponent(accountId)}/${encodeURIComponent(mediaId)}`);
}
