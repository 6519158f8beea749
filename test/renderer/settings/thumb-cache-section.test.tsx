import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { err, fake, ok, resetFake } from '../fake-api';

// The bridge is chosen when lib/api.ts is first imported: install the fake before that.
window.api = fake;

const { I18nProvider } = await import('../../../renderer/src/i18n');
const { NoticesProvider } = await import('../../../renderer/src/components/NoticesProvider');
const { ServerStateProvider } = await import('../../../renderer/src/lib/query/ServerStateProvider');
const { createQueryClient } = await import('../../../renderer/src/lib/query/query-client');
const { SettingsButton } = await import('../../../renderer/src/features/settings/SettingsButton');

const GB = 1024 * 1024 * 1024;

function renderButton(lang: 'zh-CN' | 'en') {
  return render(
    <I18nProvider initialLang={lang}>
      <NoticesProvider>
        <ServerStateProvider client={createQueryClient()}>
          <SettingsButton accountId={null} />
        </ServerStateProvider>
      </NoticesProvider>
    </I18nProvider>,
  );
}

describe('settings dialog: thumbnail cache', () => {
  beforeEach(() => {
    resetFake();
    fake.thumbsCacheInfo.mockResolvedValue(ok({ bytes: 5 * 1024 * 1024, count: 123, limitBytes: GB }));
    fake.thumbsClearCache.mockResolvedValue(ok({ bytes: 0, count: 0, limitBytes: GB }));
  });
  afterEach(cleanup);

  it('shows the size, count and limit, and clears the cache', async () => {
    renderButton('zh-CN');
    fireEvent.click(screen.getByRole('button', { name: '设置' }));
    const dialog = screen.getByRole('dialog', { name: '设置' });
    expect(within(dialog).getByRole('heading', { name: '缓存' })).toBeTruthy();
    await waitFor(() => expect(dialog.textContent).toContain('共 123 个文件'));
    expect(dialog.textContent).toMatch(/已用 5(\.0)? ?MB/);
    expect(dialog.textContent).toMatch(/上限 1(\.0)? ?GB/);

    fireEvent.click(within(dialog).getByRole('button', { name: '清空缓存' }));
    await waitFor(() => expect(within(dialog).getByRole('status').textContent).toContain('缓存已清空'));
    expect(dialog.textContent).toContain('共 0 个文件');
    expect(fake.thumbsClearCache).toHaveBeenCalledTimes(1);
  });

  it('speaks English and shows a failure next to the figures', async () => {
    fake.thumbsCacheInfo.mockResolvedValue(
      err({ code: 'INTERNAL', message: { zh: '读取失败', en: 'Could not read' } }),
    );
    renderButton('en');
    fireEvent.click(screen.getByRole('button', { name: 'Settings' }));
    const dialog = screen.getByRole('dialog', { name: 'Settings' });
    await waitFor(() => expect(within(dialog).getByRole('alert').textContent).toContain('Could not read'));
    expect(within(dialog).getByRole('button', { name: 'Clear cache' })).toBeTruthy();
  });
});
