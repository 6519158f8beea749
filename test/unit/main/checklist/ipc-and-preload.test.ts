/**
 * Electron security checklist, the bridge (items 17 and 20): every IPC message has its sender
 * validated (one registration loop, one sender check), and the page gets named functions only,
 * never an Electron object (ipcRenderer, a raw invoke or send).
 */
import { describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '@shared/channels';
import { registerIpc } from '../../../../electron/main/ipc-register';
import { isTrustedSender } from '../../../../electron/main/trusted-sender';
import { occurrences } from './source-scan';

const ipcRenderer = { invoke: vi.fn(() => Promise.resolve()), send: vi.fn(), on: vi.fn(), removeListener: vi.fn() };
const exposed: Record<string, unknown> = {};
vi.mock('electron', () => {
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
    ipcRenderer,
    webUtils: { getPathForFile: () => '' },
  };
  return { default: electron, ...electron };
});

describe('checklist: the bridge', () => {
  it('item 17: every channel is registered through the sender check, which refuses foreign frames', async () => {
    const handlers = new Map<string, (event: unknown, raw: unknown) => Promise<unknown>>();
    const seen: boolean[] = [];
    registerIpc(
      { handle: (c: string, fn: (e: unknown, r: unknown) => Promise<unknown>) => handlers.set(c, fn) } as never,
      (_c, _r, trusted) => {
        seen.push(trusted);
        return Promise.resolve({ ok: true, value: null });
      },
      new Set([1]),
    );
    expect([...handlers.keys()].sort()).toEqual([...CHANNELS].sort());
    const mainFrame = { url: 'app://bundle/index.html' };
    const ours = { senderFrame: mainFrame, sender: { id: 1, mainFrame } };
    const subframe = { senderFrame: { url: 'app://bundle/index.html' }, sender: { id: 1, mainFrame } };
    const foreign = { senderFrame: { url: 'https://evil.example/' }, sender: { id: 1, mainFrame: { url: '' } } };
    const other = { senderFrame: mainFrame, sender: { id: 2, mainFrame } };
    for (const event of [ours, subframe, foreign, other, { senderFrame: null, sender: { id: 1, mainFrame } }]) {
      await handlers.get('app:info')!(event, {});
    }
    expect(seen).toEqual([true, false, false, false, false]);
    expect(isTrustedSender(foreign, new Set([1]))).toBe(false);
    // ipcMain.handle / ipcMain.on appear only in the registration loop and the one drag-out listener.
    expect(occurrences('electron', /ipcMain\.(handle|on|handleOnce|once)\(|\bipc\.(handle|on)\(/)).toEqual(
      occurrences('electron', /ipc\.handle\(channel|ipc\.on\(DRAG_CHANNEL/),
    );
  });

  it('item 20: the page gets named functions only, never an Electron API', async () => {
    await import('../../../../electron/preload/preload');
    expect(Object.keys(exposed)).toEqual(['api']);
    const api = exposed.api as Record<string, unknown>;
    for (const [name, value] of Object.entries(api)) {
      expect(typeof value, name).toBe('function');
      expect(value).not.toBe(ipcRenderer.invoke);
      expect(value).not.toBe(ipcRenderer.send);
    }
    expect(Object.keys(api)).not.toEqual(expect.arrayContaining(['invoke']));
    expect(Object.keys(api).filter((k) => /^(invoke|send|ipcRenderer|require|process)$/.test(k))).toEqual([]);
    expect(occurrences('electron/preload', /exposeInMainWorld\(/)).toEqual({ 'electron/preload/preload.ts': 1 });
  });
});
