import { describe, expect, it, vi } from 'vitest';
import { createDispatcher, type Handlers } from '../../../../electron/core/ipc/dispatch';
import { CHANNELS, ONE_WAY_CHANNELS } from '@shared/channels';
import { channelSchemas, oneWaySchemas, requestSchemas } from '@shared/contract';
import { methodName } from '@shared/bridge';

const CANARY_TOKEN = 'CANARYTOKEN0123456789';

function fakeHandlers(overrides: Partial<Handlers> = {}): Handlers {
  const stub = vi.fn(() => Promise.resolve({}));
  const all = Object.fromEntries(CHANNELS.map((c) => [c, stub])) as unknown as Handlers;
  return { ...all, ...overrides };
}

describe('contract', () => {
  it('declares a schema for exactly the channel list, each named domain:camelVerb with its own method', () => {
    // Structural, not a pinned copy: a new channel is added in its feature's contract files only (docs/adding-a-channel.md).
    expect(Object.keys(requestSchemas).sort()).toEqual([...CHANNELS].sort());
    const all = [...CHANNELS, ...ONE_WAY_CHANNELS];
    for (const c of all) expect(c).toMatch(/^[a-z]+:[a-z][A-Za-z]*$/);
    expect(new Set(all).size).toBe(all.length);
    expect(new Set(all.map((c) => methodName(c))).size).toBe(all.length);
    expect(CHANNELS).toContain('uploads:enqueue');
  });

  it('declares one-way channels in the same schema map, apart from the request channels', () => {
    expect([...ONE_WAY_CHANNELS]).toEqual(['library:startDrag']);
    expect(Object.keys(channelSchemas).sort()).toEqual([...CHANNELS, ...ONE_WAY_CHANNELS].sort());
    expect(Object.keys(oneWaySchemas)).toEqual(['library:startDrag']);
    expect(requestSchemas).not.toHaveProperty('library:startDrag');
    // The old single-item paths are gone: uploads go through the queue, deletes/downloads through the bulk channels.
    for (const gone of ['library:upload', 'library:delete', 'library:download']) {
      expect(channelSchemas).not.toHaveProperty(gone);
    }
  });

  it('answers a one-way channel name on the request path as unknown (it has no handler)', async () => {
    const dispatch = createDispatcher(fakeHandlers());
    const env = await dispatch('library:startDrag', { accountId: 'demo', mediaId: 'M1' }, true);
    expect(env).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
  });
});

describe('dispatch', () => {
  it('runs the handler for a trusted, valid request and wraps the value', async () => {
    const page = vi.fn(() => Promise.resolve({ items: [], total: 0, offset: 0 }));
    const dispatch = createDispatcher(fakeHandlers({ 'library:query': page }));
    const res = await dispatch(
      'library:query',
      { accountId: 'demo', kinds: ['image'], sort: 'date-desc', offset: 0, limit: 20 },
      true,
    );
    expect(res).toEqual({ ok: true, value: { items: [], total: 0, offset: 0 } });
    expect(page).toHaveBeenCalledOnce();
  });

  it('refuses untrusted senders before validating or running anything', async () => {
    const page = vi.fn();
    const dispatch = createDispatcher(fakeHandlers({ 'library:query': page }));
    const res = await dispatch(
      'library:query',
      { accountId: 'demo', kinds: ['image'], sort: 'date-desc', offset: 0, limit: 20 },
      false,
    );
    expect(res).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', errClass: 'forbidden' } });
    expect(page).not.toHaveBeenCalled();
  });

  it.each([
    ['limit over 500', { accountId: 'demo', kinds: ['image'], sort: 'date-desc', offset: 0, limit: 501 }],
    ['thumb is not a listable kind', { accountId: 'demo', kinds: ['thumb'], sort: 'date-desc', offset: 0, limit: 20 }],
    ['extra key', { accountId: 'demo', kinds: ['image'], sort: 'date-desc', offset: 0, limit: 20, extra: 1 }],
    [
      'prototype key',
      JSON.parse('{"accountId":"demo","kinds":["image"],"sort":"date-desc","offset":0,"limit":20,"__proto__":{"x":1}}'),
    ],
    ['not an object', 'library'],
  ])('refuses invalid input (%s) without running the handler', async (_label, raw) => {
    const page = vi.fn();
    const dispatch = createDispatcher(fakeHandlers({ 'library:query': page }));
    const res = await dispatch('library:query', raw, true);
    expect(res).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(page).not.toHaveBeenCalled();
  });

  it('refuses unknown and transport-refused channels', async () => {
    const dispatch = createDispatcher(fakeHandlers(), { refused: ['files:register'] });
    expect(await dispatch('shell:exec', {}, true)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    expect(await dispatch('files:register', { paths: ['/etc/passwd'] }, true)).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL' },
    });
    expect(await dispatch('__proto__', {}, true)).toMatchObject({ ok: false });
  });

  it('turns a thrown error into data that carries no URL or token', async () => {
    const leaky = new Error(
      `Request failed: POST https://api.weixin.qq.com/cgi-bin/material/batchget_material?access_token=${CANARY_TOKEN}`,
    );
    const dispatch = createDispatcher(fakeHandlers({ 'library:summary': () => Promise.reject(leaky) }));
    const res = await dispatch('library:summary', { accountId: 'demo' }, true);
    expect(res.ok).toBe(false);
    expect(JSON.stringify(res)).not.toContain(CANARY_TOKEN);
    expect(JSON.stringify(res)).not.toContain('access_token');
  });
  // Hostile inputs at scale (≥ 10,000 per channel, against a real core): test/unit/fuzz/ipc-dispatch.fuzz.test.ts.
});
