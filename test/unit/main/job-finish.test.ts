import { describe, expect, it } from 'vitest';
import { JobWatch } from '../../../electron/main/job-finish';
import { LONG_JOB_MS, notificationFor } from '../../../electron/main/notification-text';
import { request, uploads } from './shell-fixtures';

describe('JobWatch', () => {
  it('an upload queue ends when nothing is queued, sending, waiting or paused; counts are this run’s', () => {
    const watch = new JobWatch();
    expect(watch.observe(uploads('a', { done: 5, queued: 3 }, 0, 1), 1000)).toBeNull();
    expect(watch.observe(uploads('a', { done: 6, sending: 1, 'retry-wait': 1 }, 0, 1), 5000)).toBeNull();
    expect(watch.observe(uploads('a', { done: 7, failed: 1 }, 0, 1), 16_000)).toEqual({
      kind: 'upload',
      uploaded: 2,
      failed: 1,
      startedAt: 1000,
      endedAt: 16_000,
    });
    // An idle queue's events (a cleared list, a concurrency change) are not new runs.
    expect(watch.observe(uploads('a', { done: 7, failed: 1 }, 0, 1), 17_000)).toBeNull();
  });

  it('a queue on hold (paused jobs) has not ended', () => {
    const watch = new JobWatch();
    watch.observe(uploads('a', { queued: 2 }, 0, 1), 0);
    expect(watch.observe(uploads('a', { paused: 2 }, 0, 1, true), 20_000)).toBeNull();
  });

  it('accounts are watched apart', () => {
    const watch = new JobWatch();
    watch.observe(uploads('a', { queued: 1 }, 0, 1), 0);
    watch.observe(uploads('b', { queued: 1 }, 0, 1), 0);
    expect(watch.observe(uploads('b', { done: 1 }, 0, 1), 12_000)).toMatchObject({ kind: 'upload', uploaded: 1 });
    expect(watch.observe(uploads('a', { sending: 1 }, 0, 1), 12_000)).toBeNull();
  });

  it('bulk download and backup end with their request, failed or not; a cancelled folder choice is nothing', () => {
    const watch = new JobWatch();
    expect(
      watch.observe(
        request('library:bulkDownload', { folder: '/x', saved: [{}, {}], failed: [{}], cancelled: false }, 0, 11_000),
        11_000,
      ),
    ).toEqual({ kind: 'download', saved: 2, failed: 1, startedAt: 0, endedAt: 11_000 });
    expect(
      watch.observe(request('library:bulkDownload', { folder: null, saved: [], failed: [], cancelled: true }, 0, 9), 9),
    ).toBeNull();
    expect(
      watch.observe(
        request('library:backup', { folder: '/b', manifest: '/b/m', fetched: 3, skipped: 4, failed: [] }, 0, 1),
        1,
      ),
    ).toMatchObject({ kind: 'backup', fetched: 3, skipped: 4, failed: 0 });
    expect(watch.observe(request('library:backup', null, 0, 1, false), 1)).toMatchObject({
      kind: 'backup-failed',
      error: { code: 'WX_45009' },
    });
  });

  it('a publish ends when its status first comes back published or failed', () => {
    const watch = new JobWatch();
    expect(watch.observe(request('articles:publish', { publishId: '42' }, 1000, 1200), 1200)).toBeNull();
    const status = (state: string, at: number) =>
      request('articles:publishStatus', { publishId: '42', state, code: 0, articleUrls: [], failIdx: [] }, at, at);
    expect(watch.observe(status('publishing', 5000), 5000)).toBeNull();
    expect(watch.observe(status('published', 30_000), 30_000)).toEqual({
      kind: 'publish',
      published: true,
      startedAt: 1000,
      endedAt: 30_000,
    });
    // Asked again later (the list refreshes): already told.
    expect(watch.observe(status('published', 40_000), 40_000)).toBeNull();
  });
});

describe('notificationFor', () => {
  const long = { startedAt: 0, endedAt: LONG_JOB_MS };

  it('only for jobs of at least 10 s, and only when the window is not focused', () => {
    const job = { kind: 'upload' as const, uploaded: 3, failed: 0, ...long };
    expect(notificationFor(job, false, 'zh-CN')).toEqual({ title: '上传完成', body: '已上传 3 个文件。' });
    expect(notificationFor(job, true, 'zh-CN')).toBeNull();
    expect(notificationFor({ ...job, endedAt: LONG_JOB_MS - 1 }, false, 'zh-CN')).toBeNull();
  });

  it('words every kind in both languages', () => {
    const cases = [
      { kind: 'upload' as const, uploaded: 1, failed: 2, ...long },
      { kind: 'download' as const, saved: 4, failed: 0, ...long },
      { kind: 'backup' as const, fetched: 1, skipped: 2, failed: 1, ...long },
      { kind: 'publish' as const, published: true, ...long },
      { kind: 'publish' as const, published: false, ...long },
    ];
    for (const job of cases) {
      const zh = notificationFor(job, false, 'zh-CN')!;
      const en = notificationFor(job, false, 'en')!;
      expect(zh.title + zh.body).toMatch(/[\u4e00-\u9fff]/);
      expect(en.title + en.body).not.toMatch(/[\u4e00-\u9fff]/);
    }
    expect(notificationFor(cases[0], false, 'en')).toEqual({
      title: 'Uploads finished',
      body: '1 file uploaded, 2 failed.',
    });
  });

  it('a failed backup says the error, errcode included', () => {
    const error = {
      code: 'WX_45009',
      errClass: 'quota' as const,
      retryable: false,
      message: { zh: '额度用完（45009）', en: 'Quota used up (45009)' },
    };
    expect(notificationFor({ kind: 'backup-failed', error, ...long }, false, 'en')).toEqual({
      title: 'Backup failed',
      body: 'Quota used up (45009)',
    });
  });
});
