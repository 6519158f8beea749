/**
 * Voice duration, needed for the "voice ≤ 60 s → else 45007" rule (docs/wechat-api.md § Limits).
 * WAV is exact (data bytes / byte rate), AMR is exact (every frame is 20 ms), MP3 uses the
 * Xing/Info frame count when present and otherwise assumes CBR from the first frame header.
 * Returns null when the file cannot be parsed; WMA is not parsed at all (see upload-rules).
 */
import { isMpegFrameHeader } from './media-sniff';
import type { MediaFormat } from './media-sniff';

export function wavDurationS(buf: Buffer): number | null {
  let byteRate = 0;
  let at = 12;
  while (at + 8 <= buf.length) {
    const id = buf.toString('latin1', at, at + 4);
    const size = buf.readUInt32LE(at + 4);
    const body = at + 8;
    if (id === 'fmt ' && body + 12 <= buf.length) byteRate = buf.readUInt32LE(body + 8);
    if (id === 'data') {
      if (byteRate === 0) return null;
      // Streaming writers leave 0 or 0xFFFFFFFF as the size: fall back to what is there.
      const available = buf.length - body;
      const dataBytes = size === 0 || size > available ? available : size;
      return dataBytes / byteRate;
    }
    at = body + size + (size % 2);
  }
  return null;
}

const NB_FRAME_BYTES = [12, 13, 15, 17, 19, 20, 26, 31, 5, 6, 5, 5, -1, -1, -1, 0];
const WB_FRAME_BYTES = [17, 23, 32, 36, 40, 46, 50, 58, 60, 5, -1, -1, -1, -1, 0, 0];

export function amrDurationS(buf: Buffer): number | null {
  const wide = buf.toString('latin1', 0, 9) === '#!AMR-WB\n';
  const narrow = buf.toString('latin1', 0, 6) === '#!AMR\n';
  if (!wide && !narrow) return null;
  const table = wide ? WB_FRAME_BYTES : NB_FRAME_BYTES;
  let at = wide ? 9 : 6;
  let frames = 0;
  while (at < buf.length) {
    const frameType = ((buf[at] ?? 0) >> 3) & 0x0f;
    const bytes = table[frameType] ?? -1;
    if (bytes < 0) return null; // reserved frame type: not an AMR stream we understand
    at += 1 + bytes;
    frames += 1;
  }
  return frames * 0.02;
}

const BITRATES: Record<string, number[]> = {
  '1-1': [0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448],
  '1-2': [0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384],
  '1-3': [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],
  '2-1': [0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256],
  '2-2': [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
  '2-3': [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
};
const SAMPLE_RATES: Record<number, number[]> = {
  3: [44100, 48000, 32000], // MPEG-1
  2: [22050, 24000, 16000], // MPEG-2
  0: [11025, 12000, 8000], // MPEG-2.5
};

function skipId3v2(buf: Buffer): number {
  if (buf.toString('latin1', 0, 3) !== 'ID3' || buf.length < 10) return 0;
  const size = ((buf[6] & 0x7f) << 21) | ((buf[7] & 0x7f) << 14) | ((buf[8] & 0x7f) << 7) | (buf[9] & 0x7f);
  const footer = (buf[5] & 0x10) !== 0 ? 10 : 0;
  return 10 + size + footer;
}

export function mp3DurationS(buf: Buffer): number | null {
  let at = skipId3v2(buf);
  const scanEnd = Math.min(buf.length - 4, at + 64 * 1024);
  while (at <= scanEnd && !isMpegFrameHeader(buf, at)) at += 1;
  if (at > scanEnd) return null;

  const b1 = buf[at + 1];
  const b2 = buf[at + 2];
  const b3 = buf[at + 3];
  const version = (b1 >> 3) & 0x03; // 3 = MPEG-1, 2 = MPEG-2, 0 = MPEG-2.5
  const layer = 4 - ((b1 >> 1) & 0x03); // 1, 2 or 3
  const mpeg1 = version === 3;
  const kbps = BITRATES[`${mpeg1 ? 1 : 2}-${layer}`][(b2 >> 4) & 0x0f];
  const sampleRate = SAMPLE_RATES[version][(b2 >> 2) & 0x03];
  const samplesPerFrame = layer === 1 ? 384 : layer === 2 || mpeg1 ? 1152 : 576;

  // Xing/Info header (written by LAME and ffmpeg) gives the exact frame count.
  const mono = ((b3 >> 6) & 0x03) === 3;
  const sideInfo = mpeg1 ? (mono ? 17 : 32) : mono ? 9 : 17;
  const tagAt = at + 4 + sideInfo;
  const tag = buf.toString('latin1', tagAt, tagAt + 4);
  if ((tag === 'Xing' || tag === 'Info') && tagAt + 12 <= buf.length && (buf.readUInt32BE(tagAt + 4) & 1) !== 0) {
    return (buf.readUInt32BE(tagAt + 8) * samplesPerFrame) / sampleRate;
  }

  const id3v1 = buf.length >= 128 && buf.toString('latin1', buf.length - 128, buf.length - 125) === 'TAG' ? 128 : 0;
  const audioBytes = buf.length - at - id3v1;
  return (audioBytes * 8) / (kbps * 1000);
}

export function voiceDurationS(format: MediaFormat, buf: Buffer): number | null {
  switch (format) {
    case 'wav':
      return wavDurationS(buf);
    case 'amr':
      return amrDurationS(buf);
    case 'mp3':
      return mp3DurationS(buf);
    default:
      return null;
  }
}
