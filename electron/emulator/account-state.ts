/**
 * Everything one 公众号 holds on the server side: permanent material, temp media,
 * drafts, publish jobs and quota counters. Accounts are fully isolated from each other.
 */
import { createHash } from 'node:crypto';
import type { Article } from './article';
import type { StoredBlob } from './blob';
import { MaterialStore } from './material-store';
import { QuotaCounter } from './quota';
import type { EmulatorAccount } from './types';
import type { UploadType } from './upload-rules';

export interface TempMedia {
  mediaId: string;
  type: UploadType;
  name: string;
  blob: StoredBlob;
  createdAt: number;
  cdnId?: string;
}

export interface Draft {
  mediaId: string;
  articles: Article[];
  createTime: number;
  updateTime: number;
  /** Message id used in preview URLs. */
  mid: number;
  seq: number;
}

export interface PublishJob {
  publishId: number;
  msgDataId: number;
  articleId: string;
  articles: Article[];
  /** Emulator-clock ms of the submit; publish_status turns 0 after publishDelayMs. */
  submitMs: number;
  createTime: number;
  deleted: boolean[];
  mid: number;
}

export class AccountState {
  readonly materials = new MaterialStore();
  readonly temps = new Map<string, TempMedia>();
  readonly drafts = new Map<string, Draft>();
  readonly publishes = new Map<number, PublishJob>();
  readonly byArticleId = new Map<string, PublishJob>();
  readonly quota = new QuotaCounter();
  /** __biz value of article URLs: base64 of a 10-digit number derived from the AppID. */
  readonly biz: string;
  /** Monotonic counter so repeated seed() calls still produce distinct files. */
  seedSalt = 0;
  draftBoxOpen = 1;
  /**
   * The account's API IP whitelist (mp.weixin.qq.com → 设置与开发 → 基本配置 → IP白名单): when set, a token
   * request from any other address gets 40164 naming the caller's IP. Null = no whitelist configured.
   */
  ipWhitelist: string[] | null = null;

  constructor(readonly account: EmulatorAccount) {
    const n = 3000000000 + (createHash('sha256').update(account.appId).digest().readUInt32BE(0) % 999999999);
    this.biz = Buffer.from(String(n)).toString('base64');
  }

  /** A live permanent image or thumb: the only valid thumb_media_id for articles. */
  isPermanentImage(mediaId: string): boolean {
    const m = this.materials.get(mediaId);
    return m !== undefined && (m.type === 'image' || m.type === 'thumb');
  }

  clear(): void {
    this.materials.clear();
    this.temps.clear();
    this.drafts.clear();
    this.publishes.clear();
    this.byArticleId.clear();
    this.quota.clear();
    this.quota.clears = 0;
    this.seedSalt = 0;
    this.draftBoxOpen = 1;
    this.ipWhitelist = null;
  }
}
