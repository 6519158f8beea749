/**
 * File-name hygiene shared by uploads (the multipart filename WeChat reads the type from) and downloads
 * (names that must be valid on Windows, macOS and Linux and never overwrite anything).
 */
import { extensionFor, isExtensionOf, isMediaExtension, type MediaFormat } from './formats';

/** ext4/APFS/NTFS allow 255 bytes or UTF-16 units; keep room for " (NNN)" and a `.partial` suffix. */
const MAX_NAME_BYTES = 200;
const MAX_EXT_BYTES = 16;
/**
 * Windows device names, whatever follows the first dot (`con.tar.jpg` opens the console), including the
 * superscript-digit forms Windows also maps to COM/LPT ports. Applied on every OS: a file saved on Linux
 * travels to Windows on a USB stick or a shared folder.
 */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])$/i;
/**
 * Never kept in a name: controls (Cc), format characters (Cf: the bidi overrides U+202A–U+202E and
 * isolates U+2066–U+2069 that make `\u202Egpj.exe` look like `exe.jpg`, LRM/RLM, ALM, zero-width ones),
 * lone surrogates (not encodable on disk) and line/paragraph separators.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/gu;
/** Characters Windows refuses in a name (the path separators are gone by then). */
const WINDOWS_FORBIDDEN = /[<>:"/\\|?*]/g;
/** Windows drops trailing dots and spaces (so `a.jpg.` would silently become another name); leading dots hide a file on POSIX. */
const EDGE_DOTS_SPACES = /^[\s.]+|[\s.]+$/gu;

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

/** The characters of one segment that can be kept, before any length or device-name rule. */
function cleanSegment(raw: string): string {
  const lastPart = raw.split(/[\\/]/).pop() ?? '';
  return lastPart.replace(INVISIBLE, '').replace(WINDOWS_FORBIDDEN, '_').replace(EDGE_DOTS_SPACES, '');
}

/** True when Windows would open a device for this name: the part before the FIRST dot, trailing spaces ignored. */
export function isReservedDeviceName(name: string): boolean {
  return WINDOWS_RESERVED.test(name.split('.')[0].trimEnd());
}

/**
 * THE file-name sanitizer: every name SucaiDesk writes (downloads, bulk download, backup, drag-out,
 * browser-mode download names, temp-media saves) passes through here, and `createPartial().commit()` applies
 * it again, so no caller can write an unsafe name. Windows rules apply on every OS: one path segment (any
 * directory part dropped), no control/format/bidi characters, `<>:"/\|?*` replaced, no leading dots or
 * edge spaces, no trailing dots, no device name, at most 200 UTF-8 bytes with the extension kept.
 * Non-ASCII (春节.jpg) is kept as is. Never returns '' and is idempotent.
 */
export function sanitizeFileName(raw: string, fallback = 'file'): string {
  const name = cleanSegment(raw) || cleanSegment(fallback) || 'file';
  const split = splitExt(name);
  const ext = truncateUtf8(split.ext, MAX_EXT_BYTES).replace(EDGE_DOTS_SPACES, '');
  const extPart = ext ? `.${ext}` : '';
  const stem = ext ? split.stem : name;
  const stemBudget = MAX_NAME_BYTES - Buffer.byteLength(extPart) - 1; // 1: the `_` a device name gets
  // A cut may end the stem in a dot or space: harmless before an extension, not at the end of the name.
  const cut = truncateUtf8(stem, stemBudget);
  const shortStem = (ext ? cut : cut.replace(EDGE_DOTS_SPACES, '')) || 'file';
  const joined = `${shortStem}${extPart}`;
  return isReservedDeviceName(joined) ? `_${joined}` : joined;
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

/**
 * True for a name SucaiDesk itself could have written: one the sanitizer leaves unchanged, or its
 * collision alternative `name (n).ext` (which may pass 200 bytes; that is what the headroom is for).
 */
export function isWrittenName(name: string): boolean {
  if (sanitizeFileName(name) === name) return true;
  const m = /^(.+) \((\d{1,4})\)(\.[^.]+)?$/u.exec(name);
  if (!m) return false;
  const original = `${m[1]}${m[3] ?? ''}`;
  return sanitizeFileName(original) === original && numberedName(original, Number(m[2])) === name;
}
