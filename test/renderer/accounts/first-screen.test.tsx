/**
 * The first screen (which account the app opens on, how the demo and the environment's account are
 * labelled) and the account settings dialog (remove behind a confirmation), on the fake bridge.
 */
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AccountSummary } from '@shared/models';
import type { TFunction } from '../../../renderer/src/i18n';
import { DEMO, REAL, fake, ok, resetFake } from '../fake-api';

window.api = fake;
const { Root } = await import('../../../renderer/src/App');
const { chooseAccount } = await import('../../../renderer/src/features/accounts/use-selected-account');
const { accountLabel } = await import('../../../renderer/src/features/accounts/account-label');
const { translate } = await import('../../../renderer/src/i18n');

const ENV: AccountSummary = {
  id: 'env',
  name: '环境变量 wxde30',
  appIdMasked: 'wxde…0001',
  apiBase: null,
  isDemo: false,
  secretStorage: 'session',
};

beforeEach(() => {
  localStorage.clear();
  resetFake();
});
afterEach(() => cleanup());

const picker = () => screen.getByTestId<HTMLSelectElement>('account-picker');

describe('which account the app opens on', () => {
  it('the demo only when no real account exists; a real one (the environment’s first) otherwise', () => {
    expect(chooseAccount([DEMO], null)).toBe(DEMO.id);
    expect(chooseAccount([DEMO, REAL], null)).toBe(REAL.id);
    expect(chooseAccount([DEMO, REAL, ENV], null)).toBe(ENV.id);
    expect(chooseAccount([], null)).toBeNull();
  });

  it('the user’s last pick wins while it exists, the demo included', () => {
    expect(chooseAccount([DEMO, REAL], DEMO.id)).toBe(DEMO.id);
    expect(chooseAccount([DEMO, REAL], 'gone')).toBe(REAL.id);
  });

  it('opens on the configured account, and the demo (still offered) is labelled as offline demo data', async () => {
    fake.accountsList.mockResolvedValue(ok([DEMO, ENV]));
    render(<Root />);
    await waitFor(() => expect(picker().value).toBe('env'));
    expect(screen.queryByTestId('demo-badge')).toBeNull();
    expect(within(picker()).getByRole('option', { name: '演示账号（离线演示数据）' })).toBeTruthy();
    expect(within(picker()).getByRole('option', { name: '环境变量账号 · wxde…0001' })).toBeTruthy();

    fireEvent.change(picker(), { target: { value: DEMO.id } });
    expect((await screen.findByTestId('demo-badge')).textContent).toBe('离线演示数据');
  });
});

describe('account labels', () => {
  it('are translated: no Chinese in English for the demo or the environment’s account', () => {
    const en: TFunction = (key, vars) => translate('en', key, vars);
    expect(accountLabel(DEMO, en)).toBe('Demo account (offline demo data)');
    expect(accountLabel(ENV, en)).toBe('Account from environment · wxde…0001');
    expect(accountLabel(ENV, en)).not.toMatch(/[\u3400-\u9fff]/);
    // A name the user typed is theirs, in any language.
    expect(accountLabel(REAL, en)).toBe('公司服务号 · wx12…cdef');
  });
});

describe('account settings', () => {
  async function openSettings() {
    fake.accountsList.mockResolvedValue(ok([DEMO, REAL]));
    render(<Root />);
    await waitFor(() => expect(picker().value).toBe(REAL.id));
    // Removing is not a header button any more; 测试连接 still is.
    expect(screen.queryByRole('button', { name: '删除账号' })).toBeNull();
    expect(screen.getByRole('button', { name: '测试连接' })).toBeTruthy();
    const opener = screen.getByRole('button', { name: '账号设置' });
    // A click focuses the button in a browser; happy-dom's synthetic click does not.
    opener.focus();
    fireEvent.click(opener);
    return { opener, dialog: await screen.findByTestId('account-settings') };
  }

  it('cancel keeps the account; confirm removes it locally and says so', async () => {
    const { dialog } = await openSettings();
    expect(dialog.textContent).toContain('公司服务号');
    fireEvent.click(within(dialog).getByRole('button', { name: '删除账号…' }));
    const confirm = await screen.findByTestId('confirm-dialog');
    expect(confirm.textContent).toContain('将从本机删除');
    expect(confirm.textContent).toContain('微信公众号上的一切都不会改动');
    fireEvent.click(within(confirm).getByRole('button', { name: '取消' }));
    expect(screen.queryByTestId('confirm-dialog')).toBeNull();
    expect(fake.accountsRemove).not.toHaveBeenCalled();

    fireEvent.click(within(dialog).getByRole('button', { name: '删除账号…' }));
    fake.accountsRemove.mockResolvedValue(ok({ removed: true }));
    fake.accountsList.mockResolvedValue(ok([DEMO]));
    fireEvent.click(within(await screen.findByTestId('confirm-dialog')).getByRole('button', { name: '删除账号' }));
    await waitFor(() => expect(fake.accountsRemove).toHaveBeenCalledWith({ accountId: REAL.id }));
    await waitFor(() => expect(screen.queryByTestId('account-settings')).toBeNull());
    await waitFor(() => expect(picker().value).toBe(DEMO.id));
    expect(screen.getByTestId('toast').textContent).toContain('已删除账号“公司服务号”');
  });

  it('Escape closes the dialog and focus returns to its button; the demo cannot be removed', async () => {
    const { opener, dialog } = await openSettings();
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByTestId('account-settings')).toBeNull();
    expect(document.activeElement).toBe(opener);

    fireEvent.change(picker(), { target: { value: DEMO.id } });
    fireEvent.click(screen.getByRole('button', { name: '账号设置' }));
    const demo = await screen.findByTestId('account-settings');
    expect(within(demo).queryByRole('button', { name: '删除账号…' })).toBeNull();
    expect(demo.textContent).toContain('不能删除');
    await act(() => Promise.resolve());
  });
});
