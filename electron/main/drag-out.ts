/**
 * Desktop drag-out: the renderer asks (one-way `library:startDrag`, trusted senders only) to drag
 * an indexed item out of the window; the main process saves the item into a private cache folder
 * (atomic, through the same bulk-download code as everything else) and hands that file to
 * `webContents.startDrag`, so dropping it on the desktop or a folder copies a real file. The
 * renderer only ever names an account and a media_id, never a path.
 */
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { IpcMain, IpcMainEvent, NativeImage } from 'electron';
import { oneWaySchemas, type OneWayChannel, type Req } from '@shared/contract';
import type { BulkDownloadResult } from '@shared/features/library.channels';
import type { Envelope } from '@shared/errors';
import { isTrustedSender } from './trusted-sender';

export const DRAG_CHANNEL = 'library:startDrag' satisfies OneWayChannel;

export interface DragOutDeps {
  /** Saves items into `folder` (the `library:bulkDownload` handler through the dispatcher). */
  download(req: { accountId: string; mediaIds: string[]; folder: string }): Promise<Envelope<BulkDownloadResult>>;
  cacheDir: string;
  icon(): NativeImage;
}

/** Reads `{accountId, mediaId}` from an untrusted payload with the contract's schema, or null. */
export function parseDragRequest(raw: unknown): Req<typeof DRAG_CHANNEL> | null {
  const parsed = oneWaySchemas[DRAG_CHANNEL].safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/** The file to drag for one item: the cached copy when it still exists, else a fresh atomic download. */
export function createDragFiles(deps: Pick<DragOutDeps, 'download' | 'cacheDir'>) {
  const cached = new Map<string, string>();
  return async (accountId: string, mediaId: string): Promise<string | null> => {
    const key = `${accountId}\n${mediaId}`;
    const hit = cached.get(key);
    if (hit && (await stat(hit).catch(() => null))?.isFile()) return hit;
    const folder = path.join(deps.cacheDir, accountId);
    await mkdir(folder, { recursive: true, mode: 0o700 });
    const env = await deps.download({ accountId, mediaIds: [mediaId], folder });
    const outcome = env.ok ? env.value.saved[0]?.outcome : undefined;
    if (outcome?.kind !== 'saved') return null;
    // Only a file the download wrote into this cache folder (under a sanitised name) is handed to the OS drag.
    if (path.dirname(path.resolve(outcome.path)) !== path.resolve(folder)) return null;
    cached.set(key, outcome.path);
    return outcome.path;
  };
}

/** Registers the one-way drag channel; untrusted senders and malformed requests are ignored. */
export function registerDragOut(ipc: Pick<IpcMain, 'on'>, trustedIds: ReadonlySet<number>, deps: DragOutDeps): void {
  const fileFor = createDragFiles(deps);
  ipc.on(DRAG_CHANNEL, (event: IpcMainEvent, raw: unknown) => {
    // The same sender check as every request channel (ipc-register.ts), then the contract's schema.
    if (!isTrustedSender(event, trustedIds)) return;
    const req = parseDragRequest(raw);
    if (!req) return;
    fileFor(req.accountId, req.mediaId)
      .then((file) => {
        if (file && !event.sender.isDestroyed()) event.sender.startDrag({ file, icon: deps.icon() });
      })
      .catch(() => undefined);
  });
}
