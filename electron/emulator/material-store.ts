/**
 * Permanent material of one account, listed newest first like batchget_material.
 * Thumbs are stored as their own type (the ledger keeps 'thumb') but are listed and
 * counted with images: the web backend shows them in the 图片 library and `thumb` is not
 * a listable type (wechat-api.md §1.11). This is an emulator choice; the docs are silent.
 */
import type { Article } from './article';
import type { StoredBlob } from './blob';

export type MaterialType = 'image' | 'voice' | 'video' | 'thumb' | 'news';
export type ListType = 'image' | 'voice' | 'video' | 'news';

export interface Material {
  mediaId: string;
  type: MaterialType;
  /** Multipart filename, or the first article title for news. */
  name: string;
  blob: StoredBlob | null;
  createdAt: number;
  updateTime: number;
  /** mmbiz URL (images and thumbs) or down_url (videos). */
  url?: string;
  cdnId?: string;
  video?: { title: string; introduction: string };
  news?: Article[];
  /** Legacy news only: message id used in article URLs. */
  mid?: number;
  /** Insertion order, to break update_time ties (newer insert first). */
  seq: number;
}

function listTypeOf(type: MaterialType): ListType {
  return type === 'thumb' ? 'image' : type;
}

export class MaterialStore {
  private byId = new Map<string, Material>();
  private sorted = new Map<ListType, Material[]>();

  add(m: Material): void {
    this.byId.set(m.mediaId, m);
    this.sorted.delete(listTypeOf(m.type));
  }

  get(mediaId: string): Material | undefined {
    return this.byId.get(mediaId);
  }

  remove(mediaId: string): Material | undefined {
    const m = this.byId.get(mediaId);
    if (!m) return undefined;
    this.byId.delete(mediaId);
    this.sorted.delete(listTypeOf(m.type));
    return m;
  }

  /** Sorted lazily and cached until the next change of that type: 10k items stay cheap to page. */
  private ordered(type: ListType): Material[] {
    let list = this.sorted.get(type);
    if (!list) {
      list = [...this.byId.values()].filter((m) => listTypeOf(m.type) === type);
      list.sort((a, b) => b.updateTime - a.updateTime || b.seq - a.seq);
      this.sorted.set(type, list);
    }
    return list;
  }

  count(type: ListType): number {
    return this.ordered(type).length;
  }

  page(type: ListType, offset: number, count: number): Material[] {
    return this.ordered(type).slice(offset, offset + count);
  }

  clear(): void {
    this.byId.clear();
    this.sorted.clear();
  }
}
