/**
 * Where-used in the library (renderer/src/features/library/UsedIn.tsx): the card's count, the warning of
 * the single and bulk delete dialogs (which re-read library:whereUsed, Cancel focused), in both languages.
 */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LibraryItem, LibraryUsedIn } from '@shared/features/library.channels';
import { fake, ok, resetFake } from '../fake-api';

window.api = fake;
const { Providers } = await import('../providers');
const { DeleteOneDialog } = await import('../../../renderer/src/features/library/DeleteOneDialog');
const { BulkDeleteDialog } = await import('../../../renderer/src/features/library/BulkDeleteDialog');
const { UsedInBadge } = await import('../../../renderer/src/features/library/UsedIn');

beforeEach(() => resetFake());
afterEach(cleanup);

const usedIn: LibraryUsedIn = {
  count: 2,
  articles: [
    { kind: 'draft', mediaId: 'D1', article: 0, title: '春季上新', roles: ['cover', 'content'] },
    { kind: 'published', mediaId: 'P1', article: 1, title: 'Old news', roles: ['newspic'] },
  ],
};
const item: LibraryItem = { mediaId: 'IMG1', kind: 'image', name: 'poster.png', updateTime: 1, hasThumb: true };

describe('where used', () => {
  it('the card says 被 N 篇引用 / Used in N articles, and nothing when unused', () => {
    const { rerender } = render(
      <Providers>
        <UsedInBadge usedIn={usedIn} />
      </Providers>,
    );
    expect(screen.getByTestId('material-used-in').textContent).toBe('被 2 篇引用');
    rerender(
      <Providers>
        <UsedInBadge />
      </Providers>,
    );
    expect(screen.queryByTestId('material-used-in')).toBeNull();
    cleanup();
    // The language is chosen when the providers mount.
    render(
      <Providers lang="en">
        <UsedInBadge usedIn={{ count: 1, articles: usedIn.articles.slice(0, 1) }} />
      </Providers>,
    );
    expect(screen.getByTestId('material-used-in').textContent).toBe('Used in 1 article');
  });

  it('deleting one used material warns with its articles; Cancel has the focus', async () => {
    fake.libraryWhereUsed.mockResolvedValue(ok({ IMG1: usedIn }));
    render(
      <Providers>
        <DeleteOneDialog accountId="demo" item={item} busy={false} onConfirm={vi.fn()} onCancel={vi.fn()} />
      </Providers>,
    );
    const note = await screen.findByRole('note');
    expect(note.textContent).toContain('正被 2 篇文章引用');
    expect(note.textContent).toContain('春季上新');
    expect(note.textContent).toContain('草稿');
    expect(note.textContent).toContain('封面 · 正文图片');
    expect(note.textContent).toContain('已发表');
    expect(fake.libraryWhereUsed).toHaveBeenCalledWith({ accountId: 'demo', mediaIds: ['IMG1'] });
    expect(document.activeElement?.textContent).toBe('取消');
  });

  it('an unused material has no warning', async () => {
    render(
      <Providers lang="en">
        <DeleteOneDialog accountId="demo" item={item} busy={false} onConfirm={vi.fn()} onCancel={vi.fn()} />
      </Providers>,
    );
    await vi.waitFor(() => expect(fake.libraryWhereUsed).toHaveBeenCalled());
    await vi.waitFor(() => expect(screen.queryByText('Checking which articles use it…')).toBeNull());
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('bulk delete asks for every selected id and says how many are used (English)', async () => {
    fake.libraryWhereUsed.mockResolvedValue(ok({ B: usedIn }));
    render(
      <Providers lang="en">
        <BulkDeleteDialog
          accountId="demo"
          checkUsage
          ids={['A', 'B', 'C']}
          names={new Map()}
          busy={false}
          onConfirm={vi.fn()}
          onCancel={vi.fn()}
        />
      </Providers>,
    );
    const note = await screen.findByRole('note');
    expect(note.textContent).toContain('1 of the selected materials is used in articles');
    expect(note.textContent).toContain('Old news');
    expect(note.textContent).toContain('Published');
    expect(fake.libraryWhereUsed).toHaveBeenCalledWith({ accountId: 'demo', mediaIds: ['A', 'B', 'C'] });
    expect(document.activeElement?.textContent).toBe('Cancel');
  });
});
