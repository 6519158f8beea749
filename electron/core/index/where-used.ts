/**
 * Where a permanent material is used: the drafts and published articles whose index entries name it
 * (their `refs`, electron/core/index/article-refs.ts), found through a reverse map built from the index's
 * draft and published kinds. The map is rebuilt only when one of those kinds changed: the index hands out
 * a new ordered array after every change (electron/core/index/library-index.ts), so comparing the arrays'
 * identity is enough, and browsing the grid costs one map look-up per card.
 */
import { mmbizKey, parseRef, type RefRole } from './article-refs';
import type { IndexedItem } from './index-types';
import type { LibraryIndex } from './library-index';

export interface Usage {
  kind: 'draft' | 'published';
  /** The draft's media_id or the published article_id. */
  id: string;
  /** Index of the article inside it. */
  article: number;
  title: string;
  roles: RefRole[];
}

interface ReverseMap {
  drafts: readonly IndexedItem[];
  published: readonly IndexedItem[];
  /** `id:<media_id>` (cover, newspic) or `url:<mmbiz key>` (content) → uses, newest article first. */
  byKey: Map<string, Usage[]>;
  /** `<kind>\n<id>` → position (drafts, then published, newest first), to order merged lists. */
  rank: Map<string, number>;
}

const maps = new WeakMap<LibraryIndex, ReverseMap>();

function keyOf(role: RefRole, value: string): string {
  return role === 'content' ? `url:${value}` : `id:${value}`;
}

function build(drafts: readonly IndexedItem[], published: readonly IndexedItem[]): ReverseMap {
  const byKey = new Map<string, Usage[]>();
  const rank = new Map<string, number>();
  for (const entry of [...drafts, ...published]) {
    rank.set(`${entry.kind}\n${entry.id}`, rank.size);
    const kind = entry.kind === 'published' ? 'published' : 'draft';
    // One Usage per (entry, article, material): a picture that is both cover and in the body is listed once.
    const local = new Map<string, Usage>();
    for (const token of entry.refs ?? []) {
      const ref = parseRef(token);
      if (!ref) continue;
      const key = keyOf(ref.role, ref.value);
      const slot = `${key}\n${ref.article}`;
      const known = local.get(slot);
      if (known) {
        if (!known.roles.includes(ref.role)) known.roles.push(ref.role);
        continue;
      }
      const use: Usage = {
        kind,
        id: entry.id,
        article: ref.article,
        title: entry.titles?.[ref.article] ?? entry.name,
        roles: [ref.role],
      };
      local.set(slot, use);
      const list = byKey.get(key);
      if (list) list.push(use);
      else byKey.set(key, [use]);
    }
  }
  return { drafts, published, byKey, rank };
}

function reverseMap(index: LibraryIndex): ReverseMap {
  const drafts = index.ordered('draft');
  const published = index.ordered('published');
  const cached = maps.get(index);
  if (cached && cached.drafts === drafts && cached.published === published) return cached;
  const fresh = build(drafts, published);
  maps.set(index, fresh);
  return fresh;
}

/**
 * The articles that use `material` (by its media_id as a cover or newspic image, and, for an image, by
 * its mmbiz URL in a body): drafts first, then published, each newest first. Empty for drafts and
 * articles themselves.
 */
export function whereUsed(index: LibraryIndex, material: IndexedItem): Usage[] {
  if (material.kind === 'draft' || material.kind === 'published') return [];
  const { byKey, rank } = reverseMap(index);
  const byId = byKey.get(keyOf('cover', material.id)) ?? [];
  const key = material.kind === 'image' ? mmbizKey(material.thumbUrl) : null;
  const byUrl = key ? (byKey.get(keyOf('content', key)) ?? []) : [];
  if (byUrl.length === 0) return byId;
  if (byId.length === 0) return byUrl;
  // Both: merge the roles of the same article, keep the index order (drafts, then published, newest first).
  const merged = new Map<string, Usage>();
  for (const use of [...byId, ...byUrl]) {
    const slot = `${use.kind}\n${use.id}\n${use.article}`;
    const known = merged.get(slot);
    if (!known) merged.set(slot, { ...use, roles: [...use.roles] });
    else for (const r of use.roles) if (!known.roles.includes(r)) known.roles.push(r);
  }
  const pos = (u: Usage) => rank.get(`${u.kind}\n${u.id}`) ?? 0;
  return [...merged.values()].sort((a, b) => pos(a) - pos(b) || a.article - b.article);
}
