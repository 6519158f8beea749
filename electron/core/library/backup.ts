/**
 * Backup/export of an account's library (or a selection) into a folder with manifest.json.
 * Re-running fetches only what is new or changed: an entry whose update_time is unchanged and
 * whose file is still there with the recorded sha256 is skipped without any API call.
 * File names come from the items (through the one sanitizer); the manifest only records them and is
 * read as untrusted input (backup-manifest.ts), so it can never name a path to read, replace or delete.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { BackupResult } from '@shared/features/library.channels';
import { appError } from '@shared/errors';
import { writeFileAtomic } from '../fs/atomic-write';
import { containedPath, PathEscapeError } from '../fs/contained-path';
import type { IndexedItem } from '../index/index-types';
import { toAppError } from '../wechat/to-app-error';
import {
  MANIFEST,
  MANIFEST_VERSION,
  entryPath,
  readManifest,
  type Manifest,
  type ManifestEntry,
} from './backup-manifest';
import { assertFolder, type BulkDeps } from './bulk-ops';
import { saveItem } from './item-files';

export { MANIFEST, type Manifest, type ManifestEntry } from './backup-manifest';

const SAVE_EVERY = 50;

/** sha256 of a local file, or null when it is missing. */
export function hashFile(file: string): Promise<string | null> {
  return new Promise((resolve) => {
    const hash = createHash('sha256');
    createReadStream(file)
      .on('data', (c) => hash.update(c))
      .on('end', () => resolve(hash.digest('hex')))
      .on('error', () => resolve(null));
  });
}

/** The recorded file's sha256 when it is still where the manifest says, inside the folder; else null. */
async function recordedHash(folder: string, entry: ManifestEntry): Promise<string | null> {
  const file = await entryPath(folder, entry).catch(() => null);
  return file ? hashFile(file) : null;
}

async function unchanged(folder: string, entry: ManifestEntry | undefined, item: IndexedItem): Promise<boolean> {
  if (!entry || entry.update_time !== item.updateTime || entry.type !== item.kind) return false;
  return (await recordedHash(folder, entry)) === entry.sha256;
}

/**
 * Removes the older copy of a changed item, only when it is still the exact file we wrote (same
 * sha256): a manifest edited to point at another file in the folder cannot get that file deleted.
 */
async function removeOldCopy(folder: string, old: ManifestEntry): Promise<void> {
  if ((await recordedHash(folder, old)) !== old.sha256) return;
  await unlink(await entryPath(folder, old)).catch(() => 0);
}

function unsafeFolder(kind: string) {
  return appError('BACKUP_FOLDER_UNSAFE', 'bad-input', {
    zh: `备份文件夹里的“${kind}”不是普通文件夹（可能是指向别处的链接），已拒绝写入。请删除它或换一个备份文件夹。`,
    en: `"${kind}" in the backup folder is not a plain folder (it may be a link elsewhere), so nothing was written there. Remove it or choose another backup folder.`,
  });
}

/** `folder/<kind>`, created if needed and refused when it is (or goes through) a symlink. */
async function kindFolder(folder: string, kind: string): Promise<string> {
  try {
    await containedPath(folder, kind);
    await mkdir(path.join(folder, kind), { recursive: true });
    return await containedPath(folder, kind);
  } catch (err) {
    throw err instanceof PathEscapeError ? unsafeFolder(kind) : err;
  }
}

export async function backup(
  deps: BulkDeps & { accountId: string },
  folder: string,
  items: IndexedItem[],
): Promise<BackupResult> {
  await assertFolder(folder);
  const entries = await readManifest(folder);
  const manifestPath = path.join(folder, MANIFEST);
  const write = () =>
    writeFileAtomic(
      manifestPath,
      JSON.stringify(
        {
          version: MANIFEST_VERSION,
          account: deps.accountId,
          updated_at: new Date().toISOString(),
          items: [...entries.values()],
        } satisfies Manifest,
        null,
        2,
      ),
      0o644,
    );
  const result: BackupResult = { folder, manifest: manifestPath, fetched: 0, skipped: 0, failed: [] };
  let done = 0;
  for (const item of items) {
    const old = entries.get(item.id);
    if (await unchanged(folder, old, item)) {
      result.skipped++;
    } else {
      try {
        const dir = await kindFolder(folder, item.kind);
        const saved = await saveItem(deps.client, item, dir);
        const entry: ManifestEntry = {
          media_id: item.id,
          type: item.kind,
          name: item.name,
          update_time: item.updateTime,
          sha256: saved.sha256,
          file: `${item.kind}/${path.basename(saved.path)}`,
        };
        entries.set(item.id, entry);
        // The changed item's older copy is replaced only after the new one is safely on disk.
        if (old && old.file !== entry.file) await removeOldCopy(folder, old);
        result.fetched++;
        if (result.fetched % SAVE_EVERY === 0) await write();
      } catch (err) {
        result.failed.push({ mediaId: item.id, error: toAppError(err) });
      }
    }
    done++;
    deps.emit('library:progress', { op: 'backup', done, total: items.length, name: item.name });
  }
  await write();
  return result;
}
