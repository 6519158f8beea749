import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fake, ok, resetFake } from '../fake-api';

// The bridge is chosen when lib/api.ts is first imported: install the fake before that.
window.api = fake;
const { LibraryView } = await import('../../../renderer/src/features/library/LibraryView');
const { Providers } = await import('../providers');
const { ErrorBanner } = await import('../../../renderer/src/components/ErrorBanner');
const { Toast } = await import('../../../renderer/src/components/Toast');

beforeEach(() => {
  localStorage.clear();
  resetFake();
});
afterEach(cleanup);

async function renderView(onOpenDraft = vi.fn()) {
  render(
    <Providers>
      <ErrorBanner />
      <LibraryView accountId="demo" onOpenDraft={onOpenDraft} />
      <Toast />
    </Providers>,
  );
  await screen.findAllByTestId('material-card');
  return onOpenDraft;
}

const cards = () => screen.getAllByTestId('material-card');
const count = () => screen.getByTestId('selection-count').textContent;

describe('library view', () => {
  it('checks the index only if stale when opened, and pages from the index', async () => {
    await renderView();
    expect(fake.librarySync).toHaveBeenCalledWith({ accountId: 'demo', kinds: ['image'], mode: 'if-stale' });
    expect(fake.libraryQuery).toHaveBeenLastCalledWith({
      accountId: 'demo',
      kinds: ['image'],
      sort: 'date-desc',
      offset: 0,
      limit: 20,
    });
    expect(screen.getByTestId('quota').textContent).toContain('100,000');
  });

  it('selects with click, Ctrl-click and Shift-click, and selects all matches', async () => {
    await renderView();
    fireEvent.click(cards()[1]);
    expect(count()).toBe('已选 1 项');
    fireEvent.click(cards()[3], { ctrlKey: true });
    expect(count()).toBe('已选 2 项');
    fireEvent.click(cards()[1], { ctrlKey: true });
    expect(count()).toBe('已选 1 项');
    fireEvent.click(cards()[6], { shiftKey: true });
    expect(count()).toBe('已选 6 项'); // 1..6: the range from the last clicked card (the anchor)
    expect(cards()[1].getAttribute('aria-selected')).toBe('true');
    expect(cards()[7].getAttribute('aria-selected')).toBe('false');
    fireEvent.click(cards()[0]);
    expect(count()).toBe('已选 1 项');
    fireEvent.click(screen.getByTestId('select-all'));
    await waitFor(() => expect(count()).toBe('已选 25 项'));
  });

  it('bulk delete lists what goes, says it cannot be undone, and deletes only on OK', async () => {
    await renderView();
    fireEvent.click(cards()[0]);
    fireEvent.click(cards()[2], { shiftKey: true });
    fireEvent.click(screen.getByTestId('bulk-delete'));
    const dialog = screen.getByTestId('confirm-dialog');
    expect(dialog.textContent).toContain('无法撤销');
    expect(within(dialog).getByTestId('bulk-delete-list').textContent).toContain('image-1.jpg');
    expect(within(dialog).getAllByRole('listitem')).toHaveLength(3);
    fireEvent.click(screen.getByTestId('confirm-cancel'));
    expect(fake.libraryBulkDelete).not.toHaveBeenCalled();

    fireEvent.click(screen.getByTestId('bulk-delete'));
    fireEvent.click(screen.getByTestId('confirm-ok'));
    await waitFor(() =>
      expect(fake.libraryBulkDelete).toHaveBeenCalledWith({
        accountId: 'demo',
        kind: 'image',
        mediaIds: ['demo-image-0', 'demo-image-1', 'demo-image-2'],
      }),
    );
    expect((await screen.findByTestId('toast')).textContent).toContain('已删除 3 项');
  });

  it('searches the index as you type and shows an empty state without matches', async () => {
    await renderView();
    fireEvent.change(screen.getByTestId('library-search'), { target: { value: 'image-17' } });
    await waitFor(() => expect(cards()).toHaveLength(1));
    expect(fake.libraryQuery).toHaveBeenLastCalledWith(expect.objectContaining({ text: 'image-17', offset: 0 }));
    fireEvent.change(screen.getByTestId('library-search'), { target: { value: 'nothing-like-this' } });
    expect((await screen.findByTestId('material-empty')).textContent).toContain('没有符合条件的素材');
  });

  it('moves focus with arrows, toggles with Space and previews with Enter', async () => {
    fake.libraryDetail.mockResolvedValue(
      ok({
        item: { mediaId: 'demo-image-1', kind: 'image', name: 'image-1.jpg', updateTime: 1, hasThumb: true },
        previewUrl: 'preview/demo/demo-image-1',
        url: 'https://mmbiz.qpic.cn/x',
      }),
    );
    await renderView();
    fireEvent.keyDown(cards()[0], { key: 'ArrowRight' });
    expect(cards()[1].tabIndex).toBe(0);
    expect(cards()[0].tabIndex).toBe(-1);
    fireEvent.keyDown(cards()[1], { key: ' ' });
    expect(count()).toBe('已选 1 项');
    fireEvent.keyDown(cards()[1], { key: 'Enter' });
    const pane = await screen.findByTestId('preview-pane');
    expect(fake.libraryDetail).toHaveBeenCalledWith({ accountId: 'demo', kind: 'image', mediaId: 'demo-image-1' });
    expect((await within(pane).findByTestId('preview-image')).getAttribute('src')).toBe('preview/demo/demo-image-1');
    expect(within(pane).getByTestId('detail-url').textContent).toBe('https://mmbiz.qpic.cn/x');
  });

  it('drafts render as sanitised articles and Edit opens the editor', async () => {
    fake.libraryQuery.mockImplementation((req) =>
      Promise.resolve(
        ok({
          items:
            req.kinds[0] === 'draft'
              ? [{ mediaId: 'D1', kind: 'draft' as const, name: '春节草稿', updateTime: 1, hasThumb: false }]
              : [],
          total: req.kinds[0] === 'draft' ? 1 : 0,
          offset: 0,
        }),
      ),
    );
    fake.libraryDetail.mockResolvedValue(
      ok({
        item: { mediaId: 'D1', kind: 'draft', name: '春节草稿', updateTime: 1, hasThumb: false },
        previewUrl: null,
        articles: [
          {
            title: '春节草稿',
            author: '小王',
            digest: '',
            html: '<p style="color:red">正文<img src="https://mmbiz.qpic.cn/a.jpg"><script>alert(1)</script></p>',
          },
        ],
      }),
    );
    render(
      <Providers>
        <LibraryView accountId="demo" onOpenDraft={vi.fn()} />
      </Providers>,
    );
    fireEvent.click(await screen.findByTestId('tab-draft'));
    expect(screen.queryByTestId('upload-button')).toBeNull();
    const card = await screen.findByText('春节草稿');
    fireEvent.doubleClick(card);
    const articles = await screen.findByTestId('preview-articles');
    expect(articles.textContent).toContain('正文');
    expect(articles.innerHTML).not.toMatch(/<img|<script|style=/);
  });

  it('the Edit action of a draft calls onOpenDraft with its media_id', async () => {
    fake.libraryQuery.mockResolvedValue(
      ok({
        items: [{ mediaId: 'D9', kind: 'draft', name: '草稿九', updateTime: 1, hasThumb: false }],
        total: 1,
        offset: 0,
      }),
    );
    fake.libraryDetail.mockResolvedValue(
      ok({
        item: { mediaId: 'D9', kind: 'draft', name: '草稿九', updateTime: 1, hasThumb: false },
        previewUrl: null,
        articles: [],
      }),
    );
    const onOpenDraft = await renderView();
    fireEvent.click(screen.getByTestId('tab-draft'));
    fireEvent.click(await screen.findByTestId('material-open'));
    fireEvent.click(await screen.findByTestId('preview-edit'));
    expect(onOpenDraft).toHaveBeenCalledWith('D9');
  });

  it('dragging a card out: DownloadURL in browser mode, the native drag in desktop', async () => {
    await renderView();
    const setData = vi.fn();
    fireEvent.dragStart(cards()[0], { dataTransfer: { setData } });
    expect(setData).toHaveBeenCalledWith(
      'DownloadURL',
      expect.stringMatching(/^image\/\*:image-0\.jpg:.*preview\/demo\/demo-image-0$/),
    );
    const startDrag = vi.fn();
    (fake as unknown as { libraryStartDrag?: unknown }).libraryStartDrag = startDrag;
    try {
      setData.mockClear();
      fireEvent.dragStart(cards()[1], { dataTransfer: { setData } });
      expect(startDrag).toHaveBeenCalledWith({ accountId: 'demo', mediaId: 'demo-image-1' });
      expect(setData).not.toHaveBeenCalled();
    } finally {
      delete (fake as unknown as { libraryStartDrag?: unknown }).libraryStartDrag;
    }
  });

  it('a sync error shows the mapped message (45009: resets at 00:00 Beijing time)', async () => {
    fake.librarySync.mockResolvedValue({
      ok: false,
      error: {
        code: 'WX_45009',
        errClass: 'quota',
        errcode: 45009,
        retryable: false,
        message: { zh: '该接口今日调用次数已达上限，北京时间 00:00 重置。', en: 'Daily quota used up' },
      },
    });
    await renderView();
    const banner = await screen.findByTestId('error-banner');
    expect(banner.textContent).toContain('00:00');
    expect(banner.textContent).toContain('45009');
  });
});
