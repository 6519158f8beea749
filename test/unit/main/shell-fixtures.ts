/** Observations for the shell's unit tests (test/unit/main/*): upload queue events, bulk progress, requests. */
import type { EventMap } from '@shared/channels';
import type { UploadJobStatus } from '@shared/features/uploads.channels';
import type { ShellObservation } from '../../../electron/main/shell-observation';

export function uploads(
  accountId: string,
  counts: Partial<Record<UploadJobStatus, number>>,
  doneBytes: number,
  totalBytes: number,
  held = false,
): ShellObservation {
  const payload: EventMap['uploads:progress'] = {
    accountId,
    jobs: [],
    removed: [],
    concurrency: 3,
    hold: held ? { kind: 'quota' } : null,
    totals: { doneBytes, totalBytes, bytesPerSec: 0, etaSec: null, counts },
  };
  return { kind: 'event', event: 'uploads:progress', payload };
}

export function bulk(op: 'download' | 'delete' | 'backup', done: number, total: number): ShellObservation {
  return { kind: 'event', event: 'library:progress', payload: { op, done, total, name: `item-${done}` } };
}

export function request(
  channel: Extract<ShellObservation, { kind: 'request' }>['channel'],
  value: unknown,
  startedAt: number,
  endedAt: number,
  ok = true,
): ShellObservation {
  const envelope = ok
    ? { ok: true as const, value }
    : {
        ok: false as const,
        error: {
          code: 'WX_45009',
          errClass: 'quota' as const,
          retryable: false,
          message: { zh: '今日调用次数已用完（45009）。', en: 'Daily quota used up (45009).' },
        },
      };
  return { kind: 'request', channel, req: {}, envelope, startedAt, endedAt };
}
