/**
 * Picks the material type of a dropped file from its CONTENT (magic bytes), then validates it for that
 * type before any network call (size, format, voice ≤ 60 s, thumb ≤ 64 KB JPG, empty, unreadable).
 */
import { basename } from 'node:path';
import type { UploadType } from '@shared/models';
import type { MediaFormat } from '../files/formats';
import { splitExt } from '../files/file-name';
import { readHead, sniffFormat } from '../files/sniff';
import { validateForUpload, type ValidatedFile } from '../files/validate';
import { probeVoiceDuration } from '../files/voice-duration';
import type { UploadMode } from '@shared/features/uploads.channels';

const BY_FORMAT: Partial<Record<MediaFormat, UploadType>> = {
  jpeg: 'image',
  png: 'image',
  gif: 'image',
  bmp: 'image',
  mp3: 'voice',
  amr: 'voice',
  wav: 'voice',
  wma: 'voice',
  mp4: 'video',
  // Recognised but unsupported: route them to their natural type so the refusal names the right limits.
  webp: 'image',
  heic: 'image',
  avif: 'image',
  tiff: 'image',
  mov: 'video',
  m4a: 'voice',
};

const BY_EXT: Record<string, UploadType> = {
  jpg: 'image',
  jpeg: 'image',
  png: 'image',
  gif: 'image',
  bmp: 'image',
  mp3: 'voice',
  amr: 'voice',
  wav: 'voice',
  wma: 'voice',
  mp4: 'video',
};

/** The type for content `format`; unknown content falls back to the name's extension (for a precise refusal). */
export function typeForFormat(format: MediaFormat, fileName: string): UploadType {
  return BY_FORMAT[format] ?? BY_EXT[splitExt(fileName).ext.toLowerCase()] ?? 'image';
}

/**
 * Resolves `auto` to a type and validates the file for it.
 * @throws FileRejectedError with the user-facing reason.
 */
export async function checkFile(
  path: string,
  requested: UploadType | 'auto',
  mode: UploadMode,
): Promise<{ type: UploadType; file: ValidatedFile }> {
  let type: UploadType = requested === 'auto' ? 'image' : requested;
  if (requested === 'auto') {
    const head = await readHead(path).catch(() => new Uint8Array());
    type = typeForFormat(sniffFormat(head), basename(path));
  }
  const file = await validateForUpload(path, type, mode, { probeVoiceDurationSec: probeVoiceDuration });
  return { type, file };
}
