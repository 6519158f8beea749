import type { DownloadOutcome } from '@shared/models';

/**
 * Where a download goes. Desktop asks the user for a folder (native dialog) and reports the saved
 * path; browser mode writes to a private folder and hands the browser a one-time URL.
 */
export interface DownloadTarget {
  /** A folder to write into, or null when the user cancelled. */
  chooseFolder(): Promise<string | null>;
  /** Turns a finished, renamed file into what the renderer is told. */
  finish(file: { path: string; bytes: number; sha256: string }): DownloadOutcome;
}
