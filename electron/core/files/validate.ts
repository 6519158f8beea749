/**
 * Pre-flight validation of a local file for one WeChat upload target. Runs before any network call so a
 * hopeless upload costs no quota and gets a precise, actionable message instead of 40005/40006/41005.
 */
import { lstat } from 'node:fs/promises';
import { basename } from 'node:path';
import { FileRejectedError } from './file-rejected-error';
import { extensionFor, mimeFor, type SupportedFormat } from './formats';
import { MAX_VOICE_SECONDS, uploadLimit, type UploadMode, type UploadTarget } from './limits';
import { rejectText } from './reject-messages';
import { readHead, sniffFormat } from './sniff';

/**
 * SEAM for the voice-duration check (a later issue): returns the clip length in seconds, or null when it
 * cannot tell. No implementation ships yet; until one is passed, the 60 s limit is left to WeChat (45007).
 */
export type VoiceDurationProbe = (path: string, format: SupportedFormat) => Promise<number | null>;

export interface ValidateOptions {
  /** Plug a real decoder in here; without it the duration is not checked locally. */
  probeVoiceDurationSec?: VoiceDurationProbe;
}

/** A file that passed validation, with what the upload needs to label it correctly. */
export interface ValidatedFile {
  format: SupportedFormat;
  /** Canonical extension for the content, without the dot (jpg, png, mp3…). */
  ext: string;
  mime: string;
  size: number;
}

function fsReason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' ? code : 'I/O error';
}

/**
 * Checks that `path` is a non-empty regular file whose CONTENT (magic bytes) is a format the target accepts,
 * within the size limit. Symlinks are refused on purpose (docs/reliability.md § Checking files before the network).
 * @throws FileRejectedError with code EMPTY, UNREADABLE, NOT_A_FILE, WRONG_FORMAT, TOO_LARGE (or TOO_LONG
 *   when a duration probe is supplied).
 */
export async function validateForUpload(
  path: string,
  target: UploadTarget,
  mode: UploadMode,
  options: ValidateOptions = {},
): Promise<ValidatedFile> {
  const name = basename(path);
  let stats;
  try {
    stats = await lstat(path);
  } catch (err) {
    throw new FileRejectedError('UNREADABLE', name, rejectText.unreadable(name, fsReason(err)));
  }
  if (!stats.isFile()) throw new FileRejectedError('NOT_A_FILE', name, rejectText.notAFile(name));
  if (stats.size === 0) throw new FileRejectedError('EMPTY', name, rejectText.empty(name));

  let head: Uint8Array;
  try {
    head = await readHead(path);
  } catch (err) {
    throw new FileRejectedError('UNREADABLE', name, rejectText.unreadable(name, fsReason(err)));
  }
  const limit = uploadLimit(target, mode);
  const sniffed = sniffFormat(head);
  const format = limit.formats.find((f) => f === sniffed);
  if (!format) {
    throw new FileRejectedError('WRONG_FORMAT', name, rejectText.wrongFormat(name, sniffed, target, mode, limit));
  }
  if (stats.size > limit.maxBytes) {
    throw new FileRejectedError('TOO_LARGE', name, rejectText.tooLarge(name, stats.size, target, mode, limit));
  }
  if (target === 'voice' && options.probeVoiceDurationSec) {
    const seconds = await options.probeVoiceDurationSec(path, format);
    if (seconds !== null && seconds > MAX_VOICE_SECONDS) {
      throw new FileRejectedError('TOO_LONG', name, rejectText.tooLong(name, seconds, MAX_VOICE_SECONDS));
    }
  }
  return { format, ext: extensionFor(format), mime: mimeFor(format), size: stats.size };
}
