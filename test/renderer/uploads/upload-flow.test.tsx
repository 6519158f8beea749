import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { QueueSnapshot, UploadJobView } from '@shared/features/uploads.channels';
import { DEMO, emit, fake, ok, resetFake } from '../fake-api';

// The app picks its bridge when lib/api.ts is first imported: install the fake before that.
window.api = fake;
const { Root } = await import('../../../renderer/src/App');
const { trayBatch } = await import('../../../renderer/src/features/uploads/tray-batch');
const { uploadSettings } = await import('../../../renderer/src/features/uploads/upload-settings');
const { pendingFiles } = await import('../../../renderer/src/features/uploads/pending-files');

const totals = { doneBytes: 0, totalBytes: 0, bytesPerSec: 0, etaSec: null, counts: {} };
const snapshot = (jobs: UploadJobView[]): QueueSnapshot => ({
  accountId: 'demo',
  jobs,
  concurrency: 4,
  hold: null,
  totals,
});
const job = (id: string, name: string, rev: number, patch: Partial<UploadJobView> = {}): UploadJobView => ({
  id,
  name,
  size: 3,
  mode: 'permanent',
  type: 'image',
  status: 'queued',
  transferred: 0,
  attempts: 0,
  rev,
  ...patch,
});
const refusal = {
  code: 'FILE_REJECTED',
  errClass: 'bad-input' as const,
  retryable: false,
  message: { zh: 'notes.txt 不是图片：实际内容是文本。请换一个文件。', en: 'notes.txt is not an image.' },
};

function drop(files: File[]): Promise<void> {
  const e = new Event('drop', { bubbles: true, cancelable: true });
  Object.defineProperty(e, 'dataTransfer', { value: { types: ['Files'], files, items: [], dropEffect: 'none' } });
  return act(async () => {
    window.dispatchEvent(e);
    await new Promise((r) => setTimeout(r, 0));
  });
}

beforeEach(() => {
  localStorage.clear();
  uploadSettings.reload();
  trayBatch.reset();
  pendingFiles.clear();
  resetFake();
  fake.accountsList.mockResolvedValue(ok([DEMO]));
  fake.uploadsList.mockResolvedValue(ok(snapshot([])));
  fake.uploadsTempList.mockResolvedValue(ok([]));
  fake.stageFiles.mockResolvedValue(
    ok([
      { token: 'a'.repeat(32), name: 'poster.png', size: 3 },
      { token: 'b'.repeat(32), name: 'notes.txt', size: 3 },
    ]),
  );
  fake.uploadsEnqueue.mockResolvedValue(
    ok({
      jobs: [job('j1', 'poster.png', 1), job('j2', 'notes.txt', 1, { status: 'refused', error: refusal })],
      refused: [{ name: 'notes.txt', error: refusal }],
    }),
  );
});

afterEach(() => cleanup());

const files = () => [new File(['abc'], 'poster.png', { type: 'image/png' }), new File(['abc'], 'notes.txt')];

describe('uploading in one step', () => {
  it('starts dropped files at once, keeps the user on the library and follows them in the tray', async () => {
    render(<Root />);
    await screen.findAllByTestId('material-card');
    await drop(files());

    await waitFor(() => expect(fake.uploadsEnqueue).toHaveBeenCalled());
    expect(fake.uploadsEnqueue.mock.calls[0][0]).toMatchObject({ accountId: 'demo', mode: 'permanent' });
    expect(fake.uploadsEnqueue.mock.calls[0][0].files.map((f) => f.type)).toEqual(['auto', 'auto']);
    // Still on the library: no switch to the uploads screen.
    expect(screen.getAllByTestId('material-card').length).toBeGreaterThan(0);
    expect(screen.queryByTestId('uploads-pending')).toBeNull();

    const tray = await screen.findByRole('region', { name: '上传进度' });
    // The refused file is listed with its reason without expanding.
    await waitFor(() => expect(tray.textContent).toContain('实际内容是文本'));
    expect(within(tray).getByRole('status').textContent).toContain('正在上传 0/2');

    act(() =>
      emit('uploads:progress', {
        accountId: 'demo',
        jobs: [job('j1', 'poster.png', 5, { status: 'done', transferred: 3, mediaId: 'demo-image-3' })],
        removed: [],
        concurrency: 4,
        hold: null,
        totals,
      }),
    );
    await waitFor(() => expect(within(tray).getByRole('status').textContent).toContain('已上传 1/2'));
    fireEvent.click(within(tray).getByRole('button', { name: '展开' }));
    const row = within(tray).getAllByTestId('upload-job')[0];
    expect(row.getAttribute('data-name')).toBe('poster.png');
    expect(within(row).getByTestId('job-type').textContent).toBe('图片');
    expect(within(row).getByTestId('job-media-id').textContent).toBe('demo-image-3');

    fireEvent.click(within(row).getByRole('button', { name: '在素材库中查看' }));
    const card = await waitFor(() => {
      const el = document.querySelector<HTMLElement>('[data-media-id="demo-image-3"][data-revealed="true"]');
      expect(el).not.toBeNull();
      return el!;
    });
    expect(document.activeElement).toBe(card);
  });

  it('in review-first mode keeps dropped files for 开始上传 and sends nothing', async () => {
    uploadSettings.set({ reviewFirst: true });
    render(<Root />);
    await screen.findAllByTestId('material-card');
    await drop(files());

    const tray = await screen.findByRole('region', { name: '上传进度' });
    expect(tray.textContent).toContain('2 个文件等待检查后上传');
    expect(fake.uploadsEnqueue).not.toHaveBeenCalled();
    fireEvent.click(within(tray).getByRole('button', { name: '去检查并上传' }));
    expect(await screen.findAllByTestId('pending-file')).toHaveLength(2);
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: '上传前先检查' }).checked).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: '开始上传' }));
    await waitFor(() => expect(fake.uploadsEnqueue).toHaveBeenCalledTimes(1));
  });
});
