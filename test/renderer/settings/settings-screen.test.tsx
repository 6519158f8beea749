/** The settings screen (features/settings/SettingsDialog.tsx): each choice applies at once and is remembered. */
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emit, fake, ok, resetFake } from '../fake-api';

// The bridge is chosen when lib/api.ts is first imported: install the fake before that.
window.api = fake;

const { I18nProvider } = await import('../../../renderer/src/i18n');
const { NoticesProvider } = await import('../../../renderer/src/components/NoticesProvider');
const { ServerStateProvider } = await import('../../../renderer/src/lib/query/ServerStateProvider');
const { createQueryClient } = await import('../../../renderer/src/lib/query/query-client');
const { SettingsButton } = await import('../../../renderer/src/features/settings/SettingsButton');
const { themeSetting, THEME_STORAGE_KEY } = await import('../../../renderer/src/features/settings/theme');
const { uploadSettings, REVIEW_FIRST_KEY } = await import('../../../renderer/src/features/uploads/upload-settings');
const { useShortcutKeys } = await import('../../../renderer/src/features/shortcuts/use-shortcut-keys');
const { useAppCommands } = await import('../../../renderer/src/features/shortcuts/api/use-app-commands');
const { AboutHost } = await import('../../../renderer/src/features/settings/AboutDialog');

function Shell({ children }: { children: React.ReactNode }) {
  useShortcutKeys();
  useAppCommands();
  return <>{children}</>;
}

function openSettings(lang: 'zh-CN' | 'en' = 'zh-CN', accountId: string | null = 'demo') {
  render(
    <I18nProvider initialLang={lang}>
      <NoticesProvider>
        <ServerStateProvider client={createQueryClient()}>
          <Shell>
            <SettingsButton accountId={accountId} />
          </Shell>
        </ServerStateProvider>
      </NoticesProvider>
    </I18nProvider>,
  );
  fireEvent.click(screen.getByRole('button', { name: lang === 'en' ? 'Settings' : '设置' }));
  return screen.getByRole('dialog', { name: lang === 'en' ? 'Settings' : '设置' });
}

describe('settings screen', () => {
  beforeEach(() => {
    resetFake();
    localStorage.clear();
    themeSetting.init();
    uploadSettings.reload();
    fake.thumbsCacheInfo.mockResolvedValue(ok({ bytes: 0, count: 0, limitBytes: 1024 }));
  });
  afterEach(cleanup);

  it('switches the theme at once and remembers it; 跟随系统 leaves it to the OS', () => {
    const dialog = openSettings();
    const group = within(dialog).getByRole('group', { name: '主题' });
    expect(within(group).getByRole<HTMLInputElement>('radio', { name: '跟随系统' }).checked).toBe(true);
    expect(document.documentElement.dataset.theme).toBeUndefined();

    fireEvent.click(within(group).getByRole('radio', { name: '深色' }));
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('dark');

    fireEvent.click(within(group).getByRole('radio', { name: '跟随系统' }));
    expect(document.documentElement.dataset.theme).toBeUndefined();
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBeNull();
  });

  it('switches the language at once', () => {
    const dialog = openSettings();
    fireEvent.change(within(dialog).getByRole('combobox', { name: '界面语言' }), { target: { value: 'en' } });
    expect(document.documentElement.lang).toBe('en');
    expect(within(dialog).getByRole('heading', { name: 'Language and appearance' })).toBeTruthy();
  });

  it('sets parallel uploads of the account (1–6) and review before upload', async () => {
    fake.uploadsSetConcurrency.mockImplementation((req: { accountId: string; concurrency: number }) =>
      Promise.resolve(
        ok({
          accountId: req.accountId,
          jobs: [],
          concurrency: req.concurrency,
          hold: null,
          totals: { totalBytes: 0, doneBytes: 0, bytesPerSec: 0, etaSec: null, counts: {} },
        }),
      ),
    );
    const dialog = openSettings();
    const select = within(dialog).getByRole<HTMLSelectElement>('combobox', { name: '同时上传（当前账号）' });
    await waitFor(() => expect(select.value).toBe('4'));
    expect(Array.from(select.options).map((o) => o.value)).toEqual(['1', '2', '3', '4', '5', '6']);
    fireEvent.change(select, { target: { value: '2' } });
    await waitFor(() => expect(fake.uploadsSetConcurrency).toHaveBeenCalledWith({ accountId: 'demo', concurrency: 2 }));
    await waitFor(() => expect(select.value).toBe('2'));

    fireEvent.click(within(dialog).getByRole('checkbox', { name: '上传前先检查' }));
    expect(uploadSettings.get().reviewFirst).toBe(true);
    expect(localStorage.getItem(REVIEW_FIRST_KEY)).toBe('1');
  });

  it('opens the data folder in the desktop app', async () => {
    fake.appOpenDataFolder.mockResolvedValue(ok({ opened: true }));
    const dialog = openSettings('en');
    fireEvent.click(await within(dialog).findByRole('button', { name: 'Open the data folder' }));
    await waitFor(() => expect(fake.appOpenDataFolder).toHaveBeenCalledTimes(1));
  });

  it('says where the data folder is in browser mode, with no button', async () => {
    fake.appInfo.mockResolvedValue(ok({ version: '0.1.0', mode: 'web', quarantined: [] }));
    const dialog = openSettings('en');
    await waitFor(() => expect(dialog.textContent).toContain('npm run web'));
    expect(within(dialog).queryByRole('button', { name: 'Open the data folder' })).toBeNull();
  });

  it('opens with Ctrl+, (the settings command) and names the key on the button', () => {
    render(
      <I18nProvider initialLang="zh-CN">
        <NoticesProvider>
          <ServerStateProvider client={createQueryClient()}>
            <Shell>
              <SettingsButton accountId={null} />
            </Shell>
          </ServerStateProvider>
        </NoticesProvider>
      </I18nProvider>,
    );
    expect(screen.getByRole('button', { name: '设置' }).getAttribute('aria-keyshortcuts')).toBe('Control+,');
    fireEvent.keyDown(document.body, { key: ',', ctrlKey: true });
    expect(screen.getByRole('dialog', { name: '设置' })).toBeTruthy();
  });

  it("shows About from the Help menu's command, with the version and mode", async () => {
    render(
      <I18nProvider initialLang="en">
        <NoticesProvider>
          <ServerStateProvider client={createQueryClient()}>
            <Shell>
              <AboutHost />
            </Shell>
          </ServerStateProvider>
        </NoticesProvider>
      </I18nProvider>,
    );
    act(() => emit('app:command', { id: 'about' }));
    const dialog = screen.getByRole('dialog', { name: 'About SucaiDesk' });
    await waitFor(() => expect(dialog.textContent).toContain('Version 0.1.0 (desktop app)'));
  });
});
