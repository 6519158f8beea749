import { describe, expect, it } from 'vitest';
import { IDLE, progressBarValue, reduceTransfers, type TransferState } from '../../../electron/main/transfer-progress';
import type { ShellObservation } from '../../../electron/main/shell-observation';
import { bulk, request, uploads } from './shell-fixtures';

const run = (...obs: ShellObservation[]): TransferState => obs.reduce(reduceTransfers, IDLE);

describe('transfer progress', () => {
  it('is idle (-1) with nothing running', () => {
    expect(progressBarValue(IDLE)).toEqual({ fraction: -1, paused: false });
  });

  it('an upload run counts from its own start: jobs finished earlier stay listed but do not count', () => {
    // 400 bytes were uploaded in an earlier run and stay in the list; a new run adds 600.
    const started = run(uploads('a', { done: 1, queued: 2 }, 400, 1000));
    expect(progressBarValue(started).fraction).toBe(0);
    const half = reduceTransfers(started, uploads('a', { done: 2, sending: 1 }, 700, 1000));
    expect(progressBarValue(half).fraction).toBeCloseTo(0.5);
    const drained = reduceTransfers(half, uploads('a', { done: 3 }, 1000, 1000));
    expect(progressBarValue(drained).fraction).toBe(-1);
  });

  it('bulk downloads and backups show done/total and clear on the last item or on the request’s end', () => {
    expect(progressBarValue(run(bulk('download', 1, 4))).fraction).toBe(0.25);
    expect(progressBarValue(run(bulk('download', 1, 4), bulk('download', 4, 4))).fraction).toBe(-1);
    // A backup that failed half-way never sends its last progress event: the request's answer ends it.
    const failed = run(bulk('backup', 2, 10), request('library:backup', null, 0, 1, false));
    expect(progressBarValue(failed).fraction).toBe(-1);
  });

  it('a bulk delete is not a transfer', () => {
    expect(run(bulk('delete', 1, 5))).toBe(IDLE);
  });

  it('several transfers show the mean of their fractions', () => {
    const both = run(
      uploads('a', { sending: 1 }, 0, 100),
      uploads('a', { sending: 1 }, 50, 100),
      bulk('download', 1, 4),
    );
    expect(progressBarValue(both).fraction).toBeCloseTo((0.5 + 0.25) / 2);
  });

  it('paused when every running transfer is an upload queue on hold', () => {
    expect(progressBarValue(run(uploads('a', { paused: 2 }, 0, 100, true))).paused).toBe(true);
    expect(progressBarValue(run(uploads('a', { paused: 2 }, 0, 100, true), bulk('backup', 1, 3))).paused).toBe(false);
  });

  it('unrelated requests leave the state as it was', () => {
    const state = run(bulk('download', 1, 4));
    expect(reduceTransfers(state, request('library:query', {}, 0, 1))).toBe(state);
  });
});
