/**
 * Format detection from magic bytes. Names and Content-Type headers lie (WeChat serves binaries as
 * text/plain; users rename files), so uploads and downloads both decide from the first bytes.
 */
import { open } from 'node:fs/promises';
import type { MediaFormat } from './formats';

/** How many leading bytes `sniffFormat` needs to decide every format it knows. */
export const SNIFF_BYTES = 64;

const ASF_GUID = [0x30, 0x26, 0xb2, 0x75, 0x8e, 0x66, 0xcf, 0x11, 0xa6, 0xd9, 0x00, 0xaa, 0x00, 0x62, 0xce, 0x6c];
const HEIF_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'hevm', 'hevs', 'mif1', 'msf1']);
/** AVIF is HEIF with AV1 inside: sharp decodes it itself, while HEVC HEIC needs heic-decode (electron/core/images/heic.ts). */
const AVIF_BRANDS = new Set(['avif', 'avis']);
const AUDIO_MP4_BRANDS = new Set(['M4A ', 'M4B ', 'M4P ']);
/** ISO-BMFF brands that are neither video MP4 nor one of the formats above (raw photos, JPEG 2000). */
const OTHER_BMFF_BRANDS = new Set(['crx ', 'jp2 ', 'jpx ', 'jpm ']);
/** Top-level QuickTime atoms that old .mov files start with instead of `ftyp`. */
const QUICKTIME_ATOMS = new Set(['moov', 'mdat', 'wide', 'free', 'pnot', 'skip']);
/** Valid BITMAPINFOHEADER-family sizes at offset 14 of a BMP. */
const BMP_DIB_SIZES = new Set([12, 16, 40, 52, 56, 64, 108, 124]);

function ascii(bytes: Uint8Array, start: number, end: number): string {
  return String.fromCharCode(...bytes.subarray(start, end));
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

/** MPEG audio frame header: 11 sync bits, then no reserved version/layer/bitrate/sample-rate values. */
function isMpegAudioFrame(b: Uint8Array): boolean {
  if (b.length < 3 || b[0] !== 0xff || (b[1] & 0xe0) !== 0xe0) return false;
  const version = (b[1] >> 3) & 0b11;
  const layer = (b[1] >> 1) & 0b11; // 00 = reserved; AAC ADTS uses it, which keeps AAC out
  const bitrate = b[2] >> 4;
  const sampleRate = (b[2] >> 2) & 0b11;
  return version !== 0b01 && layer !== 0b00 && bitrate !== 0b1111 && sampleRate !== 0b11;
}

function isBmp(b: Uint8Array): boolean {
  if (b.length < 14 || b[0] !== 0x42 || b[1] !== 0x4d) return false;
  if (b.length < 18) return true;
  const dibSize = b[14] | (b[15] << 8) | (b[16] << 16) | (b[17] << 24);
  return BMP_DIB_SIZES.has(dibSize);
}

function sniffIsoBmff(b: Uint8Array): MediaFormat | null {
  if (b.length < 12) return null;
  const boxType = ascii(b, 4, 8);
  if (boxType === 'ftyp') {
    const brand = ascii(b, 8, 12);
    if (HEIF_BRANDS.has(brand)) return 'heic';
    if (AVIF_BRANDS.has(brand)) return 'avif';
    if (AUDIO_MP4_BRANDS.has(brand)) return 'm4a';
    if (brand === 'qt  ') return 'mov';
    if (OTHER_BMFF_BRANDS.has(brand)) return 'unknown';
    return 'mp4';
  }
  return QUICKTIME_ATOMS.has(boxType) ? 'mov' : null;
}

/** Detects the format of `bytes` (the start of a file; `SNIFF_BYTES` is enough). Pure. */
export function sniffFormat(bytes: Uint8Array): MediaFormat {
  const b = bytes;
  if (startsWith(b, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (b.length >= 6 && (ascii(b, 0, 6) === 'GIF87a' || ascii(b, 0, 6) === 'GIF89a')) return 'gif';
  if (b.length >= 5 && ascii(b, 0, 5) === '#!AMR') return 'amr';
  if (b.length >= 12 && ascii(b, 0, 4) === 'RIFF') {
    const form = ascii(b, 8, 12);
    if (form === 'WAVE') return 'wav';
    if (form === 'WEBP') return 'webp';
  }
  if (startsWith(b, ASF_GUID)) return 'wma';
  // TIFF, little- or big-endian ("II*\0" / "MM\0*"); camera raws built on TIFF land here too and are decoded or refused later.
  if (startsWith(b, [0x49, 0x49, 0x2a, 0x00]) || startsWith(b, [0x4d, 0x4d, 0x00, 0x2a])) return 'tiff';
  if (b.length >= 3 && ascii(b, 0, 3) === 'ID3') return 'mp3';
  const bmff = sniffIsoBmff(b);
  if (bmff) return bmff;
  if (isBmp(b)) return 'bmp';
  if (isMpegAudioFrame(b)) return 'mp3';
  return 'unknown';
}

/**
 * Reads up to `SNIFF_BYTES` from the start of `path`. Throws the fs error as is (callers map it to
 * their own error; fs messages carry the path, which is the user's own and fine to keep local).
 */
export async function readHead(path: string, bytes = SNIFF_BYTES): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buf, 0, bytes, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
