/**
 * 修改账号 in 账号设置 (renderer/src/features/accounts/EditAccountForm.tsx) on the fake bridge: only what
 * changed is sent, empty AppID/AppSecret keep the saved ones, the proxy is shown without its password and
 * a typed password leaves the screen once saved; a remove also drops the editor's local copies.
 */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AccountSummary } from '@shared/models';
import { DEMO, REAL, fake, ok, resetFake } from '../fake-api';

window.api = fake;
const { Root } = await import('../../../renderer/src/App');

beforeEach(() => {
  localStorage.clear();
  resetFake();
});
afterEach(() => cleanup());

const WITH_PROXY: AccountSummary = { ...REAL, proxy: { url: 'http://op@127.0.0.1:8080', hasPassword: true } };

async function openSettings(account: AccountSummary) {
  fake.accountsList.mockResolvedValue(ok([DEMO, account]));
  render(<Root />);
  await waitFor(() => expect(screen.getByTestId<HTMLSelectElement>('account-picker').value).toBe(account.id));
  fireEvent.click(screen.getByRole('button', { name: '账号设置' }));
  const dialog = await screen.findByTestId('account-settings');
  return within(dialog.querySelector('form.account-edit') as HTMLElement);
}

describe('修改账号', () => {
  it('sends only the changed fields; empty AppID and AppSecret keep the saved ones', async () => {
    const form = await openSettings(REAL);
    fireEvent.change(form.getByLabelText('名称'), { target: { value: '新名字' } });
    fake.accountsUpdate.mockResolvedValue(ok({ ...REAL, name: '新名字' }));
    fireEvent.click(form.getByRole('button', { name: '保存修改' }));
    await waitFor(() => expect(fake.accountsUpdate).toHaveBeenCalledWith({ accountId: REAL.id, name: '新名字' }));
    expect((await form.findByRole('status')).textContent).toContain('已保存修改');
    await waitFor(() => expect(screen.getByTestId('account-settings').textContent).toContain('账号设置：新名字'));
  });

  it('a new secret, a cleared relay and a new proxy are sent; the password leaves the field once saved', async () => {
    const form = await openSettings({ ...REAL, apiBase: 'https://relay.example.com' });
    fireEvent.change(form.getByLabelText('AppSecret（留空则不变）'), {
      target: { value: 'abcdefabcdefabcdefabcdefabcdef12' },
    });
    fireEvent.change(form.getByLabelText('API 地址（中转，可选）'), { target: { value: '' } });
    fireEvent.change(form.getByLabelText('代理（可选）'), {
      target: { value: 'http://op:s3cret-pass@127.0.0.1:8080' },
    });
    fake.accountsUpdate.mockResolvedValue(ok(WITH_PROXY));
    fireEvent.click(form.getByRole('button', { name: '保存修改' }));
    await waitFor(() =>
      expect(fake.accountsUpdate).toHaveBeenCalledWith({
        accountId: REAL.id,
        appSecret: 'abcdefabcdefabcdefabcdefabcdef12',
        apiBase: null,
        proxy: 'http://op:s3cret-pass@127.0.0.1:8080',
      }),
    );
    await waitFor(() =>
      expect(form.getByLabelText<HTMLInputElement>('代理（可选）').value).toBe('http://op@127.0.0.1:8080'),
    );
    expect(form.getByLabelText<HTMLInputElement>('AppSecret（留空则不变）').value).toBe('');
    expect(document.body.textContent).not.toContain('s3cret-pass');
  });

  it('shows the saved proxy without its password, and an emptied proxy is sent as null', async () => {
    const form = await openSettings(WITH_PROXY);
    expect(form.getByLabelText<HTMLInputElement>('代理（可选）').value).toBe('http://op@127.0.0.1:8080');
    expect(document.body.textContent).toContain('已保存代理密码');
    expect(document.body.textContent).toContain('经代理：http://op@127.0.0.1:8080');
    fireEvent.change(form.getByLabelText('代理（可选）'), { target: { value: '' } });
    fake.accountsUpdate.mockResolvedValue(ok(REAL));
    fireEvent.click(form.getByRole('button', { name: '保存修改' }));
    await waitFor(() => expect(fake.accountsUpdate).toHaveBeenCalledWith({ accountId: REAL.id, proxy: null }));
  });

  it('removing the account also drops the editor’s local copies of its drafts', async () => {
    localStorage.setItem(`sucaidesk.articles.${REAL.id}.new`, '{}');
    localStorage.setItem(`sucaidesk.articles.${REAL.id}.current`, `sucaidesk.articles.${REAL.id}.new`);
    localStorage.setItem('sucaidesk.articles.acc_other.new', '{}');
    await openSettings(REAL);
    const dialog = screen.getByTestId('account-settings');
    fireEvent.click(within(dialog).getByRole('button', { name: '删除账号…' }));
    fake.accountsRemove.mockResolvedValue(ok({ removed: true }));
    fake.accountsList.mockResolvedValue(ok([DEMO]));
    fireEvent.click(within(await screen.findByTestId('confirm-dialog')).getByRole('button', { name: '删除账号' }));
    await waitFor(() => expect(fake.accountsRemove).toHaveBeenCalled());
    await waitFor(() => expect(localStorage.getItem(`sucaidesk.articles.${REAL.id}.new`)).toBeNull());
    expect(localStorage.getItem(`sucaidesk.articles.${REAL.id}.current`)).toBeNull();
    expect(localStorage.getItem('sucaidesk.articles.acc_other.new')).toBe('{}');
  });
});
