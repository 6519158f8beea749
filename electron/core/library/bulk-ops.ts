/**
 * Bulk delete and bulk download over items of the index. Deletes are sent one at a time
 * (WeChat's delete calls are irreversible; a 40007 means "already gone" and drops the item from
 * the index). Downloads go two at a time, each atomic, with a progress event per finished item.
 */
import { stat } from 'node:fs/promises';
import type { BulkDeleteResult, BulkDownloadResult, BulkFailure, LibraryKind } from '@shared/features/library.channels';
import type { EventMap } from '@shared/contract';
import { appError } from '@shared/errors';
import type { DownloadOutcome } from '@shared/models';
import { sweepPartials } from '../fs/atomic-write';
import { mapBounded } from '../index/index-sync';
import type { LibraryIndex } from '../index/library-index';
import type { IndexedItem } from '../index/index-types';
import type { WeChatClient } from '../wechat/client';
import { toAppError } from '../wechat/to-app-error';
import type { DownloadTarget } from './download-target';
import { saveItem } from './item-files';

type Emit = <E extends keyof EventMap>(event: E, payload: EventMap[E]) => void;

export interface BulkDeps {
  client: WeChatClient;
  index: LibraryIndex;
  emit: Emit;
  /** Called for every item that is gone (thumbnail cache, library:changed). */
  onGone?: (item: { id: string; kind: LibraryKind }) => void;
}

async function deleteOne(client: WeChatClient, kind: LibraryKind, id: string): Promise<void> {
  if (kind === 'draft') return client.draft.delete(id);
  if (kind === 'published') return client.publish.delete(id);
  return client.material.del(id);
}

export async function bulkDelete(deps: BulkDeps, kind: LibraryKind, ids: string[]): Promise<BulkDeleteResult> {
  const result: BulkDeleteResult = { deleted: [], gone: [], failed: [] };
  let done = 0;
  for (const id of new Set(ids)) {
    const name = deps.index.get(kind, id)?.name ?? id;
    try {
      await deleteOne(deps.client, kind, id);
      result.deleted.push(id);
    } catch (err) {
      const error = toAppError(err);
      if (error.errcode === 40007) result.gone.push(id);
      else result.failed.push({ mediaId: id, error });
      // A daily limit or whitelist error will hit every remaining item too: stop instead of spending calls.
      if (error.errClass === 'quota' || error.errClass === 'ip-whitelist' || error.errClass === 'auth') {
        deps.index.remove(kind, [...result.deleted, ...result.gone]);
        return result;
      }
    }
    done++;
    deps.emit('library:progress', { op: 'delete', done, total: ids.length, name });
  }
  deps.index.remove(kind, [...result.deleted, ...result.gone]);
  for (const id of [...result.deleted, ...result.gone]) deps.onGone?.({ id, kind });
  return result;
}

/** Checks a folder the user typed before any network call. */
export async function assertFolder(folder: string): Promise<void> {
  const info = await stat(folder).catch(() => null);
  if (!info?.isDirectory()) {
    throw appError('FOLDER_NOT_FOUND', 'bad-input', {
      zh: `找不到文件夹“${folder}”。请输入一个已存在的文件夹的完整路径。`,
      en: `Folder "${folder}" does not exist. Enter the full path of an existing folder.`,
    });
  }
}

function lookup(index: LibraryIndex, ids: string[]): { items: IndexedItem[]; missing: BulkFailure[] } {
  const items: IndexedItem[] = [];
  const missing: BulkFailure[] = [];
  for (const id of new Set(ids)) {
    const item = index.find(id);
    if (item) items.push(item);
    else missing.push({ mediaId: id, error: notIndexed().payload });
  }
  return { items, missing };
}

function notIndexed() {
  return appError('NOT_IN_INDEX', 'not-found', {
    zh: '本地索引里没有这个素材。请点“同步”后重试。',
    en: 'This item is not in the local index. Press Sync and try again.',
  });
}

export async function bulkDownload(
  deps: BulkDeps & { downloads: DownloadTarget },
  ids: string[],
  typedFolder?: string,
): Promise<BulkDownloadResult> {
  if (typedFolder) await assertFolder(typedFolder);
  const { items, missing } = lookup(deps.index, ids);
  const folder = typedFolder ?? (await deps.downloads.chooseFolder());
  if (!folder) return { folder: null, saved: [], failed: [], cancelled: true };
  // A crash mid-download leaves `<name>.<random>.partial` behind; tidy this folder before writing.
  await sweepPartials(folder).catch(() => 0);
  const result: BulkDownloadResult = { folder: typedFolder ?? null, saved: [], failed: [...missing], cancelled: false };
  let done = 0;
  await mapBounded(items, 2, async (item) => {
    try {
      const file = await saveItem(deps.client, item, folder);
      const outcome: DownloadOutcome = typedFolder ? { kind: 'saved', ...file } : deps.downloads.finish(file);
      result.saved.push({ mediaId: item.id, outcome });
    } catch (err) {
      const error = toAppError(err);
      if (error.errcode === 40007) {
        deps.index.remove(item.kind, [item.id]);
        deps.onGone?.({ id: item.id, kind: item.kind });
      }
      result.failed.push({ mediaId: item.id, error });
    }
    done++;
    deps.emit('library:progress', { op: 'download', done, total: items.length, name: item.name });
  });
  return result;
}
