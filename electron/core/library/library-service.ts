/**
 * The material library for the first slice: counts, one page from batchget, upload one or more
 * staged files, delete, download. Every WeChat call goes through the account's client (one got
 * instance and one token manager per account).
 */
import type { MaterialItem, MaterialType, UploadResult, UploadType, DownloadOutcome } from '../../shared/models';
import type { EventMap } from '../../shared/contract';
import { appError } from '../../shared/errors';
import type { WeChatClient } from '../wechat/client';
import { toAppError } from '../wechat/to-app-error';
import { validateForUpload } from '../files/validate';
import type { StagingArea } from '../staging/staging-area';
import type { ThumbService } from '../thumbs/thumb-service';
import type { DownloadTarget } from './download-target';
import { throttleProgress } from './throttle-progress';
import { sweepPartials } from '../files/atomic-file';
import type { IndexRegistry } from '../index/index-registry';

export interface LibraryDeps {
  clientFor(accountId: string): Promise<WeChatClient>;
  staging: StagingArea;
  thumbs: ThumbService;
  downloads: DownloadTarget;
  emit<E extends keyof EventMap>(event: E, payload: EventMap[E]): void;
  now?: () => number;
}

export class LibraryService {
  private indexes: IndexRegistry | null = null;

  constructor(private readonly deps: LibraryDeps) {}

  /** Connects the local index, so uploads and deletes made in the app update it without a re-list. */
  attachIndex(indexes: IndexRegistry): void {
    this.indexes = indexes;
  }

  private indexAdd(accountId: string, item: MaterialItem, url?: string): void {
    const indexes = this.indexes;
    if (!indexes) return;
    void indexes.for(accountId).then((index) =>
      index.addNewest({
        id: item.mediaId,
        kind: item.type,
        name: item.name,
        updateTime: item.updateTime,
        ...(url && item.type === 'image' ? { thumbUrl: url } : {}),
        ...(item.articleTitles ? { titles: item.articleTitles } : {}),
      }),
    );
  }

  private indexRemove(accountId: string, mediaId: string, type?: MaterialType): void {
    const indexes = this.indexes;
    if (!indexes) return;
    void indexes.for(accountId).then((index) => {
      const kind = type ?? index.find(mediaId)?.kind;
      if (kind) index.remove(kind, [mediaId]);
    });
  }

  /**
   * Uploads staged files one by one as permanent material. Each file is checked locally first
   * (magic bytes, size, format) so a bad file never costs an API call. No blind retry happens
   * here: add_material is not idempotent, and the resumable, reconciling queue owns retries.
   */
  async upload(
    accountId: string,
    type: UploadType,
    tokens: string[],
    video?: { title: string; introduction: string },
  ): Promise<UploadResult[]> {
    const client = await this.deps.clientFor(accountId);
    const results: UploadResult[] = [];
    for (const token of tokens) {
      const staged = this.deps.staging.resolve(token);
      try {
        const checked = await validateForUpload(staged.path, type, 'permanent');
        const description =
          type === 'video' ? (video ?? { title: stripExt(staged.name), introduction: '' }) : undefined;
        const added = await client.material.add(type, staged.path, {
          name: staged.name,
          description,
          onProgress: throttleProgress((transferred, total) =>
            this.deps.emit('upload:progress', { name: staged.name, transferred, total }),
          ),
        });
        if (added.url && type === 'image') this.deps.thumbs.remember(accountId, added.mediaId, added.url);
        const item: MaterialItem = {
          mediaId: added.mediaId,
          type: type === 'thumb' ? 'image' : type,
          name: added.name ?? withExt(staged.name, checked.ext),
          updateTime: Math.floor((this.deps.now?.() ?? Date.now()) / 1000),
          hasThumb: Boolean(added.url && type === 'image'),
        };
        this.indexAdd(accountId, item, added.url);
        results.push({ name: staged.name, item });
        await this.deps.staging.release(token);
      } catch (err) {
        results.push({ name: staged.name, error: toAppError(err) });
      }
    }
    return results;
  }

  /**
   * Records an item created in the app (uploads, the queue) so the library shows it at once,
   * without a re-list. Other features call this instead of touching the library's state.
   */
  noteAdded(accountId: string, item: MaterialItem, url?: string): void {
    if (url && item.type === 'image') this.deps.thumbs.remember(accountId, item.mediaId, url);
    this.indexAdd(accountId, item, url);
    this.deps.emit('library:changed', { accountId, type: item.type });
  }

  /** Records an item deleted in the app. */
  noteRemoved(accountId: string, mediaId: string, type: MaterialType): void {
    this.deps.thumbs.forget(accountId, mediaId);
    this.indexRemove(accountId, mediaId, type);
    this.deps.emit('library:changed', { accountId, type });
  }

  async remove(accountId: string, mediaId: string): Promise<void> {
    const client = await this.deps.clientFor(accountId);
    await client.material.del(mediaId);
    this.deps.thumbs.forget(accountId, mediaId);
    this.indexRemove(accountId, mediaId);
  }

  /** Saves one item atomically (`.partial`, fsync, rename) into the folder the target chooses. */
  async download(accountId: string, mediaId: string, nameHint: string): Promise<DownloadOutcome> {
    const client = await this.deps.clientFor(accountId);
    const folder = await this.deps.downloads.chooseFolder();
    if (!folder) return { kind: 'cancelled' };
    // A crash mid-download leaves `<name>.<random>.partial` behind; tidy this folder before writing.
    await sweepPartials(folder).catch(() => 0);
    const got = await client.material.download(mediaId, folder, nameHint || mediaId);
    if (got.kind === 'file') return this.deps.downloads.finish(got);
    throw appError('NOT_A_FILE_MATERIAL', 'bad-input', {
      zh: '这个素材没有可直接保存的文件（图文素材请导出为草稿；视频请在预览中打开下载链接）。',
      en: 'This item has no file to save directly (export articles as drafts; open a video from its preview).',
    });
  }
}

function stripExt(name: string): string {
  return name.replace(/\.[^.]+$/, '');
}

function withExt(name: string, ext: string): string {
  return name.toLowerCase().endsWith(`.${ext}`) ? name : `${stripExt(name)}.${ext}`;
}
