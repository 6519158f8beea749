/**
 * The library's record of changes made in the app: an item added (by the upload queue) or removed
 * (by a bulk delete) reaches the local index, the thumbnail cache and the renderer at once, without
 * a re-list. Uploads, deletes and downloads themselves each have one implementation elsewhere:
 * electron/core/uploads/upload-queue.ts and electron/core/library/bulk-ops.ts.
 */
import type { MaterialItem, MaterialType } from '@shared/models';
import type { EventMap } from '@shared/contract';
import type { ThumbService } from '../thumbs/thumb-service';
import type { IndexRegistry } from '../index/index-registry';
import type { LibraryIndex } from '../index/library-index';
import type { Logger } from '../log';
import { toAppError } from '../wechat/to-app-error';

export interface LibraryDeps {
  /** The local index: uploads and deletes made in the app update it without a re-list. */
  indexes: IndexRegistry;
  thumbs: ThumbService;
  emit<E extends keyof EventMap>(event: E, payload: EventMap[E]): void;
  log: Logger;
}

export class LibraryService {
  constructor(private readonly deps: LibraryDeps) {}

  /**
   * Index updates run after the reply: a failure (index file unwritable) is logged, the next sync repairs it.
   * `done` (sending `library:changed`) runs once the index holds the change, or has failed to: a view that
   * re-reads on the event must see the new state, never the old one.
   */
  private withIndex(accountId: string, event: string, fn: (index: LibraryIndex) => void, done: () => void): void {
    const log = (suffix: string) => (err: unknown) =>
      this.deps.log.failure(`${event}${suffix}`, toAppError(err), { accountId });
    this.deps.indexes.for(accountId).then(fn).catch(log('')).then(done).catch(log('.notify'));
  }

  private indexAdd(accountId: string, item: MaterialItem, url: string | undefined, done: () => void): void {
    this.withIndex(
      accountId,
      'library.index-add',
      (index) =>
        index.addNewest({
          id: item.mediaId,
          kind: item.type,
          name: item.name,
          updateTime: item.updateTime,
          ...(url && item.type === 'image' ? { thumbUrl: url } : {}),
          ...(item.articleTitles ? { titles: item.articleTitles } : {}),
        }),
      done,
    );
  }

  private indexRemove(accountId: string, mediaId: string, type: MaterialType | undefined, done: () => void): void {
    this.withIndex(
      accountId,
      'library.index-remove',
      (index) => {
        const kind = type ?? index.find(mediaId)?.kind;
        if (kind) index.remove(kind, [mediaId]);
      },
      done,
    );
  }

  /**
   * Records an item created in the app (uploads, the queue) so the library shows it at once,
   * without a re-list. Other features call this instead of touching the library's state.
   */
  noteAdded(accountId: string, item: MaterialItem, url?: string): void {
    if (url && item.type === 'image') this.deps.thumbs.remember(accountId, item.mediaId, url);
    this.indexAdd(accountId, item, url, () => this.deps.emit('library:changed', { accountId, type: item.type }));
  }

  /** Records an item deleted in the app. */
  noteRemoved(accountId: string, mediaId: string, type: MaterialType): void {
    this.deps.thumbs.forget(accountId, mediaId);
    this.indexRemove(accountId, mediaId, type, () => this.deps.emit('library:changed', { accountId, type }));
  }
}
