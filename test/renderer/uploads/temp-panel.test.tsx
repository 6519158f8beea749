import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TempMediaEntry } from '@shared/features/uploads.channels';
import type { DownloadOutcome } from '@shared/models';
import type { Envelope } from '@shared/errors';
import { fake, ok, resetFake } from '../fake-api';

// lib/api.ts picks its bridge on first import: install the fake before that.
window.api = fake;
const { Providers } = await import('../providers');
const { TempPanel } = await import('../../../renderer/src/features/uploads/TempPanel');

const entry = (mediaId: string, patch: Partial<TempMediaEntry> = {}): TempMediaEntry => ({
  mediaId,
  type: 'video',
  name: `${mediaId}.mp4`,
  createdAt: Date.now(),
  expiresAt: Date.now() + 86_400_000,
  source: 'uploaded',
  expired: false,
  ...patch,
});

beforeEach(() => {
  resetFake();
  Element.prototype.scrollIntoView = function () {
    this.setAttribute('data-scrolled', 'true');
  };
});
afterEach(() => cleanup());

describe('TempPanel', () => {
  it('brings an entry fetched by media_id into view and marks it', async () => {
    const fetched = entry('m2', { videoUrl: 'https://example.invalid/v.mp4' });
    fake.uploadsTempList
      .mockResolvedValueOnce(ok([entry('m1'), entry('m2')]))
      .mockResolvedValue(ok([entry('m1'), fetched]));
    fake.uploadsTempFetch.mockResolvedValue(ok(fetched));
    render(
      <Providers>
        <TempPanel accountId="demo" />
      </Providers>,
    );
    await screen.findAllByTestId('temp-entry');
    fireEvent.change(screen.getByRole('textbox', { name: '粘贴 media_id 或收到的消息 XML' }), {
      target: { value: 'm2' },
    });
    fireEvent.click(screen.getByRole('button', { name: '获取' }));
    await waitFor(() => {
      const row = screen.getAllByTestId('temp-entry').find((el) => el.dataset.mediaId === 'm2')!;
      expect(row.getAttribute('aria-current')).toBe('true');
      expect(row.getAttribute('data-scrolled')).toBe('true');
    });
  });

  it('shows that Save is waiting while the core retries, then is ready again', async () => {
    fake.uploadsTempList.mockResolvedValue(ok([entry('m1', { videoUrl: 'https://example.invalid/v.mp4' })]));
    let finish: (v: Envelope<DownloadOutcome>) => void = () => undefined;
    fake.uploadsTempSave.mockReturnValue(new Promise((r) => (finish = r)));
    render(
      <Providers>
        <TempPanel accountId="demo" />
      </Providers>,
    );
    const row = await screen.findByTestId('temp-entry');
    fireEvent.click(within(row).getByRole('button', { name: '保存' }));
    const waiting = await within(row).findByRole('button', { name: '正在保存…' });
    expect((waiting as HTMLButtonElement).disabled).toBe(true);
    act(() => finish(ok<DownloadOutcome>({ kind: 'saved', path: '/tmp/m1.mp4', bytes: 3, sha256: 'x' })));
    expect(await within(row).findByRole('button', { name: '保存' })).toBeTruthy();
  });
});
