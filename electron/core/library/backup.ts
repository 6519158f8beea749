/**
 * Backup/export of an account's library (or a selection) into a folder with manifest.json.
 * Re-running fetches only what is new or changed: an entry whose update_time is unchanged and
 * whose file is still there with the recorded sha256 is skipped without any API call.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, readFile, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { BackupResult, LibraryKind } from '../../shared/features/library.channels';
import { writeFileAtomic } from '../fs/atomic-write';
import type { IndexedItem } from '../index/index-types';
import { toAppError } from '../wechat/to-app-error';
import { assertFolder, type BulkDeps } from './bulk-ops';
import { saveItem } from './item-files';

export interface ManifestEntry {
  media_id: string;
  type: LibraryKind;
  name: string;
  update_time: number;
  sha256: string;
  /** Path relative to the backup folder, with forward slashes. */
  file: string;
}

export interface Manifest {
  version: 1;
  account: string;
  updated_at: string;
  items: ManifestEntry[];
}

export const MANIFEST = 'manifest.json';
const SAVE_EVERY = 50;

async function readManifest(folder: string): Promise<Map<string, ManifestEntry>> {
  const raw = await readFile(path.join(folder, MANIFEST), 'utf8').catch(() => null);
  const map = new Map<string, ManifestEntry>();
  if (!raw) return map;
  try {
    const data = JSON.parse(raw) as Manifest;
    for (const e of data.items ?? []) if (e && typeof e.media_id === 'string') map.set(e.media_id, e);
  } catch {
    // An unreadable manifest only costs a full re-fetch; the files themselves are never overwritten.
  }
  return map;
}

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

async function unchanged(folder: string, entry: ManifestEntry | undefined, item: IndexedItem): Promise<boolean> {
  if (!entry || entry.update_time !== item.updateTime || entry.type !== item.kind) return false;
  return (await hashFile(path.join(folder, entry.file))) === entry.sha256;
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
          version: 1,
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
        const dir = path.join(folder, item.kind);
        await mkdir(dir, { recursive: true });
        const saved = await saveItem(deps.client, item, dir);
        entries.set(item.id, {
          media_id: item.id,
          type: item.kind,
          name: item.name,
          update_time: item.updateTime,
          sha256: saved.sha256,
          file: path.relative(folder, saved.path).split(path.sep).join('/'),
        });
        // The changed item's older copy is replaced only after the new one is safely on disk.
        if (old && old.file !== entries.get(item.id)!.file) await unlink(path.join(folder, old.file)).catch(() => 0);
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
