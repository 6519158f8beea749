/**
 * Where-used as the renderer sees it (LibraryItem.usedIn): the index's uses of a material
 * (electron/core/index/where-used.ts), counted, and the first few listed.
 */
import { USED_IN_LISTED, type LibraryUsedIn } from '@shared/features/library.channels';
import type { IndexedItem } from '../index/index-types';
import type { LibraryIndex } from '../index/library-index';
import { whereUsed } from '../index/where-used';

/** The material's uses, or undefined when nothing uses it (so unused cards carry nothing). */
export function usedInOf(index: LibraryIndex, item: IndexedItem): LibraryUsedIn | undefined {
  const uses = whereUsed(index, item);
  if (uses.length === 0) return undefined;
  return {
    count: uses.length,
    articles: uses.slice(0, USED_IN_LISTED).map((u) => ({
      kind: u.kind,
      mediaId: u.id,
      article: u.article,
      title: u.title,
      roles: [...u.roles],
    })),
  };
}
