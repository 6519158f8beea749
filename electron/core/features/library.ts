/**
 * Handlers of the library feature's channels (see electron/shared/features/library.channels.ts):
 * the local index (sync, query, summary), details and previews, bulk delete/download and backup.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { CoreContext } from '../app-core';
import { containedPath } from '../fs/contained-path';
import { idFileName } from '../fs/id-file-name';
import type { FeatureHandlers } from '../ipc/dispatch';
import type { LibraryChannel, LibraryKind, LibraryKindSummary, LibraryUsedIn } from '@shared/features/library.channels';
import { appError } from '@shared/errors';
import { INDEX_KINDS, type IndexKind } from '../index/index-types';
import { bulkDelete, bulkDownload, type BulkDeps } from '../library/bulk-ops';
import { backup } from '../library/backup';
import { itemDetail, toLibraryItem } from '../library/detail';
import { PreviewCache } from '../library/preview-cache';
import { usedInOf } from '../library/used-in';
import { createPreviewRoute } from '../library/preview-route';
import { saveItem } from '../library/item-files';
import { VoiceDurations, voiceDurationsDir } from '../library/voice-durations';

function notIndexed() {
  return appError('NOT_IN_INDEX', 'not-found', {
    zh: '本地索引里没有这个素材，它可能已被删除。请点“同步”后重试。',
    en: 'This item is not in the local index; it may have been deleted. Press Sync and try again.',
  });
}

export function createLibraryHandlers(ctx: CoreContext): Promise<FeatureHandlers<LibraryChannel>> {
  const clientFor = (id: string) => ctx.clients.get(id);
  const indexes = ctx.indexes;
  // Streamed from files so a video can seek (issue 11); the cache is emptied at start (preview-cache.ts).
  const previews = new PreviewCache(path.join(ctx.options.dataDir, 'preview-cache'));
  ctx.assets.register('preview', createPreviewRoute(indexes, clientFor, previews));
  // Measured from the same cached file the voice player streams (issue 11: voice cards show duration).
  const voiceDurations = new VoiceDurations(voiceDurationsDir(ctx.options.dataDir), async (accountId, mediaId) => {
    const item = (await indexes.for(accountId)).find(mediaId);
    if (item?.kind !== 'voice') return null;
    const cached = await previews.get(accountId, mediaId, async (dir) =>
      saveItem(await clientFor(accountId), item, dir),
    );
    return cached?.file ?? null;
  });
  ctx.onClose(() => voiceDurations.flush());
  // Removing an account (or a new AppID) deletes its cached previews and measured durations (features/accounts.ts).
  ctx.onForgetAccount(async (accountId) => {
    const dataDir = ctx.options.dataDir;
    await rm(await containedPath(path.join(dataDir, 'preview-cache'), idFileName(accountId)), {
      recursive: true,
      force: true,
    });
    await voiceDurations.forget(accountId);
  });

  const bulkDeps = async (accountId: string): Promise<BulkDeps> => ({
    client: await clientFor(accountId),
    index: await indexes.for(accountId),
    emit: ctx.emit,
    onGone: ({ id, kind }) => {
      ctx.thumbs.forget(accountId, id);
      ctx.emit('library:changed', { accountId, type: kind });
    },
  });

  return Promise.resolve({
    'library:sync': async ({ accountId, kinds, mode }) => {
      const reports = [];
      for (const kind of kinds) {
        const report = await indexes.sync(accountId, kind, mode);
        if (report) reports.push(report);
      }
      return reports;
    },
    'library:query': async ({ accountId, ...q }) => {
      const index = await indexes.for(accountId);
      const res = index.query(q);
      return { ...res, items: res.items.map((i) => toLibraryItem(accountId, i, ctx.thumbs, usedInOf(index, i))) };
    },
    'library:summary': async ({ accountId }) => {
      const index = await indexes.for(accountId);
      const now = Date.now();
      const out = {} as Record<LibraryKind, LibraryKindSummary>;
      for (const kind of INDEX_KINDS) {
        const s = index.state(kind);
        out[kind] = {
          total: s.total,
          indexed: s.count,
          syncedAt: s.syncedAt,
          stale: index.isStale(kind, now, indexes.staleMs),
        };
      }
      return out;
    },
    'library:detail': async ({ accountId, kind, mediaId }) => {
      const index = await indexes.for(accountId);
      const item = index.get(kind, mediaId);
      if (!item) throw notIndexed();
      try {
        return await itemDetail(await clientFor(accountId), accountId, item, ctx.thumbs, usedInOf(index, item));
      } catch (err) {
        // 40007: the item no longer exists; the index drops it so the grid stops showing it.
        if ((err as { errcode?: number }).errcode === 40007) index.remove(kind, [mediaId]);
        throw err;
      }
    },
    'library:bulkDelete': async ({ accountId, kind, mediaIds }) =>
      bulkDelete(await bulkDeps(accountId), kind, mediaIds),
    'library:whereUsed': async ({ accountId, mediaIds }) => {
      const index = await indexes.for(accountId);
      const out: Record<string, LibraryUsedIn> = {};
      for (const id of mediaIds) {
        const item = index.find(id);
        const usedIn = item && usedInOf(index, item);
        if (usedIn) out[id] = usedIn;
      }
      return out;
    },
    'library:voiceDurations': ({ accountId, mediaIds }) => voiceDurations.durations(accountId, mediaIds),
    'library:bulkDownload': async ({ accountId, mediaIds, folder }) =>
      bulkDownload({ ...(await bulkDeps(accountId)), downloads: ctx.options.downloads }, mediaIds, folder),
    'library:backup': async ({ accountId, folder, kinds, mediaIds }) => {
      const deps = await bulkDeps(accountId);
      const wanted: IndexKind[] = kinds ?? [...INDEX_KINDS];
      if (!mediaIds) for (const kind of wanted) await indexes.sync(accountId, kind, 'if-stale');
      const items = mediaIds
        ? mediaIds.map((id) => deps.index.find(id)).filter((i) => i !== undefined)
        : wanted.flatMap((k) => deps.index.ordered(k));
      return backup({ ...deps, accountId }, folder, items);
    },
  });
}
