/**
 * `/artimg/<account>/<base64url(url)>`: article-body pictures for the editor and preview. The document
 * keeps the real uploadimg URL; the renderer's CSP forbids remote images and mmbiz is hotlink-protected,
 * so the main process fetches it (through the thumbnail cache, no Referer, allowed hosts only).
 */
import type { AssetHandler } from '../assets';
import type { ThumbService } from '../thumbs/thumb-service';

/** The route's id for an image URL (the renderer computes the same with btoa). */
export function encodeImageId(url: string): string {
  return Buffer.from(url, 'utf8').toString('base64url');
}

export function createArticleImageRoute(thumbs: ThumbService): AssetHandler {
  return async ([accountId, id]) => {
    if (!accountId || !id || id.length > 6000) return null;
    const url = Buffer.from(id, 'base64url').toString('utf8');
    if (!/^https?:\/\//.test(url)) return null;
    // ThumbService refuses hosts other than mmbiz and the account's API base.
    const key = `artimg:${url}`;
    thumbs.remember(accountId, key, url);
    const file = await thumbs.get(accountId, key);
    return file ? { body: new Uint8Array(file.bytes), contentType: file.contentType } : null;
  };
}
