// The notice of files set aside at start (electron/core/fs/quarantine.ts): shown in the current
// language, once; a dismissed notice does not come back on the next start.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BridgeApi } from '@shared/bridge';
import type { QuarantinedFile } from '@shared/models';

const files: QuarantinedFile[] = [
  {
    kind: 'journal',
    original: 'acc.journal',
    asideAs: 'acc.journal.quarantined-20260102T030405006Z',
    reason: 'corrupt',
    at: 1,
    recovered: 3,
  },
];
const appInfo = vi.fn(() =>
  Promise.resolve({ ok: true as const, value: { version: 't', mode: 'web' as const, quarantined: files } }),
);
window.api = { appInfo } as unknown as BridgeApi;
const { QuarantineNotice } = await import('../../renderer/src/components/QuarantineNotice');
const { I18nProvider } = await import('../../renderer/src/i18n');

beforeEach(() => localStorage.clear());
afterEach(() => cleanup());

describe('QuarantineNotice', () => {
  it('names what was set aside, in Chinese first, and stays away once dismissed', async () => {
    const view = render(
      <I18nProvider initialLang="zh-CN">
        <QuarantineNotice />
      </I18nProvider>,
    );
    const notice = await screen.findByTestId('quarantine-notice');
    expect(notice.textContent).toContain('上传队列的记录有损坏的部分');
    expect(notice.textContent).toContain('acc.journal.quarantined-20260102T030405006Z');
    fireEvent.click(screen.getByRole('button'));
    expect(screen.queryByTestId('quarantine-notice')).toBeNull();
    view.unmount();

    render(
      <I18nProvider initialLang="en">
        <QuarantineNotice />
      </I18nProvider>,
    );
    await waitFor(() => expect(appInfo).toHaveBeenCalledTimes(2));
    expect(screen.queryByTestId('quarantine-notice')).toBeNull();
  });

  it('shows English when the app is in English', async () => {
    render(
      <I18nProvider initialLang="en">
        <QuarantineNotice />
      </I18nProvider>,
    );
    expect((await screen.findByTestId('quarantine-notice')).textContent).toContain('upload queue’s journal');
  });
});
