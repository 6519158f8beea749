/**
 * `/artimg/<account>/<base64url(url)>`: article-body pictures for the editor and preview. The document
 * keeps the real uploadimg URL; the renderer's CSP forbids remote images and mmbiz is hotlink-protected,
 * so the main process fetches it (through the thumbnail cache, no Referer, allowed hosts only).
 */
import { z } from 'zod';
import type { AssetRoute } from '../assets';
import type { ThumbService } from '../thumbs/thumb-service';

/** The route's id: an image URL as unpadded base64url (AssetRoutes checks it before the handler runs). */
export const articleImageIdSchema = z
  .string()
  .min(1)
  .max(6000)
  .regex(/^[A-Za-z0-9_-]+$/);

/** The route's id for an image URL (the renderer computes the same with btoa). */
export function encodeImageId(url: string): string {
  return Buffer.from(url, 'utf8').toString('base64url');
}

export function createArticleImageRoute(thumbs: ThumbService): AssetRoute {
  return {
    idSchema: articleImageIdSchema,
    async handle({ accountId, id }) {
      const url = Buffer.from(id, 'base64url').toString('utf8');
      if (!/^https?:\/\//.test(url)) return null;
      // ThumbService refuses hosts other than mmbiz and the account's API base; its cache file is a hash of the key.
      const key = `artimg:${url}`;
      thumbs.remember(accountId, key, url);
      const file = await thumbs.original(accountId, key);
      return file ? { body: new Uint8Array(file.bytes), contentType: file.contentType } : null;
    },
  };
}
