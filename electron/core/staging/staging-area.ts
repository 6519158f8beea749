/**
 * Files handed to the main process for upload, identified by opaque tokens. The renderer never
 * names a path: desktop paths come from the preload (webUtils.getPathForFile on a real File);
 * browser mode streams the bytes in and they land in a private temp folder.
 */
import { createWriteStream } from 'node:fs';
import { lstat, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { expandPaths } from './expand-folders';
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Readable } from 'node:stream';
import type { StagedFile } from '@shared/models';
import { appError } from '@shared/errors';
import { sanitizeFileName } from '../files/file-name';

export interface StagedEntry {
  path: string;
  name: string;
  size: number;
  /** Owned temp copy (browser mode): removed when released. */
  owned: boolean;
}

/** Browser-mode uploads are capped here; WeChat's largest material is 10 MB, so this leaves headroom. */
export const MAX_STAGED_BYTES = 64 * 1024 * 1024;

export class StagingArea {
  private readonly entries = new Map<string, StagedEntry>();
  private tempDir: string | null = null;

  /**
   * Desktop: accepts regular files; a folder stands for the regular files below it (recursively,
   * hidden files and symlinks skipped). Devices and symlinks given directly are refused.
   */
  async register(paths: string[]): Promise<StagedFile[]> {
    const out: StagedFile[] = [];
    for (const p of paths) if (!path.isAbsolute(p)) throw notAFile(p);
    const expanded = await expandPaths(paths);
    for (const p of expanded) if (!path.isAbsolute(p)) throw notAFile(p);
    // All at once (libuv's pool bounds them): one by one, 200 files cost ~50 ms before the first upload
    // could start (bench/upload-throughput.ts). Checked and registered in the order given.
    const infos = await Promise.all(expanded.map((p) => lstat(p).catch(() => null)));
    expanded.forEach((p, i) => {
      const info = infos[i];
      if (!info || !info.isFile()) throw notAFile(path.basename(p));
    });
    expanded.forEach((p, i) => {
      out.push(this.add({ path: p, name: path.basename(p), size: infos[i]!.size, owned: false }));
    });
    return out;
  }

  /** Browser mode: streams a file in, refusing anything over MAX_STAGED_BYTES. */
  async stageStream(name: string, body: Readable): Promise<StagedFile> {
    const dir = await this.dir();
    const safeName = sanitizeFileName(name, 'file');
    const target = path.join(dir, `${randomBytes(8).toString('hex')}-${safeName}`);
    let size = 0;
    body.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_STAGED_BYTES) body.destroy(tooLarge());
    });
    try {
      await pipeline(body, createWriteStream(target, { mode: 0o600 }));
    } catch (err) {
      await rm(target, { force: true });
      throw err;
    }
    return this.add({ path: target, name: safeName, size, owned: true });
  }

  resolve(token: string): StagedEntry {
    const entry = this.entries.get(token);
    if (!entry) {
      throw appError('STAGED_FILE_GONE', 'bad-input', {
        zh: '待上传的文件已失效，请重新选择文件。',
        en: 'The file to upload is no longer available. Pick it again.',
      });
    }
    return entry;
  }

  /** Hands the entry over to a new owner (the upload queue): forgotten here, the file is NOT deleted. */
  take(token: string): StagedEntry {
    const entry = this.resolve(token);
    this.entries.delete(token);
    return entry;
  }

  async release(token: string): Promise<void> {
    const entry = this.entries.get(token);
    this.entries.delete(token);
    if (entry?.owned) await rm(entry.path, { force: true });
  }

  async dispose(): Promise<void> {
    if (this.tempDir) await rm(this.tempDir, { recursive: true, force: true });
    this.entries.clear();
  }

  private add(entry: StagedEntry): StagedFile {
    const token = randomBytes(16).toString('hex');
    this.entries.set(token, entry);
    return { token, name: entry.name, size: entry.size };
  }

  private async dir(): Promise<string> {
    if (!this.tempDir) {
      await mkdir(os.tmpdir(), { recursive: true });
      this.tempDir = await mkdtemp(path.join(os.tmpdir(), 'sucaidesk-stage-'));
    }
    return this.tempDir;
  }
}

function notAFile(name: string) {
  return appError('NOT_A_FILE', 'bad-input', {
    zh: `「${name}」不是普通文件（文件夹、链接或设备不能上传）。`,
    en: `"${name}" is not a regular file (folders, links and devices cannot be uploaded).`,
  });
}

function tooLarge() {
  return appError('TOO_LARGE', 'bad-input', {
    zh: `文件超过 ${MAX_STAGED_BYTES / 1024 / 1024} MB，微信素材最大 10 MB。`,
    en: `The file is over ${MAX_STAGED_BYTES / 1024 / 1024} MB; WeChat material is at most 10 MB.`,
  });
}
