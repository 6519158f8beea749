/**
 * Toasts and the error banner (components/NoticesProvider.tsx, Toast.tsx, ErrorBanner.tsx): a toast
 * expires (an error toast later, as an alert), and a notice belongs to the screen that raised it: it
 * is not shown on, and not carried over to, another section or account.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppErrorPayload } from '@shared/errors';
import { ErrorBanner } from '../../renderer/src/components/ErrorBanner';
import { NoticeScope, NoticesProvider } from '../../renderer/src/components/NoticesProvider';
import { useNotices } from '../../renderer/src/components/notices-context';
import { Toast } from '../../renderer/src/components/Toast';
import { I18nProvider } from '../../renderer/src/i18n';

const failure: AppErrorPayload = {
  code: 'WX_40007',
  errClass: 'not-found',
  retryable: false,
  message: { zh: '素材不存在', en: 'No such item' },
};

/** A screen with buttons that raise notices. */
function Screen({ name }: { name: string }) {
  const { showToast, showError } = useNotices();
  return (
    <div>
      <button onClick={() => showToast(`${name} 完成`)}>toast {name}</button>
      <button onClick={() => showToast(`${name} 失败`, { tone: 'error' })}>error toast {name}</button>
      <button onClick={() => showError(failure)}>banner {name}</button>
    </div>
  );
}

function Header() {
  const { showToast } = useNotices();
  return <button onClick={() => showToast('已添加账号')}>header toast</button>;
}

function Shell({ scope }: { scope: string }) {
  return (
    <I18nProvider initialLang="zh-CN">
      <NoticesProvider>
        <Header />
        <ErrorBanner />
        <NoticeScope scope={scope}>
          <Screen name={scope} />
        </NoticeScope>
        <Toast />
      </NoticesProvider>
    </I18nProvider>
  );
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const toast = () => screen.queryByTestId('toast');

describe('toasts', () => {
  it('an ordinary toast is a status and expires after a few seconds', () => {
    render(<Shell scope="a/library" />);
    fireEvent.click(screen.getByText('toast a/library'));
    expect(screen.getByRole('status').textContent).toContain('a/library 完成');
    act(() => void vi.advanceTimersByTime(5_100));
    expect(toast()).toBeNull();
  });

  it('an error toast is an alert, stays longer and has a close button', () => {
    render(<Shell scope="a/library" />);
    fireEvent.click(screen.getByText('error toast a/library'));
    expect(screen.getByRole('alert').textContent).toContain('a/library 失败');
    act(() => void vi.advanceTimersByTime(5_100));
    expect(toast()).not.toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '关闭提示' }));
    expect(toast()).toBeNull();
  });

  it('a screen’s toast and error are dropped when the section or the account changes', () => {
    const view = render(<Shell scope="a/library" />);
    fireEvent.click(screen.getByText('toast a/library'));
    fireEvent.click(screen.getByText('banner a/library'));
    expect(toast()).not.toBeNull();
    expect(screen.getByTestId('error-banner').getAttribute('role')).toBe('alert');

    view.rerender(<Shell scope="a/articles" />);
    expect(toast()).toBeNull();
    expect(screen.queryByTestId('error-banner')).toBeNull();

    fireEvent.click(screen.getByText('toast a/articles'));
    view.rerender(<Shell scope="b/articles" />);
    expect(toast()).toBeNull();
  });

  it('a toast of the app (the header) survives the change of screen it causes', () => {
    const view = render(<Shell scope="a/library" />);
    fireEvent.click(screen.getByText('header toast'));
    view.rerender(<Shell scope="b/library" />);
    expect(toast()?.textContent).toContain('已添加账号');
  });
});
