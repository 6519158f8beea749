import { beforeEach, describe, expect, it } from 'vitest';
import type { UploadJobView } from '@shared/features/uploads.channels';
import { emit, fake, ok, resetFake } from './fake-api';

// The bridge the module imports is window.api when present (renderer/src/lib/api.ts).
(window as { api?: unknown }).api = fake;
const { uploadOneAndWait, uploadThroughQueue } = await import('../../renderer/src/features/uploads/api/queued-upload');

const job = (status: UploadJobView['status'], rev: number, extra: Partial<UploadJobView> = {}): UploadJobView => ({
  id: 'a1b2c3d4e5f60718',
  name: 'cover.png',
  size: 10,
  mode: 'permanent',
  type: 'image',
  status,
  transferred: status === 'done' ? 10 : 0,
  attempts: 1,
  rev,
  ...extra,
});
const progress = (jobs: UploadJobView[]) =>
  emit('uploads:progress', {
    accountId: 'demo',
    jobs,
    removed: [],
    concurrency: 2,
    hold: null,
    totals: { totalBytes: 10, doneBytes: 0, bytesPerSec: 0, etaSec: null, counts: {} },
  });
const file = new File(['x'], 'cover.png', { type: 'image/png' });

beforeEach(() => {
  resetFake();
  fake.stageFiles.mockResolvedValue(ok([{ token: 'f'.repeat(32), name: 'cover.png', size: 10 }]));
});

describe('uploads through the journaled queue', () => {
  it('enqueues as permanent material and never calls a direct upload channel', async () => {
    fake.uploadsEnqueue.mockResolvedValue(ok({ jobs: [job('queued', 1)], refused: [] }));
    const env = await uploadThroughQueue('demo', 'image', [file]);
    expect(env.ok).toBe(true);
    expect(fake.uploadsEnqueue).toHaveBeenCalledWith({
      accountId: 'demo',
      mode: 'permanent',
      files: [{ token: 'f'.repeat(32), type: 'image' }],
    });
    expect(fake).not.toHaveProperty('libraryUpload');
  });

  it('the cover gets its media_id from the job once done, even when the job finished before enqueue answered', async () => {
    fake.uploadsEnqueue.mockImplementation(() => {
      progress([job('done', 3, { mediaId: 'MEDIA_NEW', url: 'http://mmbiz/x' })]); // overtakes the answer
      return Promise.resolve(ok({ jobs: [job('queued', 1)], refused: [] }));
    });
    await expect(uploadOneAndWait('demo', 'image', file)).resolves.toEqual({
      ok: true,
      value: { mediaId: 'MEDIA_NEW', url: 'http://mmbiz/x' },
    });
  });

  it('a cover WeChat already holds reuses the existing item; a failed job answers its error', async () => {
    fake.uploadsEnqueue.mockResolvedValue(ok({ jobs: [job('queued', 1)], refused: [] }));
    fake.uploadsResolveDuplicate.mockResolvedValue(ok({} as never));
    const waiting = uploadOneAndWait('demo', 'image', file);
    await new Promise((r) => setTimeout(r, 0));
    progress([job('duplicate', 2, { duplicateOf: { mediaId: 'OLD', name: 'old.png' } })]);
    expect(fake.uploadsResolveDuplicate).toHaveBeenCalledWith({
      accountId: 'demo',
      jobId: 'a1b2c3d4e5f60718',
      choice: 'use-existing',
    });
    progress([job('done', 3, { mediaId: 'OLD', reused: true })]);
    await expect(waiting).resolves.toMatchObject({ ok: true, value: { mediaId: 'OLD' } });

    const error = {
      code: 'WX_45009',
      errClass: 'quota' as const,
      retryable: false,
      message: { zh: '额度', en: 'quota' },
    };
    const failing = uploadOneAndWait('demo', 'image', file);
    await new Promise((r) => setTimeout(r, 0));
    progress([job('failed', 9, { error })]);
    await expect(failing).resolves.toEqual({ ok: false, error });
  });
});
