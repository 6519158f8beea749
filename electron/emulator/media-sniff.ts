/**
 * Content sniffing by magic bytes. WeChat judges uploads by what the bytes are, not by
 * the part's Content-Type header (clients send application/octet-stream all the time),
 * so the emulator does the same.
 */

export type MediaFormat = 'jpg' | 'png' | 'gif' | 'bmp' | 'mp3' | 'amr' | 'wav' | 'wma' | 'mp4';

export const MIME: Record<MediaFormat, string> = {
  jpg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  bmp: 'image/bmp',
  mp3: 'audio/mpeg',
  amr: 'audio/amr',
  wav: 'audio/wav',
  wma: 'audio/x-ms-wma',
  mp4: 'video/mp4',
};

/** The ASF header GUID that starts every .wma / .wmv file. */
const ASF_GUID = Buffer.from('3026b2758e66cf11a6d900aa0062ce6c', 'hex');

function startsWith(buf: Buffer, sig: Buffer | string, at = 0): boolean {
  const s = typeof sig === 'string' ? Buffer.from(sig, 'latin1') : sig;
  return buf.length >= at + s.length && buf.subarray(at, at + s.length).equals(s);
}

/** True for an MPEG audio frame header (11 sync bits, a valid layer and bitrate index). */
export function isMpegFrameHeader(buf: Buffer, at: number): boolean {
  if (at + 4 > buf.length) return false;
  const b1 = buf[at + 1] ?? 0;
  const b2 = buf[at + 2] ?? 0;
  if (buf[at] !== 0xff || (b1 & 0xe0) !== 0xe0) return false;
  const version = (b1 >> 3) & 0x03;
  const layer = (b1 >> 1) & 0x03;
  const bitrate = (b2 >> 4) & 0x0f;
  const rate = (b2 >> 2) & 0x03;
  return version !== 1 && layer !== 0 && bitrate !== 0 && bitrate !== 15 && rate !== 3;
}

export function sniff(buf: Buffer): MediaFormat | null {
  if (startsWith(buf, Buffer.from([0xff, 0xd8, 0xff]))) return 'jpg';
  if (startsWith(buf, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  if (startsWith(buf, 'GIF87a') || startsWith(buf, 'GIF89a')) return 'gif';
  // "BM" alone is weak; also require the DIB header size to be a known value.
  if (startsWith(buf, 'BM') && buf.length >= 18 && [12, 40, 52, 56, 108, 124].includes(buf.readUInt32LE(14))) {
    return 'bmp';
  }
  if (startsWith(buf, '#!AMR')) return 'amr';
  if (startsWith(buf, 'RIFF') && startsWith(buf, 'WAVE', 8)) return 'wav';
  if (startsWith(buf, ASF_GUID)) return 'wma';
  if (startsWith(buf, 'ftyp', 4)) return 'mp4';
  if (startsWith(buf, 'ID3') || isMpegFrameHeader(buf, 0)) return 'mp3';
  return null;
}

/** Extension of a filename, lower-case, without the dot; '' when there is none. */
export function extensionOf(filename: string): string {
  const base = filename.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** Extension used in Content-Disposition filenames and mmbiz paths. */
export function extFor(format: MediaFormat): string {
  return format;
}
