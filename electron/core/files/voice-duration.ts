/**
 * The real VoiceDurationProbe for validateForUpload: MP3/WAV/WMA through music-metadata (Xing/VBRI
 * headers, frame scan, RIFF sizes), AMR by counting its 20 ms frames (music-metadata has no AMR
 * parser). Returns null when the clip cannot be measured; WeChat then has the last word (45007).
 */
import { readFile } from 'node:fs/promises';
import type { SupportedFormat } from './formats';
import type { VoiceDurationProbe } from './validate';

/** Frame sizes in bytes (header included) per frame type, narrow-band and wide-band; -1 = invalid. */
const NB_FRAME_BYTES = [13, 14, 16, 18, 20, 21, 27, 32, 6, 7, 6, 6, -1, -1, -1, 1];
const WB_FRAME_BYTES = [18, 24, 33, 37, 41, 47, 51, 59, 61, 6, -1, -1, -1, -1, 1, 1];

/** Duration of an AMR (NB or WB, single channel) file in seconds; null when the stream is malformed. */
export function amrDurationSec(buf: Uint8Array): number | null {
  const head = Buffer.from(buf.subarray(0, 9)).toString('latin1');
  const wide = head === '#!AMR-WB\n';
  if (!wide && !head.startsWith('#!AMR\n')) return null;
  const table = wide ? WB_FRAME_BYTES : NB_FRAME_BYTES;
  let at = wide ? 9 : 6;
  let frames = 0;
  while (at < buf.length) {
    const size = table[(buf[at] >> 3) & 0x0f];
    if (size < 0) return null;
    at += size;
    frames += 1;
  }
  return frames * 0.02;
}

/** Measures a voice clip; never throws (an unparseable clip is left to WeChat). */
export const probeVoiceDuration: VoiceDurationProbe = async (path: string, format: SupportedFormat) => {
  try {
    if (format === 'amr') {
      const bytes = await readFile(path);
      return amrDurationSec(bytes);
    }
    const { parseFile } = await import('music-metadata');
    const meta = await parseFile(path, { duration: true, skipCovers: true });
    const seconds = meta.format.duration;
    return typeof seconds === 'number' && Number.isFinite(seconds) ? seconds : null;
  } catch {
    return null;
  }
};
