import { assetUrl } from '../../../lib/asset-url';

/**
 * Article images are stored with their real uploadimg URL; the window shows them through the
 * same-origin `/artimg/<account>/<base64url(url)>` route (CSP: no remote images; mmbiz hotlink protection),
 * signed in browser mode by lib/asset-url.ts.
 */
export function articleImageUrl(accountId: string, url: string): string {
  const bytes = new TextEncoder().encode(url);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  const id = btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  return assetUrl(`artimg/${encodeURIComponent(accountId)}/${id}`);
}
