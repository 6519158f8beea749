import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { QueueSnapshot, UploadJobView } from '@shared/features/uploads.channels';
import { I18nProvider } from '../../../renderer/src/i18n';
import { UploadDropLayer } from '../../../renderer/src/features/uploads/UploadDropLayer';
import { mergeJobs } from '../../../renderer/src/features/uploads/api/queue-merge';

function fileDrag(type: string, files: File[]): Event {
  const e = new Event(type, { bubbles: true, cancelable: true });
  const dataTransfer = { types: ['Files'], files, items: [], dropEffect: 'none' };
  Object.defineProperty(e, 'dataTransfer', { value: dataTransfer });
  return e;
}

describe('UploadDropLayer', () => {
  afterEach(() => {
    cleanup();
  });

  it('shows the overlay while files are dragged over the window and hands dropped files over', async () => {
    const onFiles = vi.fn<(files: File[]) => void>();
    render(
      <I18nProvider initialLang="zh-CN">
        <UploadDropLayer accountId="demo" onFiles={onFiles} />
      </I18nProvider>,
    );
    const files = [
      new File(['a'], '春节.png', { type: 'image/png' }),
      new File(['b'], 'clip.mp4', { type: 'video/mp4' }),
    ];
    act(() => void window.dispatchEvent(fileDrag('dragenter', files)));
    expect(screen.getByTestId('upload-drop-overlay').textContent).toContain('松开鼠标');
    const drop = fileDrag('drop', files);
    await act(async () => {
      window.dispatchEvent(drop);
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(drop.defaultPrevented).toBe(true);
    expect(screen.queryByTestId('upload-drop-overlay')).toBeNull();
    expect(onFiles).toHaveBeenCalledTimes(1);
    expect(onFiles.mock.calls[0][0].map((f) => f.name)).toEqual(['春节.png', 'clip.mp4']);
  });

  it('ignores drops without an account (but still keeps the browser from opening the file)', async () => {
    const onFiles = vi.fn<(files: File[]) => void>();
    render(
      <I18nProvider initialLang="en">
        <UploadDropLayer accountId={null} onFiles={onFiles} />
      </I18nProvider>,
    );
    const drop = fileDrag('drop', [new File(['a'], 'a.png')]);
    fireEvent(window, drop);
    await new Promise((r) => setTimeout(r, 0));
    expect(drop.defaultPrevented).toBe(true);
    expect(onFiles).not.toHaveBeenCalled();
  });
});

describe('queue view merging', () => {
  const job = (id: string, rev: number, status: UploadJobView['status']): UploadJobView => ({
    id,
    rev,
    status,
    name: `${id}.png`,
    size: 10,
    mode: 'permanent',
    type: 'image',
    transferred: 0,
    attempts: 0,
  });
  const snap = (jobs: UploadJobView[]): QueueSnapshot => ({
    accountId: 'a',
    jobs,
    concurrency: 4,
    hold: null,
    totals: { totalBytes: 0, doneBytes: 0, bytesPerSec: 0, etaSec: 0, counts: {} },
  });

  it('keeps the newer view of a job whatever order the snapshot and events arrive in', () => {
    const s = snap([job('a', 5, 'done'), job('b', 1, 'queued')]);
    const merged = mergeJobs(s, [job('a', 2, 'sending'), job('b', 3, 'sending'), job('c', 1, 'queued')], []);
    expect(merged.jobs.map((j) => [j.id, j.status])).toEqual([
      ['a', 'done'],
      ['b', 'sending'],
      ['c', 'queued'],
    ]);
    expect(mergeJobs(merged, [], ['a']).jobs.map((j) => j.id)).toEqual(['b', 'c']);
  });
});
