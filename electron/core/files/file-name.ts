/**
 * File-name hygiene shared by uploads (the multipart filename WeChat reads the type from) and downloads
 * (names that must be valid on Windows, macOS and Linux and never overwrite anything).
 */
import { extensionFor, isExtensionOf, isMediaExtension, type MediaFormat } from './formats';

/** ext4/APFS/NTFS allow 255 bytes or UTF-16 units; keep room for " (NNN)" and a `.partial` suffix. */
const MAX_NAME_BYTES = 200;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;

/** Splits `name` into stem and extension (lower-cased check is left to callers). A leading dot is not an extension. */
export function splitExt(name: string): { stem: string; ext: string } {
  const dot = name.lastIndexOf('.');
  if (dot <= 0 || dot === name.length - 1) return { stem: name, ext: '' };
  return { stem: name.slice(0, dot), ext: name.slice(dot + 1) };
}

function truncateUtf8(text: string, maxBytes: number): string {
  let out = '';
  let used = 0;
  for (const ch of text) {
    const size = Buffer.byteLength(ch);
    if (used + size > maxBytes) break;
    out += ch;
    used += size;
  }
  return out;
}

/**
 * Makes `raw` safe as one path segment everywhere: drops any directory part, control characters and
 * Windows-forbidden characters, trailing dots/spaces and reserved device names, and caps the length in
 * UTF-8 bytes while keeping the extension. Non-ASCII (春节.jpg) is kept as is. Never returns ''.
 */
export function sanitizeFileName(raw: string, fallback = 'file'): string {
  const lastPart = raw.split(/[\\/]/).pop() ?? '';
  let name = lastPart
    .replace(/\p{Cc}/gu, '') // control characters (C0, DEL, C1)
    .replace(/[<>:"|?*]/g, '_')
    .trim()
    .replace(/[. ]+$/, '');
  if (name === '' || name === '.' || name === '..') name = fallback;
  const { stem, ext } = splitExt(name);
  const safeStem = WINDOWS_RESERVED.test(stem) ? `_${stem}` : stem;
  const extPart = ext ? `.${truncateUtf8(ext, 16)}` : '';
  const stemBudget = MAX_NAME_BYTES - Buffer.byteLength(extPart);
  const finalStem = truncateUtf8(safeStem, stemBudget).replace(/[. ]+$/, '') || fallback;
  return `${finalStem}${extPart}`;
}

/**
 * Gives `name` the extension that matches `format`: kept when it already is one (春节.jpg, photo.JPEG),
 * replaced when it is some other media extension (photo.png holding a JPEG → photo.jpg), appended
 * otherwise (no extension, or a dot that is part of the name: v1.2 → v1.2.jpg). Unknown content keeps the name.
 */
export function withFormatExtension(name: string, format: MediaFormat): string {
  if (format === 'unknown') return name;
  const { stem, ext } = splitExt(name);
  if (ext && isExtensionOf(ext, format)) return name;
  const wanted = extensionFor(format);
  return ext && isMediaExtension(ext) ? `${stem}.${wanted}` : `${name}.${wanted}`;
}

/** The n-th collision alternative: `name (1).jpg`, `name (2).jpg`… (n = 0 is the name itself). */
export function numberedName(name: string, n: number): string {
  if (n === 0) return name;
  const { stem, ext } = splitExt(name);
  return ext ? `${stem} (${n}).${ext}` : `${stem} (${n})`;
}
