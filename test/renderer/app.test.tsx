import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { UploadJobView } from '@shared/features/uploads.channels';
import { DEMO, REAL, emit, err, fake, ok, resetFake } from './fake-api';

// The app picks its bridge when lib/api.ts is first imported: install the fake before that.
window.api = fake;
const { Root } = await import('../../renderer/src/App');

beforeEach(() => {
  localStorage.clear();
  // With a real account configured the app opens on it (use-selected-account.ts); these tests run on the
  // demo account, as the user's last pick. test/renderer/accounts/first-screen.test.tsx covers the choice.
  localStorage.setItem('sucaidesk.account', DEMO.id);
  resetFake();
});

afterEach(() => {
  cleanup();
});

async function renderApp() {
  const view = render(<Root />);
  await screen.findAllByTestId('material-card');
  return view;
}

/** The last page the grid asked for: pages are served from the local index (library:query), not libraryPage. */
function lastPageRequest() {
  const req = fake.libraryQuery.mock.calls.at(-1)?.[0];
  if (!req) return undefined as unknown as { accountId: string; type: string; page: number; pageSize: number };
  return { accountId: req.accountId, type: req.kinds[0], page: req.offset / req.limit, pageSize: req.limit };
}

describe('accounts', () => {
  it('opens on the demo account when it was the last pick, labelled as offline demo data, with its first page of cards', async () => {
    await renderApp();
    const picker = screen.getByTestId<HTMLSelectElement>('account-picker');
    expect(picker.value).toBe(DEMO.id);
    expect(within(picker).getByRole('option', { name: '演示账号（离线演示数据）' })).toBeTruthy();
    expect(screen.getByTestId('demo-badge').textContent).toBe('离线演示数据');

    const cards = screen.getAllByTestId('material-card');
    expect(cards).toHaveLength(20);
    expect(cards[0].getAttribute('data-media-id')).toBe('demo-image-0');
    expect(lastPageRequest()).toEqual({ accountId: 'demo', type: 'image', page: 0, pageSize: 20 });

    const first = cards[0];
    expect(within(first).getByTestId('material-name').textContent).toBe('image-0.jpg');
    // Dates in the app language (renderer/src/i18n/format.ts), not a fixed yyyy-MM-dd.
    expect(within(first).getByTestId('material-date').textContent).toBe('2024年3月5日 06:07');
    expect(within(first).getByTestId('material-media-id').getAttribute('title')).toBe('demo-image-0');
    expect(within(first).getByTestId('material-thumb').getAttribute('src')).toBe('thumb/demo/demo-image-0');
    expect(screen.getByTestId('tab-image').textContent).toContain('25');
    expect(screen.getByTestId('page-indicator').textContent).toBe('第 1 / 2 页 · 共 25 项');
  });

  it('keeps a saved account choice and remembers a new one', async () => {
    localStorage.setItem('sucaidesk.account', REAL.id);
    await renderApp();
    const picker = screen.getByTestId<HTMLSelectElement>('account-picker');
    expect(picker.value).toBe(REAL.id);
    expect(lastPageRequest().accountId).toBe(REAL.id);

    fireEvent.change(picker, { target: { value: DEMO.id } });
    await waitFor(() => expect(lastPageRequest().accountId).toBe(DEMO.id));
    expect(localStorage.getItem('sucaidesk.account')).toBe(DEMO.id);
  });

  it('shows the connection test result, success and mapped error', async () => {
    await renderApp();
    fireEvent.click(screen.getByTestId('account-test'));
    expect((await screen.findByTestId('account-test-result')).textContent).toContain('7200');
    expect(fake.accountsTest).toHaveBeenCalledWith({ accountId: 'demo' });

    fake.accountsTest.mockResolvedValue(
      err({ errcode: 40164, message: { zh: 'IP 不在白名单中', en: 'IP not whitelisted' } }),
    );
    fireEvent.click(screen.getByTestId('account-test'));
    await waitFor(() => expect(screen.getByTestId('account-test-result').textContent).toContain('IP 不在白名单中'));
    expect(screen.getByTestId('account-test-result').textContent).toContain('40164');
  });

  it('adds an account through the form and shows validation errors with details', async () => {
    await renderApp();
    fireEvent.click(screen.getByTestId('add-account-open'));
    fake.accountsAdd.mockResolvedValueOnce({
      ok: false,
      error: {
        code: 'VALIDATION',
        errClass: 'validation',
        retryable: false,
        message: { zh: '输入有误', en: 'Invalid input' },
        details: ['appId: AppID looks like wx followed by 16 hex digits'],
      },
    });
    fireEvent.change(screen.getByTestId('account-name'), { target: { value: ' 新号 ' } });
    fireEvent.change(screen.getByTestId('account-appid'), { target: { value: 'bad' } });
    fireEvent.change(screen.getByTestId('account-secret'), { target: { value: 's'.repeat(32) } });
    fireEvent.click(screen.getByTestId('account-save'));
    const banner = await screen.findByTestId('error-banner');
    expect(banner.textContent).toContain('输入有误');
    expect(banner.textContent).toContain('AppID looks like wx');
    expect(fake.accountsAdd).toHaveBeenLastCalledWith({ name: '新号', appId: 'bad', appSecret: 's'.repeat(32) });

    const added = { ...REAL, id: 'acc_2', name: '新号' };
    fake.accountsAdd.mockResolvedValueOnce(ok(added));
    fake.accountsList.mockResolvedValue(ok([REAL, DEMO, added]));
    fireEvent.change(screen.getByTestId('account-appid'), { target: { value: 'wx0123456789abcdef' } });
    fireEvent.change(screen.getByTestId('account-apibase'), { target: { value: 'https://relay.example.com' } });
    fireEvent.click(screen.getByTestId('account-save'));
    await waitFor(() => expect(screen.getByTestId<HTMLSelectElement>('account-picker').value).toBe('acc_2'));
    expect(fake.accountsAdd).toHaveBeenLastCalledWith({
      name: '新号',
      appId: 'wx0123456789abcdef',
      appSecret: 's'.repeat(32),
      apiBase: 'https://relay.example.com',
    });
    expect(screen.queryByTestId('account-save')).toBeNull();
    expect(screen.queryByTestId('error-banner')).toBeNull();
  });
});

describe('library', () => {
  it('pages forward and back with index queries for page 1 and 0', async () => {
    await renderApp();
    expect(screen.getByTestId<HTMLButtonElement>('page-prev').disabled).toBe(true);

    fireEvent.click(screen.getByTestId('page-next'));
    await waitFor(() => expect(screen.getAllByTestId('material-card')).toHaveLength(5));
    expect(lastPageRequest()).toMatchObject({ page: 1, pageSize: 20 });
    expect(screen.getByTestId('page-indicator').textContent).toBe('第 2 / 2 页 · 共 25 项');
    expect(screen.getByTestId<HTMLButtonElement>('page-next').disabled).toBe(true);

    fireEvent.click(screen.getByTestId('page-prev'));
    await waitFor(() => expect(screen.getAllByTestId('material-card')).toHaveLength(20));
    expect(lastPageRequest()).toMatchObject({ page: 0 });
  });

  it('switches type tabs and shows the empty state', async () => {
    await renderApp();
    fireEvent.click(screen.getByTestId('tab-voice'));
    expect(await screen.findByText('还没有素材')).toBeTruthy();
    expect(lastPageRequest()).toMatchObject({ type: 'voice', page: 0 });
    expect(screen.getByTestId('tab-voice').getAttribute('aria-selected')).toBe('true');
    expect(screen.getByTestId<HTMLInputElement>('upload-input').accept).toContain('.mp3');

    fireEvent.click(screen.getByTestId('tab-news'));
    expect(await screen.findByTestId('upload-news-note')).toBeTruthy();
    expect(screen.getByTestId<HTMLButtonElement>('upload-button').disabled).toBe(true);
    expect(screen.queryByTestId('upload-input')).toBeNull();
  });

  it('deletes only after the confirmation dialog is accepted', async () => {
    await renderApp();
    const card = screen.getAllByTestId('material-card')[2];
    fireEvent.click(within(card).getByTestId('material-delete'));

    const dialog = screen.getByTestId('confirm-dialog');
    expect(dialog.getAttribute('role')).toBe('dialog');
    expect(dialog.textContent).toContain('image-2.jpg');
    expect(dialog.textContent).toContain('无法撤销');
    expect(document.activeElement).toBe(screen.getByTestId('confirm-cancel'));
    expect(fake.libraryBulkDelete).not.toHaveBeenCalled();

    fireEvent.click(screen.getByTestId('confirm-cancel'));
    expect(screen.queryByTestId('confirm-dialog')).toBeNull();
    expect(fake.libraryBulkDelete).not.toHaveBeenCalled();

    fireEvent.click(within(card).getByTestId('material-delete'));
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(screen.queryByTestId('confirm-dialog')).toBeNull();
    expect(fake.libraryBulkDelete).not.toHaveBeenCalled();

    const pageCallsBefore = fake.libraryQuery.mock.calls.length;
    fireEvent.click(within(card).getByTestId('material-delete'));
    fireEvent.click(screen.getByTestId('confirm-ok'));
    await waitFor(() =>
      // One item is a bulk of one: deletes have a single implementation.
      expect(fake.libraryBulkDelete).toHaveBeenCalledWith({
        accountId: 'demo',
        kind: 'image',
        mediaIds: ['demo-image-2'],
      }),
    );
    await waitFor(() => expect(screen.queryByTestId('confirm-dialog')).toBeNull());
    await waitFor(() => expect(fake.libraryQuery.mock.calls.length).toBeGreaterThan(pageCallsBefore));
    expect((await screen.findByTestId('toast')).textContent).toContain('image-2.jpg');
  });

  it('shows an error envelope in the banner with the localized message, errcode and rid', async () => {
    fake.libraryQuery.mockResolvedValue(
      err({
        code: 'WX_40164',
        errcode: 40164,
        rid: '6655aabb-1122',
        message: { zh: '调用接口的 IP 不在白名单中', en: 'The calling IP is not on the whitelist' },
      }),
    );
    render(<Root />);
    const banner = await screen.findByTestId('error-banner');
    expect(banner.getAttribute('role')).toBe('alert');
    expect(banner.textContent).toContain('调用接口的 IP 不在白名单中');
    expect(banner.textContent).toContain('40164');
    expect(banner.textContent).toContain('6655aabb-1122');
    expect(banner.textContent).not.toContain('not on the whitelist');

    fireEvent.click(screen.getByTestId('lang-toggle'));
    await waitFor(() =>
      expect(screen.getByTestId('error-banner').textContent).toContain('The calling IP is not on the whitelist'),
    );
  });

  it('uploads staged files through the queue into the active type and returns to page 0', async () => {
    await renderApp();
    fireEvent.click(screen.getByTestId('page-next'));
    await waitFor(() => expect(lastPageRequest().page).toBe(1));

    fake.stageFiles.mockResolvedValue(
      ok([
        { token: 'a'.repeat(32), name: 'new.png', size: 3 },
        { token: 'b'.repeat(32), name: 'bad.gif', size: 3 },
      ]),
    );
    const job = (id: string, name: string, rev: number, patch: Partial<UploadJobView> = {}): UploadJobView => ({
      id,
      name,
      size: 3,
      mode: 'permanent',
      type: 'image',
      status: 'queued',
      transferred: 0,
      attempts: 0,
      rev,
      ...patch,
    });
    fake.uploadsEnqueue.mockResolvedValue(
      ok({ jobs: [job('j1', 'new.png', 1), job('j2', 'bad.gif', 1)], refused: [] }),
    );
    const countsBefore = fake.librarySummary.mock.calls.length;
    const files = [
      new File(['abc'], 'new.png', { type: 'image/png' }),
      new File(['abc'], 'bad.gif', { type: 'image/gif' }),
    ];
    fireEvent.change(screen.getByTestId<HTMLInputElement>('upload-input'), { target: { files } });

    await waitFor(() => expect(fake.uploadsEnqueue).toHaveBeenCalled());
    expect(fake.stageFiles.mock.calls[0][0]).toHaveLength(2);
    expect(fake.uploadsEnqueue).toHaveBeenCalledWith({
      accountId: 'demo',
      mode: 'permanent',
      files: [
        { token: 'a'.repeat(32), type: 'image' },
        { token: 'b'.repeat(32), type: 'image' },
      ],
    });
    const failure = {
      code: 'WX_40005',
      errClass: 'bad-input' as const,
      retryable: false,
      errcode: 40005,
      message: { zh: '文件类型不支持', en: 'Unsupported file type' },
    };
    const totals = { doneBytes: 3, totalBytes: 6, bytesPerSec: 0, etaSec: null, counts: {} };
    act(() =>
      emit('uploads:progress', {
        accountId: 'demo',
        jobs: [
          job('j1', 'new.png', 2, { status: 'done', mediaId: 'M1', transferred: 3 }),
          job('j2', 'bad.gif', 2, { status: 'failed', error: failure }),
        ],
        removed: [],
        concurrency: 2,
        hold: null,
        totals,
      }),
    );
    const status = await screen.findByTestId('upload-status');
    await waitFor(() => expect(status.textContent).toContain('文件类型不支持'));
    expect(status.textContent).toContain('40005');
    await waitFor(() => expect(lastPageRequest().page).toBe(0));
    expect(fake.librarySummary.mock.calls.length).toBeGreaterThan(countsBefore);
  });

  it('downloads one item as a bulk of one: a saved file shows a toast with its path', async () => {
    fake.libraryBulkDownload.mockResolvedValue(
      ok({
        folder: '/home/me/Downloads',
        saved: [
          {
            mediaId: 'demo-image-0',
            outcome: { kind: 'saved', path: '/home/me/Downloads/image-0.jpg', bytes: 3, sha256: 'x' },
          },
        ],
        failed: [],
        cancelled: false,
      }),
    );
    await renderApp();
    fireEvent.click(within(screen.getAllByTestId('material-card')[0]).getByTestId('material-download'));
    expect((await screen.findByTestId('toast')).textContent).toBe('已保存到 /home/me/Downloads/image-0.jpg×');
    expect(fake.libraryBulkDownload).toHaveBeenCalledWith({ accountId: 'demo', mediaIds: ['demo-image-0'] });
  });
});

describe('language', () => {
  it('toggles between zh-CN and English and remembers the choice', async () => {
    await renderApp();
    expect(screen.getByTestId('tab-image').textContent).toContain('图片');
    expect(screen.getByTestId('account-test').textContent).toBe('测试连接');
    expect(document.documentElement.lang).toBe('zh-CN');

    fireEvent.click(screen.getByTestId('lang-toggle'));
    expect(screen.getByTestId('tab-image').textContent).toContain('Images');
    expect(screen.getByTestId('account-test').textContent).toBe('Test connection');
    expect(screen.getByTestId('page-indicator').textContent).toBe('Page 1 / 2 · 25 items');
    expect(
      within(screen.getByTestId('account-picker')).getByRole('option', { name: 'Demo account (offline demo data)' }),
    ).toBeTruthy();
    expect(localStorage.getItem('sucaidesk.lang')).toBe('en');
    expect(document.documentElement.lang).toBe('en');

    cleanup();
    await renderApp();
    expect(screen.getByTestId('tab-image').textContent).toContain('Images');
    fireEvent.click(screen.getByTestId('lang-toggle'));
    expect(screen.getByTestId('tab-image').textContent).toContain('图片');
  });
});
