/**
 * LibraryService (electron/core/library/library-service.ts): an item added or removed in the app is in
 * the local index before `library:changed` goes out, so a view that re-reads on the event sees it.
 */
import { describe, expect, it, vi } from 'vitest';
import { IndexRegistry } from '../../../../electron/core/index/index-registry';
import { LibraryService } from '../../../../electron/core/library/library-service';
import { silentLogger } from '../../../../electron/core/log';
import type { ThumbService } from '../../../../electron/core/thumbs/thumb-service';

function setup() {
  const indexes = new IndexRegistry({ dir: null, clientFor: () => Promise.reject(new Error('no client')) });
  const seen: { event: string; indexed: boolean }[] = [];
  const thumbs = { remember: vi.fn(), forget: vi.fn() } as unknown as ThumbService;
  const library = new LibraryService({
    indexes,
    thumbs,
    log: silentLogger,
    emit: (event) => {
      seen.push({ event, indexed: indexes.peek('a')?.get('image', 'm1') !== undefined });
    },
  });
  return { indexes, library, seen };
}

describe('LibraryService', () => {
  it('emits library:changed only once the added item is in the index, and again once the removal is', async () => {
    const { indexes, library, seen } = setup();
    library.noteAdded(
      'a',
      { mediaId: 'm1', type: 'image', name: 'new.png', updateTime: 1, hasThumb: true },
      'https://mmbiz/x',
    );
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect(seen[0]).toEqual({ event: 'library:changed', indexed: true });
    const index = await indexes.for('a');
    expect(index.ordered('image').map((i) => i.id)).toEqual(['m1']);
    expect(index.state('image').total).toBe(1);

    library.noteRemoved('a', 'm1', 'image');
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    expect(seen[1]).toEqual({ event: 'library:changed', indexed: false });
    expect(index.state('image')).toMatchObject({ count: 0, total: 0 });
  });
});
