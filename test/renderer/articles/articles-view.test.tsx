import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fake, ok, resetFake } from '../fake-api';
import { installNodeIteratorShim } from './node-iterator-shim';

window.api = fake;
const { Providers } = await import('../providers');
const { ArticlesView } = await import('../../../renderer/src/features/articles/ArticlesView');
const { store } = await import('../../../renderer/src/features/articles/autosave');
const { newSession } = await import('../../../renderer/src/features/articles/model');
const { inlineMarkerStyles } = await import('../../../renderer/src/features/articles/output/wx-styles');

beforeAll(installNodeIteratorShim);
beforeEach(() => {
  localStorage.clear();
  resetFake();
  fake.articlesConfig.mockResolvedValue(ok({ imageHosts: ['mmbiz.qpic.cn'] }));
  fake.articlesSaveDraft.mockResolvedValue(ok({ mediaId: 'D1', updateTime: 1, revision: 'r1', created: true }));
  // The core's rendering (articles:render), reduced to the default theme's inline styles.
  fake.articlesRender.mockImplementation(({ html }: { html: string }) =>
    Promise.resolve(ok({ html: inlineMarkerStyles(html), footnotes: 0, warnings: [] })),
  );
  fake.articlesGetDraft.mockResolvedValue(
    ok({
      mediaId: 'D9',
      updateTime: 1,
      revision: 'r9',
      articles: [
        {
          title: '旧草稿',
          author: '',
          digest: '',
          content: '<p style="text-align: center">第一段</p><p>第二段</p>',
          contentSourceUrl: '',
          thumbMediaId: 'C1',
          needOpenComment: 0,
          onlyFansCanComment: 0,
          picCrop2351: '',
          picCrop11: '',
        },
      ],
    }),
  );
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const renderView = (openDraftId: string | null = null, onDraftOpened: () => void = () => undefined) =>
  render(
    <Providers>
      <ArticlesView accountId="demo" openDraftId={openDraftId} onDraftOpened={onDraftOpened} />
    </Providers>,
  );

describe('ArticlesView', () => {
  it('restores an unsaved session after a reload', async () => {
    const s = newSession('demo');
    s.articles[0].title = '没保存的标题';
    s.articles[0].doc = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: '没保存的正文' }] }],
    };
    store(s, true);
    renderView();
    expect(await screen.findByTestId('draft-restored')).toBeTruthy();
    expect(screen.getByTestId<HTMLInputElement>('article-title').value).toBe('没保存的标题');
    expect(screen.getByTestId('article-body').textContent).toContain('没保存的正文');
  });

  it('refuses a missing cover and an over-long title before calling the main process', async () => {
    renderView();
    const title = await screen.findByTestId<HTMLInputElement>('article-title');
    fireEvent.change(title, { target: { value: '标'.repeat(33) } });
    expect(screen.getByTestId('count-title').textContent).toBe('33/32');
    fireEvent.click(screen.getByTestId('draft-save'));
    // The refusal is beside the save button (its live status), where the eye is.
    await waitFor(() => expect(screen.getByTestId('save-status').textContent).toContain('标题超过 32 字'));
    fireEvent.change(title, { target: { value: '好标题' } });
    fireEvent.click(screen.getByTestId('draft-save'));
    await waitFor(() => expect(screen.getByTestId('save-status').textContent).toContain('缺少封面'));
    expect(fake.articlesSaveDraft).not.toHaveBeenCalled();
  });

  it('asks before a new draft replaces unsaved changes, in the app’s own dialog (never window.confirm)', async () => {
    const nativeConfirm = vi.fn(() => true);
    vi.stubGlobal('confirm', nativeConfirm);
    renderView();
    const title = await screen.findByTestId<HTMLInputElement>('article-title');
    fireEvent.change(title, { target: { value: '没保存' } });
    fireEvent.click(screen.getByRole('button', { name: '新建草稿' }));
    const dialog = await screen.findByRole('dialog', { name: '离开这篇草稿？' });
    fireEvent.click(within(dialog).getByRole('button', { name: '取消' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(title.value).toBe('没保存');
    fireEvent.click(screen.getByRole('button', { name: '新建草稿' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: '离开' }));
    await waitFor(() => expect(screen.getByTestId<HTMLInputElement>('article-title').value).toBe(''));
    expect(nativeConfirm).not.toHaveBeenCalled();
  });

  it('opens the draft the library asks for and saves it in place with its revision', async () => {
    let opened = 0;
    renderView('D9', () => (opened += 1));
    await waitFor(() => expect(screen.getByTestId<HTMLInputElement>('article-title').value).toBe('旧草稿'));
    expect(opened).toBe(1);
    expect(screen.getByTestId('article-body').querySelector('.align-center')?.textContent).toBe('第一段');
    fireEvent.change(screen.getByTestId('article-title'), { target: { value: '旧草稿（改）' } });
    fireEvent.click(screen.getByTestId('draft-save'));
    await waitFor(() => expect(fake.articlesSaveDraft).toHaveBeenCalledTimes(1));
    const req = fake.articlesSaveDraft.mock.calls[0][0];
    expect(req).toMatchObject({ accountId: 'demo', mediaId: 'D9', baseRevision: 'r9' });
    expect(req.articles[0].title).toBe('旧草稿（改）');
    expect(req.articles[0].content).toContain('text-align: center');
    // The marked HTML and the theme travel with it, so the draft reopens exactly (vocab: theme, source).
    expect(req.articles[0]).toMatchObject({ theme: 'default' });
    expect(req.articles[0].source).toContain('<p class="wx-p wx-al-center">第一段</p>');
    expect(fake.articlesRender).toHaveBeenCalledWith({ html: req.articles[0].source, theme: 'default' });
  });
});
