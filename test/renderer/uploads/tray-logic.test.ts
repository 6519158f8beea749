import { afterEach, describe, expect, it } from 'vitest';
import type { UploadJobView } from '@shared/features/uploads.channels';
import { inFirstSeenOrder } from '../../../renderer/src/features/uploads/stable-order';
import { trayBatch } from '../../../renderer/src/features/uploads/tray-batch';
import { needsUser, summarizeBatch } from '../../../renderer/src/features/uploads/tray-summary';
import { REVIEW_FIRST_KEY, uploadSettings } from '../../../renderer/src/features/uploads/upload-settings';
import { kindOfUpload } from '../../../renderer/src/lib/reveal-item';

const job = (id: string, status: UploadJobView['status'], size = 100, transferred = 0): UploadJobView => ({
  id,
  status,
  name: `${id}.png`,
  size,
  mode: 'permanent',
  type: 'image',
  transferred,
  attempts: 0,
});

describe('summarizeBatch', () => {
  it('counts done, active and attention, and measures percent over the bytes that will be sent', () => {
    const s = summarizeBatch([job('a', 'done'), job('b', 'sending', 100, 50), job('c', 'refused', 1000)]);
    expect(s).toEqual({ total: 3, done: 1, active: 1, attention: 1, percent: 75, settled: false });
  });

  it('is settled when nothing is active, checking or waiting for a duplicate choice', () => {
    expect(summarizeBatch([job('a', 'done'), job('b', 'failed')]).settled).toBe(true);
    expect(summarizeBatch([job('a', 'done')], 1).settled).toBe(false);
    expect(summarizeBatch([job('a', 'duplicate')]).settled).toBe(false);
    expect(summarizeBatch([job('a', 'refused', 0)]).percent).toBe(100);
    expect(summarizeBatch([]).percent).toBe(0);
  });

  it('flags the rows that need the user', () => {
    expect(['refused', 'failed', 'duplicate', 'done', 'sending'].map((s) => needsUser(job('x', s as never)))).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
  });
});

describe('inFirstSeenOrder', () => {
  it('keeps rows where they first appeared whatever order later snapshots list them in', () => {
    const seen = new Map<string, number>();
    expect(inFirstSeenOrder([job('a', 'queued'), job('b', 'queued')], seen).map((j) => j.id)).toEqual(['a', 'b']);
    // b finishes first and a later snapshot lists it first: the rows do not jump.
    const later = inFirstSeenOrder([job('b', 'done'), job('c', 'queued'), job('a', 'sending')], seen);
    expect(later.map((j) => j.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('trayBatch', () => {
  afterEach(() => trayBatch.reset());

  it('follows the jobs of the files that arrived, and starts over once the last batch is finished', () => {
    trayBatch.checking(2, true);
    expect(trayBatch.get()).toEqual({ ids: [], checking: 2, dismissed: false });
    trayBatch.added(2, ['j1', 'j2']);
    trayBatch.checking(1, false);
    trayBatch.added(1, ['j3']);
    expect(trayBatch.get()).toEqual({ ids: ['j1', 'j2', 'j3'], checking: 0, dismissed: false });
    trayBatch.checking(1, true);
    trayBatch.added(1, ['j4']);
    expect(trayBatch.get().ids).toEqual(['j4']);
  });

  it('stays closed until the next arrival', () => {
    trayBatch.added(0, ['j1']);
    trayBatch.dismiss();
    expect(trayBatch.get()).toEqual({ ids: [], checking: 0, dismissed: true });
    trayBatch.checking(1, false);
    expect(trayBatch.get().dismissed).toBe(false);
  });
});

describe('uploadSettings', () => {
  afterEach(() => {
    localStorage.clear();
    uploadSettings.reload();
  });

  it('remembers "review first" across restarts and keeps mode and type for the session only', () => {
    expect(uploadSettings.get()).toEqual({ reviewFirst: false, mode: 'permanent', type: 'auto' });
    uploadSettings.set({ reviewFirst: true, mode: 'temporary' });
    expect(localStorage.getItem(REVIEW_FIRST_KEY)).toBe('1');
    uploadSettings.reload();
    expect(uploadSettings.get()).toEqual({ reviewFirst: true, mode: 'permanent', type: 'auto' });
    uploadSettings.set({ reviewFirst: false });
    expect(localStorage.getItem(REVIEW_FIRST_KEY)).toBeNull();
  });
});

describe('kindOfUpload', () => {
  it('opens thumbnails under images, the other types under their own tab', () => {
    expect(['image', 'thumb', 'voice', 'video'].map((t) => kindOfUpload(t as never))).toEqual([
      'image',
      'image',
      'voice',
      'video',
    ]);
  });
});

describe('trayBatch.resumed', () => {
  afterEach(() => trayBatch.reset());

  it('follows the jobs still under way when the window opens, once per account', () => {
    trayBatch.resumed('demo', ['j1', 'j2']);
    expect(trayBatch.get().ids).toEqual(['j1', 'j2']);
    trayBatch.resumed('demo', ['j3']);
    expect(trayBatch.get().ids).toEqual(['j1', 'j2']);
  });
});
