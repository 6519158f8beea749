/** The one bridge wrapper, the QueryClient defaults and the event-driven invalidation (renderer/src/lib/query). */
import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import type { AppErrorPayload } from '@shared/errors';
import type { QueueSnapshot, UploadJobView } from '@shared/features/uploads.channels';
import { BridgeError, callBridge, settleBridge } from '../../../renderer/src/lib/query/bridge-call';
import { queueProgressed, subscribeServerEvents } from '../../../renderer/src/lib/query/invalidation';
import { libraryKeys, uploadKeys } from '../../../renderer/src/lib/query/keys';
import { createQueryClient } from '../../../renderer/src/lib/query/query-client';

const failure = (retryable: boolean): AppErrorPayload => ({
  code: retryable ? 'WX_-1' : 'WX_40007',
  errClass: retryable ? 'retryable' : 'not-found',
  retryable,
  message: { zh: '失败', en: 'failed' },
});

const job = (id: string, rev: number, patch: Partial<UploadJobView> = {}): UploadJobView => ({
  id,
  name: `${id}.png`,
  size: 3,
  mode: 'permanent',
  type: 'image',
  status: 'queued',
  transferred: 0,
  attempts: 0,
  rev,
  ...patch,
});
const totals = { totalBytes: 0, doneBytes: 0, bytesPerSec: 0, etaSec: null, counts: {} };
const snapshot = (jobs: UploadJobView[]): QueueSnapshot => ({
  accountId: 'a',
  jobs,
  totals,
  hold: null,
  concurrency: 2,
});

describe('callBridge / settleBridge', () => {
  it('answers the value of an ok envelope', async () => {
    await expect(callBridge(() => Promise.resolve({ ok: true as const, value: 7 }))).resolves.toBe(7);
  });

  it('rejects an error envelope with a BridgeError carrying the payload as sent', async () => {
    const error = failure(false);
    const e = await callBridge(() => Promise.resolve({ ok: false as const, error })).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(BridgeError);
    expect((e as BridgeError).payload).toEqual(error);
  });

  it('turns a bridge that throws into an INTERNAL BridgeError, and settleBridge into an envelope', async () => {
    const boom = () => Promise.reject(new Error('socket closed'));
    const e = await callBridge(boom).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(BridgeError);
    expect((e as BridgeError).payload).toMatchObject({ code: 'INTERNAL', errClass: 'internal' });
    const env = await settleBridge(boom);
    expect(env).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });
});

describe('createQueryClient', () => {
  it('retries only errors the main process marks retryable, and never refetches on focus', async () => {
    const client = createQueryClient();
    client.setDefaultOptions({
      ...client.getDefaultOptions(),
      queries: { ...client.getDefaultOptions().queries, retryDelay: 0 },
    });
    expect(client.getDefaultOptions().queries?.refetchOnWindowFocus).toBe(false);
    const final = vi.fn(() => Promise.resolve({ ok: false as const, error: failure(false) }));
    await client.fetchQuery({ queryKey: ['final'], queryFn: () => callBridge(final) }).catch(() => undefined);
    expect(final).toHaveBeenCalledTimes(1);
    // The retry rule itself: retryable errors twice, nothing else.
    const retry = client.getDefaultOptions().queries?.retry as (n: number, e: BridgeError) => boolean;
    expect(retry(0, new BridgeError(failure(true)))).toBe(true);
    expect(retry(0, new BridgeError(failure(false)))).toBe(false);
    expect(retry(2, new BridgeError(failure(true)))).toBe(false);
  });
});

describe('server events', () => {
  function bridge() {
    const listeners = new Map<string, (p: unknown) => void>();
    return {
      on: vi.fn((event: string, l: (p: unknown) => void) => {
        listeners.set(event, l);
        return () => void listeners.delete(event);
      }),
      emit: (event: string, p: unknown) => listeners.get(event)?.(p),
      listeners,
    };
  }

  it("library:changed invalidates that account's index reads only (not details, not other accounts)", () => {
    const client = new QueryClient();
    const filter = { kind: 'image' as const, text: '', sort: 'date-desc' as const };
    const page = libraryKeys.page('a', filter, { offset: 0, limit: 20 });
    const other = libraryKeys.page('b', filter, { offset: 0, limit: 20 });
    const detail = libraryKeys.detail('a', { kind: 'image', mediaId: 'm' });
    for (const key of [page, other, detail, libraryKeys.summary('a')]) client.setQueryData(key, { any: 1 });
    const b = bridge();
    const off = subscribeServerEvents(client, b as never);
    b.emit('library:changed', { accountId: 'a', type: 'image' });
    expect(client.getQueryState(page)?.isInvalidated).toBe(true);
    expect(client.getQueryState(libraryKeys.summary('a'))?.isInvalidated).toBe(true);
    expect(client.getQueryState(other)?.isInvalidated).toBe(false);
    expect(client.getQueryState(detail)?.isInvalidated).toBe(false);
    off();
    expect(b.listeners.size).toBe(0);
  });

  it('uploads:progress updates the cached queue (newest rev wins) and a finished temporary upload re-lists the ledger', () => {
    const client = new QueryClient();
    client.setQueryData(uploadKeys.queue('a'), snapshot([job('j1', 3, { status: 'sending' })]));
    client.setQueryData(uploadKeys.temp('a'), []);
    const base = { accountId: 'a', removed: [], concurrency: 3, hold: null, totals };
    queueProgressed(client, { ...base, jobs: [job('j1', 2, { status: 'queued' }), job('j2', 1)] });
    const s = client.getQueryData<QueueSnapshot>(uploadKeys.queue('a'));
    expect(s?.jobs.map((j) => [j.id, j.status])).toEqual([
      ['j1', 'sending'],
      ['j2', 'queued'],
    ]);
    expect(s?.concurrency).toBe(3);
    expect(client.getQueryState(uploadKeys.temp('a'))?.isInvalidated).toBe(false);
    queueProgressed(client, { ...base, jobs: [job('t1', 1, { mode: 'temporary', status: 'done' })] });
    expect(client.getQueryState(uploadKeys.temp('a'))?.isInvalidated).toBe(true);
  });

  it('an event before the first snapshot refetches the snapshot instead of being lost', () => {
    const client = new QueryClient();
    const key = uploadKeys.queue('a');
    client.getQueryCache().build(client, { queryKey: key });
    queueProgressed(client, { accountId: 'a', jobs: [job('j1', 1)], removed: [], concurrency: 2, hold: null, totals });
    expect(client.getQueryState(key)?.isInvalidated).toBe(true);
  });

  it('keys are data: arrays of strings and plain objects, with the filter text trimmed', () => {
    const key = libraryKeys.page('a', { kind: 'image', text: '  cat ', sort: 'name-asc' }, { offset: 20, limit: 20 });
    expect(key).toEqual([
      'library',
      'a',
      'index',
      'page',
      { kind: 'image', text: 'cat', sort: 'name-asc' },
      { offset: 20, limit: 20 },
    ]);
  });
});
