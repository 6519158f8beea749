/**
 * Permanent material of one account, listed newest first like batchget_material.
 * Thumbs are stored as their own type and are neither listed nor counted by the list types:
 * `thumb` is not a listable type and get_materialcount has no thumb count, so a thumb is
 * reachable only by its media_id (get_material, del_material, a draft's thumb_media_id).
 * They still count against the 100,000 picture total (totalOf).
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

/** The list a material appears in; thumbs appear in none. */
function listTypeOf(type: MaterialType): ListType | null {
  return type === 'thumb' ? null : type;
}

export class MaterialStore {
  private byId = new Map<string, Material>();
  private sorted = new Map<ListType, Material[]>();
  /** Stored items per type, thumbs included: kept incrementally so a 10k-item total stays O(1). */
  private stored = new Map<MaterialType, number>();

  add(m: Material): void {
    this.byId.set(m.mediaId, m);
    this.adjust(m.type, +1);
  }

  private adjust(type: MaterialType, delta: number): void {
    this.stored.set(type, (this.stored.get(type) ?? 0) + delta);
    const list = listTypeOf(type);
    if (list) this.sorted.delete(list);
  }

  get(mediaId: string): Material | undefined {
    return this.byId.get(mediaId);
  }

  remove(mediaId: string): Material | undefined {
    const m = this.byId.get(mediaId);
    if (!m) return undefined;
    this.byId.delete(mediaId);
    this.adjust(m.type, -1);
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

  /** What get_materialcount and batchget total_count report: listable items of the type (no thumbs). */
  count(type: ListType): number {
    return this.ordered(type).length;
  }

  /** Stored items of these types, thumbs included when asked (the permanent totals of add_material). */
  totalOf(types: readonly MaterialType[]): number {
    return types.reduce((sum, t) => sum + (this.stored.get(t) ?? 0), 0);
  }

  page(type: ListType, offset: number, count: number): Material[] {
    return this.ordered(type).slice(offset, offset + count);
  }

  clear(): void {
    this.byId.clear();
    this.sorted.clear();
    this.stored.clear();
  }
}
