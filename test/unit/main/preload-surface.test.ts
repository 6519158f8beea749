import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS, ONE_WAY_CHANNELS } from '@shared/channels';
import { methodName } from '@shared/bridge';

const exposed: Record<string, Record<string, unknown>> = {};
const invoke = vi.fn((channel: string, req: unknown) => Promise.resolve({ ok: true, value: { channel, req } }));
const send = vi.fn();
const listeners = new Map<string, (...args: unknown[]) => void>();

vi.mock('electron', () => {
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, api: Record<string, unknown>) => (exposed[key] = api) },
    ipcRenderer: {
      invoke,
      send,
      on: (channel: string, fn: (...args: unknown[]) => void) => listeners.set(channel, fn),
      removeListener: (channel: string) => listeners.delete(channel),
    },
    webUtils: { getPathForFile: (f: { fakePath?: string }) => f.fakePath ?? '' },
  };
  return { default: electron, ...electron };
});

beforeAll(async () => {
  await import('../../../electron/preload/preload');
});

describe('preload bridge', () => {
  it('exposes exactly one named method per contract channel (request and one-way), plus stageFiles and on', () => {
    expect(Object.keys(exposed)).toEqual(['api']);
    const expected = [...CHANNELS.filter((c) => c !== 'files:register'), ...ONE_WAY_CHANNELS].map((c) => methodName(c));
    expect(Object.keys(exposed.api).sort()).toEqual([...expected, 'stageFiles', 'on'].sort());
    for (const gone of ['libraryUpload', 'libraryDelete', 'libraryDownload', 'startDrag']) {
      expect(exposed.api).not.toHaveProperty(gone);
    }
  });

  it('libraryStartDrag sends only an account id and a media_id on its own one-way channel', () => {
    const startDrag = exposed.api.libraryStartDrag as (req: unknown) => void;
    startDrag({ accountId: 'demo', mediaId: 'MEDIA_1', path: '/etc/passwd' });
    expect(send).toHaveBeenLastCalledWith('library:startDrag', { accountId: 'demo', mediaId: 'MEDIA_1' });
    send.mockClear();
    startDrag({ accountId: { path: '/etc/passwd' }, mediaId: 'x' });
    startDrag({ accountId: 'demo', mediaId: 42 });
    startDrag(undefined);
    expect(send).not.toHaveBeenCalled();
  });

  it('exposes no generic invoke, send or ipcRenderer', () => {
    for (const key of ['invoke', 'send', 'ipcRenderer', 'sendSync', 'filesRegister']) {
      expect(exposed.api).not.toHaveProperty(key);
    }
  });

  it('maps each method to its own channel', async () => {
    const fn = exposed.api.libraryQuery as (req: unknown) => Promise<unknown>;
    const req = { accountId: 'demo', kinds: ['image'], sort: 'date-desc', offset: 0, limit: 20 };
    await fn(req);
    expect(invoke).toHaveBeenLastCalledWith('library:query', req);
  });

  it('turns only real File paths into a files:register call', async () => {
    const stage = exposed.api.stageFiles as (files: unknown[]) => Promise<unknown>;
    await stage([{ fakePath: '/home/u/a.png' }, { name: 'made-by-page.png' }]);
    expect(invoke).toHaveBeenLastCalledWith('files:register', { paths: ['/home/u/a.png'] });
  });

  it('passes only the payload to event listeners, never the IpcRendererEvent', () => {
    const on = exposed.api.on as (e: string, cb: (p: unknown) => void) => () => void;
    const seen: unknown[][] = [];
    const off = on('uploads:progress', (...args: unknown[]) => seen.push(args));
    listeners.get('event:uploads:progress')!({ sender: 'SECRET-SENDER' }, { name: 'a', transferred: 1, total: 2 });
    expect(seen).toEqual([[{ name: 'a', transferred: 1, total: 2 }]]);
    off();
    expect(listeners.has('event:uploads:progress')).toBe(false);
    expect(on('not-an-event', () => undefined)()).toBeUndefined();
  });
});
