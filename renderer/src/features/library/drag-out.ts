import type { LibraryItem } from '@shared/features/library.channels';
import { assetUrl } from '../../lib/asset-url';

const MIME: Partial<Record<LibraryItem['kind'], string>> = {
  image: 'image/*',
  voice: 'audio/*',
  video: 'video/mp4',
};

/**
 * Chromium's `DownloadURL` drag format (`mime:name:absolute-url`): dropping the card on the desktop
 * or a folder saves the item's bytes, served on our own origin by the `preview` asset route.
 * Articles have no single file to drop, so they are not draggable out.
 */
export function dragOutData(accountId: string, item: LibraryItem, base: string = location.href): string | null {
  const mime = MIME[item.kind];
  if (!mime) return null;
  const url = new URL(assetUrl(`preview/${encodeURIComponent(accountId)}/${encodeURIComponent(item.mediaId)}`), base);
  const name = (item.name || item.mediaId).replace(/:/g, '_');
  return `${mime}:${name}:${url.href}`;
}
