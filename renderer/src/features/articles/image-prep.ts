/**
 * Body pictures must be JPG or PNG under 1 MB (media/uploadimg). Checked by content before any call:
 * JPG/PNG over the limit are refused with the size; other formats (GIF, WebP, BMP) are re-encoded to JPEG
 * in a canvas when the browser can decode them, else refused.
 */
import type { MessageKey, Vars } from '../../i18n';

export const BODY_IMAGE_MAX = 1024 * 1024;

export type Prepared = { ok: true; file: File } | { ok: false; key: MessageKey; vars: Vars };

/** jpeg | png | other, from the first bytes. */
export async function sniffImage(file: Blob): Promise<'jpeg' | 'png' | 'other'> {
  const head = new Uint8Array(await file.slice(0, 8).arrayBuffer());
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpeg';
  if (head[0] === 0x89 && head[1] === 0x50 && head[2] === 0x4e && head[3] === 0x47) return 'png';
  return 'other';
}

const mb = (n: number) => (n / 1024 / 1024).toFixed(1);

async function reencode(file: File): Promise<File | null> {
  if (typeof createImageBitmap !== 'function') return null;
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    return null;
  }
  let scale = Math.min(1, 1600 / Math.max(bitmap.width, 1));
  for (const quality of [0.85, 0.7, 0.55, 0.4]) {
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(bitmap.width * scale));
    canvas.height = Math.max(1, Math.round(bitmap.height * scale));
    const g = canvas.getContext('2d');
    if (!g) return null;
    g.fillStyle = '#ffffff'; // JPEG has no alpha: transparent areas become white, not black
    g.fillRect(0, 0, canvas.width, canvas.height);
    g.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((r) => canvas.toBlob(r, 'image/jpeg', quality));
    if (blob && blob.size < BODY_IMAGE_MAX) {
      return new File([blob], `${file.name.replace(/\.[^.]*$/, '') || 'image'}.jpg`, { type: 'image/jpeg' });
    }
    scale *= 0.8;
  }
  return null;
}

/** Checks (and if needed converts) one picture for the article body. */
export async function prepareBodyImage(file: File): Promise<Prepared> {
  const kind = await sniffImage(file);
  const name = file.name || 'image';
  if (kind === 'jpeg' || kind === 'png') {
    if (file.size >= BODY_IMAGE_MAX) {
      return { ok: false, key: 'articles.img.tooLarge', vars: { name, size: mb(file.size) } };
    }
    return { ok: true, file };
  }
  const converted = await reencode(file);
  if (converted) return { ok: true, file: converted };
  return { ok: false, key: 'articles.img.badFormat', vars: { name } };
}
