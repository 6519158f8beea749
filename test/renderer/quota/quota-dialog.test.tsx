import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { QuotaReport } from '@shared/features/quota.channels';
import { err, fake, ok, resetFake } from '../fake-api';

// The bridge is chosen when lib/api.ts is first imported: install the fake before that.
window.api = fake;

const { I18nProvider } = await import('../../../renderer/src/i18n');
const { NoticesProvider } = await import('../../../renderer/src/components/NoticesProvider');
const { ErrorBanner } = await import('../../../renderer/src/components/ErrorBanner');
const { ServerStateProvider } = await import('../../../renderer/src/lib/query/ServerStateProvider');
const { createQueryClient } = await import('../../../renderer/src/lib/query/query-client');
const { QuotaButton } = await import('../../../renderer/src/features/quota/QuotaButton');

const REPORT: QuotaReport = {
  fetchedAt: Date.UTC(2026, 0, 2, 3, 4, 5),
  endpoints: [
    { cgiPath: '/cgi-bin/material/batchget_material', dailyLimit: 100_000, used: 12_345, remain: 87_655 },
    { cgiPath: '/cgi-bin/freepublish/delete', dailyLimit: 10, used: 9, remain: 1 },
    {
      cgiPath: '/cgi-bin/draft/batchget',
      error: {
        code: 'WX_76021',
        errClass: 'bad-input',
        retryable: false,
        errcode: 76021,
        message: { zh: '路径', en: 'path' },
      },
    },
  ],
};

function renderButton(lang: 'zh-CN' | 'en', accountId: string | null = 'demo') {
  return render(
    <I18nProvider initialLang={lang}>
      <NoticesProvider>
        <ServerStateProvider client={createQueryClient()}>
          <ErrorBanner />
          <QuotaButton accountId={accountId} />
        </ServerStateProvider>
      </NoticesProvider>
    </I18nProvider>,
  );
}

describe('quota view', () => {
  beforeEach(() => {
    resetFake();
    fake.quotaGet.mockResolvedValue(ok(REPORT));
  });
  afterEach(cleanup);

  it('asks nothing until a person opens it; then lists used/limit with a bar per API (en)', async () => {
    renderButton('en');
    expect(fake.quotaGet).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'API quota' }));
    const dialog = screen.getByRole('dialog', { name: "Today's API quota" });
    const rows = await within(dialog).findAllByTestId('quota-row');
    expect(fake.quotaGet).toHaveBeenCalledTimes(1);
    expect(fake.quotaGet).toHaveBeenCalledWith({ accountId: 'demo' });
    expect(rows).toHaveLength(3);
    expect(rows[0].textContent).toContain('List material');
    expect(rows[0].textContent).toContain('/cgi-bin/material/batchget_material');
    expect(within(rows[0]).getByTestId('quota-used').textContent).toBe('12,345 used of 100,000');
    expect(rows[0].textContent).toContain('87,655 left');
    const bar = within(rows[1]).getByRole('meter', { name: 'Delete published article: share used' });
    expect([bar.getAttribute('value'), bar.getAttribute('max')]).toEqual(['9', '10']);
    expect(rows[2].textContent).toContain('WeChat gives no quota for this API');
    expect(within(rows[2]).queryByRole('meter')).toBeNull();
  });

  it('shows zh-CN first; closing and reopening within the minute asks the core nothing again', async () => {
    renderButton('zh-CN');
    fireEvent.click(screen.getByRole('button', { name: '接口额度' }));
    const dialog = screen.getByRole('dialog', { name: '今日接口额度' });
    const [first] = await within(dialog).findAllByTestId('quota-row');
    expect(within(first).getByTestId('quota-used').textContent).toBe('已用 12,345 / 上限 100,000');
    expect(first.textContent).toContain('素材列表');
    fireEvent.click(within(dialog).getByRole('button', { name: '关闭' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '接口额度' }));
    await screen.findAllByTestId('quota-row');
    expect(fake.quotaGet).toHaveBeenCalledTimes(1);
  });

  it('a failure (45009 on quota/get itself) is shown inside the view with its errcode, not in the banner', async () => {
    fake.quotaGet.mockResolvedValue(
      err({
        code: 'WX_45009',
        errClass: 'quota',
        errcode: 45009,
        message: { zh: '今日调用次数已达上限（45009）。', en: 'Daily quota reached (45009).' },
      }),
    );
    renderButton('en');
    fireEvent.click(screen.getByRole('button', { name: 'API quota' }));
    const alert = await within(screen.getByRole('dialog')).findByTestId('quota-error');
    expect(alert.textContent).toContain('Daily quota reached (45009).');
    expect(screen.queryByTestId('error-banner')).toBeNull();
    await waitFor(() => expect(screen.queryByText('Asking WeChat for the quota…')).toBeNull());
  });

  it('is disabled without an account, and Escape closes it', async () => {
    const { unmount } = renderButton('en', null);
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'API quota' }).disabled).toBe(true);
    unmount();
    renderButton('en');
    fireEvent.click(screen.getByRole('button', { name: 'API quota' }));
    await screen.findAllByTestId('quota-row');
    // Escape reaches the element with focus (Close, inside the dialog), as a person's key press does.
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
