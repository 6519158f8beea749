/**
 * The error for a file refused BEFORE any network call. It carries bilingual text that says why and what
 * to do; `toAppError` turns it into `FILE_<code>` with class `bad-input`.
 */
import type { LocalizedText } from '@shared/errors';

/** Why a local file was refused. `TOO_LONG` is only raised once a voice-duration probe is plugged in. */
export type FileRejectCode = 'EMPTY' | 'UNREADABLE' | 'NOT_A_FILE' | 'WRONG_FORMAT' | 'TOO_LARGE' | 'TOO_LONG';

/** A local file failed validation; nothing was sent. */
export class FileRejectedError extends Error {
  readonly code: FileRejectCode;
  readonly text: LocalizedText;
  /** The file's base name (never the full path: the renderer shows it, logs keep it short). */
  readonly fileName: string;

  constructor(code: FileRejectCode, fileName: string, text: LocalizedText) {
    super(`${code}: ${text.en}`);
    this.name = 'FileRejectedError';
    this.code = code;
    this.fileName = fileName;
    this.text = text;
  }
}
