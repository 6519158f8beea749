/**
 * The save status beside the button (renderer/src/features/articles/SaveStatus.tsx) also says what a save
 * found and finished of an interrupted earlier save (electron/core/articles/draft-recovery.ts), in the
 * current language, and keeps saying it while the user types on.
 */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SaveStatus } from '../../../renderer/src/features/articles/SaveStatus';
import { I18nProvider } from '../../../renderer/src/i18n';

const notice = { zh: '上次中断的保存其实已成功。', en: 'An interrupted save had in fact succeeded.' };

afterEach(cleanup);

describe('SaveStatus', () => {
  it('shows the recovery notice with the saved time, in zh-CN and English', () => {
    const { unmount } = render(
      <I18nProvider initialLang="zh-CN">
        <SaveStatus result={{ kind: 'saved', at: Date.now(), notice }} saving={false} dirty={false} />
      </I18nProvider>,
    );
    expect(screen.getByRole('status').textContent).toContain('已保存到草稿箱');
    expect(screen.getByRole('status').textContent).toContain(notice.zh);
    unmount();
    render(
      <I18nProvider initialLang="en">
        <SaveStatus result={{ kind: 'saved', at: Date.now(), notice }} saving={false} dirty />
      </I18nProvider>,
    );
    expect(screen.getByRole('status').textContent).toContain(notice.en);
  });

  it('says nothing more after an ordinary save', () => {
    render(
      <I18nProvider initialLang="zh-CN">
        <SaveStatus result={{ kind: 'saved', at: Date.now() }} saving={false} dirty={false} />
      </I18nProvider>,
    );
    expect(screen.queryByTestId('save-recovered')).toBeNull();
  });
});
