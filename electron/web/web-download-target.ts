import { randomBytes } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { sanitizeFileName } from '../core/files/file-name';
import type { DownloadTarget } from '../core/library/download-target';

/**
 * Browser mode cannot open a native folder dialog, so downloads are written (atomically, like
 * everywhere) into a private folder and the page gets a one-time URL; the browser then saves the
 * file wherever its user chooses. The URL is clicked as a link, which cannot send the API key header,
 * so it carries a short-lived signature instead (SessionGate.signPath; checked by the server).
 */
export class WebDownloadTarget implements DownloadTarget {
  private readonly ready = new Map<string, { path: string; name: string }>();

  constructor(
    private readonly folder: string,
    private readonly signer: { signPath(pathname: string): string },
  ) {}

  async chooseFolder(): Promise<string> {
    const dir = path.join(this.folder, randomBytes(8).toString('hex'));
    await mkdir(dir, { recursive: true, mode: 0o700 });
    return dir;
  }

  finish(file: { path: string; bytes: number; sha256: string }) {
    const token = randomBytes(16).toString('hex');
    // The name the browser saves under (Content-Disposition): the same sanitizer as every file we write.
    const name = sanitizeFileName(path.basename(file.path), 'download');
    this.ready.set(token, { path: file.path, name });
    const url = `api/download/${token}?${this.signer.signPath(`/api/download/${token}`)}`;
    return { kind: 'url' as const, url, name, bytes: file.bytes, sha256: file.sha256 };
  }

  /** Hands out a finished file once; the caller deletes it after sending. */
  take(token: string): { path: string; name: string } | null {
    const entry = this.ready.get(token) ?? null;
    this.ready.delete(token);
    return entry;
  }

  async dispose(): Promise<void> {
    await rm(this.folder, { recursive: true, force: true });
  }
}
