/**
 * Handlers of the uploads feature's channels (see electron/shared/features/uploads.channels.ts):
 * the journaled upload queue per account and the temporary-media ledger, plus the `temp/` asset route.
 */
import type { CoreContext } from '../app-core';
import { mediaRoute } from '../assets';
import type { FeatureHandlers } from '../ipc/dispatch';
import type { UploadsChannel } from '@shared/features/uploads.channels';
import { TempMediaService } from '../uploads/temp-media';
import { UploadsService } from '../uploads/uploads-service';

export async function createUploadsHandlers(ctx: CoreContext): Promise<FeatureHandlers<UploadsChannel>> {
  const clientFor = (id: string) => ctx.clients.get(id);
  const temp = new TempMediaService({
    dataDir: ctx.options.dataDir,
    clientFor,
    downloads: ctx.options.downloads,
    quarantine: ctx.quarantine,
  });
  const uploads = new UploadsService({
    dataDir: ctx.options.dataDir,
    clientFor,
    staging: ctx.staging,
    temp,
    emit: (p) => ctx.emit('uploads:progress', p),
    noteAdded: (accountId, item, url) => ctx.library.noteAdded(accountId, item, url),
    quarantine: ctx.quarantine,
    log: ctx.log,
  });
  // Validated ids only (AssetRoutes); the file is the one this account's ledger recorded, inside its cache folder.
  ctx.assets.register(
    'temp',
    mediaRoute(({ accountId, id }) => temp.asset(accountId, id)),
  );
  ctx.onClose(() => uploads.close());
  ctx.onForgetAccount(async (accountId) => {
    await uploads.forget(accountId);
    await temp.forget(accountId);
  });
  // Pending items of a previous run resume now, not when the user next opens the section.
  await uploads.resumeAll(ctx.accounts.list().map((a) => a.id));

  const snapshot = async (accountId: string) => (await uploads.queue(accountId)).snapshot();
  return {
    'uploads:enqueue': ({ accountId, mode, files }) => uploads.enqueue(accountId, mode, files),
    'uploads:list': ({ accountId }) => snapshot(accountId),
    'uploads:control': async ({ accountId, action, jobId }) => {
      await (await uploads.queue(accountId)).control(action, jobId);
      return snapshot(accountId);
    },
    'uploads:resolveDuplicate': async ({ accountId, jobId, choice }) => {
      await (await uploads.queue(accountId)).resolveDuplicate(jobId, choice);
      return snapshot(accountId);
    },
    'uploads:setConcurrency': async ({ accountId, concurrency }) => {
      (await uploads.queue(accountId)).setConcurrency(concurrency);
      return snapshot(accountId);
    },
    'uploads:clearFinished': async ({ accountId }) => {
      await (await uploads.queue(accountId)).clearFinished();
      return snapshot(accountId);
    },
    'uploads:tempList': ({ accountId }) => temp.list(accountId),
    'uploads:tempFetch': ({ accountId, input }) => temp.fetch(accountId, input),
    'uploads:tempSave': ({ accountId, mediaId }) => temp.save(accountId, mediaId),
  };
}
