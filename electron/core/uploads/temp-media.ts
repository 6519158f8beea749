/**
 * Temporary media of every account: the ledger of uploads, fetching any media_id (or one pasted from a
 * received message's XML) for preview through the `temp/` asset route, and saving it. media/get answers
 * bytes for images/voice/thumbs, `{video_url}` JSON for videos, and JSON errors (40007 once expired).
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { TempMediaEntry } from '@shared/features/uploads.channels';
import type { DownloadOutcome, UploadType } from '@shared/models';
import { appError } from '@shared/errors';
import type { AssetResponse } from '../assets';
import { containedPath } from '../fs/contained-path';
import type { QuarantineLog } from '../fs/quarantine';
import { idFileName } from '../fs/id-file-name';
import type { DownloadTarget } from '../library/download-target';
import type { WeChatClient } from '../wechat/client';
import { WeChatApiError } from '../wechat/errors';
import { extractMediaId, extractMsgType } from './message-xml';
import { saveCopy } from './save-copy';
import { TEMP_LIFETIME_MS } from './send-job';
import { TempLedger, type TempRecord } from './temp-ledger';
import { tempInvalidMediaId } from './temp-media-errors';
import { saveTempVideo, VIDEO_WARMUP_DELAYS_MS } from './temp-video';

export interface TempMediaDeps {
  dataDir: string;
  clientFor(accountId: string): Promise<WeChatClient>;
  downloads: DownloadTarget;
  now?: () => number;
  /** Where a ledger that had to be set aside is reported. */
  quarantine?: QuarantineLog;
  /** Waits between retries of a temp video's warm-up 404 (temp-video.ts); tests shorten them. */
  videoWarmupDelaysMs?: readonly number[];
}

function typeOfContent(contentType: string, msgType: string | null): UploadType | 'unknown' {
  if (contentType.startsWith('image/')) return 'image';
  if (contentType.startsWith('audio/')) return 'voice';
  if (contentType.startsWith('video/') || msgType === 'video' || msgType === 'shortvideo') return 'video';
  return 'unknown';
}

export class TempMediaService {
  private readonly ledgers = new Map<string, Promise<TempLedger>>();
  private readonly now: () => number;

  constructor(private readonly deps: TempMediaDeps) {
    this.now = deps.now ?? Date.now;
  }

  /** `<data>/uploads`: the ledgers, and `temp-cache/<account>/` with the fetched copies. */
  private get root(): string {
    return path.join(this.deps.dataDir, 'uploads');
  }

  ledger(accountId: string): Promise<TempLedger> {
    let l = this.ledgers.get(accountId);
    if (!l) {
      l = TempLedger.openFor(this.root, accountId, this.now, this.deps.quarantine);
      l.catch(() => this.ledgers.delete(accountId));
      this.ledgers.set(accountId, l);
    }
    return l;
  }

  /**
   * Deletes an account's temp-media ledger and its fetched copies (account removed, or another AppID now:
   * its media_ids mean nothing to the new one). WeChat's temporary media simply expire there.
   */
  async forget(accountId: string): Promise<void> {
    const ledger = this.ledgers.get(accountId);
    this.ledgers.delete(accountId);
    await ledger?.catch(() => undefined);
    await rm(await containedPath(this.root, `${idFileName(accountId)}.temp.json`), { force: true });
    await rm(await this.cacheDir(accountId), { recursive: true, force: true });
  }

  /** The folder of an account's fetched copies, built by containedPath (electron/core/fs/contained-path.ts). */
  private cacheDir(accountId: string): Promise<string> {
    return containedPath(this.root, 'temp-cache', idFileName(accountId));
  }

  /**
   * A ledger row's cached file. Only its file name is taken from the row, and only inside the account's own
   * cache folder: a ledger that names any other path (edited, or planted) cannot make us read or delete it.
   */
  private cachedFile(accountId: string, cache: NonNullable<TempRecord['cache']>): Promise<string> {
    return containedPath(this.root, 'temp-cache', idFileName(accountId), path.basename(cache.path));
  }

  async list(accountId: string): Promise<TempMediaEntry[]> {
    return (await this.ledger(accountId)).list(accountId);
  }

  /** Records a temp upload made by the queue. */
  async recordUpload(accountId: string, row: Omit<TempRecord, 'source'>): Promise<void> {
    await (await this.ledger(accountId)).put({ ...row, source: 'uploaded' });
  }

  async fetch(accountId: string, input: string): Promise<TempMediaEntry> {
    const mediaId = extractMediaId(input);
    if (!mediaId) {
      throw appError('TEMP_NO_MEDIA_ID', 'bad-input', {
        zh: '没有找到 media_id。请粘贴 media_id 本身，或粘贴收到的消息 XML（其中含有 <MediaId>）。',
        en: 'No media_id found. Paste the media_id itself, or a received message XML containing <MediaId>.',
      });
    }
    const ledger = await this.ledger(accountId);
    const now = this.now();
    const known = ledger.get(mediaId);
    const base: TempRecord = known ?? {
      mediaId,
      type: 'unknown',
      name: mediaId,
      // Unknown ids: the fetch time bounds the expiry from above (WeChat gives no creation time).
      createdAt: now,
      expiresAt: now + TEMP_LIFETIME_MS,
      source: 'fetched',
    };
    const dir = await this.cacheDir(accountId);
    await mkdir(dir, { recursive: true, mode: 0o700 });
    const client = await this.deps.clientFor(accountId);
    let row: TempRecord;
    try {
      // The name hint is the media_id only when it is a plain token; the client adds the real extension.
      const got = await client.media.get(mediaId, dir, idFileName(mediaId));
      if (got.kind === 'file') {
        const old = base.cache ? await this.cachedFile(accountId, base.cache) : null;
        if (old && old !== path.resolve(got.path)) await rm(old, { force: true });
        const { path: p, bytes, sha256, contentType } = got;
        const type = base.type === 'unknown' ? typeOfContent(contentType, extractMsgType(input)) : base.type;
        row = { ...base, type, cache: { path: p, bytes, sha256, contentType } };
      } else if (typeof got.value.video_url === 'string') {
        row = { ...base, type: 'video', videoUrl: got.value.video_url };
      } else {
        throw appError('TEMP_UNKNOWN_ANSWER', 'internal', {
          zh: '微信返回了无法识别的内容（既不是文件也不是 video_url）。',
          en: 'WeChat answered something that is neither a file nor a video_url.',
        });
      }
    } catch (err) {
      if (!(err instanceof WeChatApiError) || err.errcode !== 40007) throw err;
      // 40007 means "expired" or "never valid here" alike. Only the ledger can tell them apart: an id it
      // knows as past its 3 days is shown as expired; any other id (mistyped, another account's, uploaded
      // elsewhere) gets WeChat's 40007 with advice, and is not written into the ledger.
      if (!known || now < known.expiresAt) throw tempInvalidMediaId(err.rid);
      row = known;
    }
    await ledger.put(row);
    return ledger.view(accountId, row);
  }

  async save(accountId: string, mediaId: string): Promise<DownloadOutcome> {
    const row = (await this.ledger(accountId)).get(mediaId);
    if (!row || (!row.cache && !row.videoUrl)) {
      throw appError('TEMP_NOT_FETCHED', 'bad-input', {
        zh: '请先获取（预览）这个临时素材，再保存。',
        en: 'Fetch (preview) this temporary item first, then save it.',
      });
    }
    const folder = await this.deps.downloads.chooseFolder();
    if (!folder) return { kind: 'cancelled' };
    let saved: string;
    if (row.cache) {
      const name = row.source === 'uploaded' ? row.name : path.basename(row.cache.path);
      saved = await saveCopy(await this.cachedFile(accountId, row.cache), folder, name);
    } else {
      const { apiBase } = await this.deps.clientFor(accountId);
      const delays = this.deps.videoWarmupDelaysMs ?? VIDEO_WARMUP_DELAYS_MS;
      saved = await saveTempVideo(apiBase, row.videoUrl!, folder, `${mediaId}.mp4`, delays);
    }
    const bytes = await readFile(saved);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    return this.deps.downloads.finish({ path: saved, bytes: (await stat(saved)).size, sha256 });
  }

  /**
   * The `temp/<account>/<mediaId>` asset route: the cached file, never a data: URL, streamed in ranges by
   * AssetRoutes (electron/core/assets.ts). The ids come validated from AssetRoutes; the file is the one
   * this account's ledger recorded, inside its cache folder, and AssetRoutes refuses any recorded type
   * that is not a picture, sound or video.
   */
  async asset(accountId: string, mediaId: string): Promise<AssetResponse | null> {
    const cache = (await this.ledger(accountId)).get(mediaId)?.cache;
    if (!cache) return null;
    return { file: await this.cachedFile(accountId, cache), contentType: cache.contentType };
  }
}
