/**
 * The preload bridge: a narrow, named `window.api` (one method per contract channel, no generic
 * invoke, no ipcRenderer), file staging through webUtils, and event subscription that passes only
 * the payload (never the IpcRendererEvent, which leaks `sender`). Sandboxed, so zod-free: main
 * validates every request against the contract (electron/shared/contract.ts).
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { EVENT_NAMES, eventChannel, type EventName, type EventMap } from '@shared/channels';
import { RENDERER_CHANNELS, methodName, type BridgeApi, type ChannelMethods } from '@shared/bridge';
import type { Req } from '@shared/contract';

export function buildApi(): BridgeApi {
  const methods = Object.fromEntries(
    RENDERER_CHANNELS.map((channel) => [methodName(channel), (req: unknown) => ipcRenderer.invoke(channel, req ?? {})]),
  ) as unknown as ChannelMethods;
  const api = {
    ...methods,
    // Paths come only from real File objects the user dropped or picked; a page-made File maps to ''.
    stageFiles: (files: File[]) => {
      const paths = Array.from(files, (f) => webUtils.getPathForFile(f)).filter(Boolean);
      return ipcRenderer.invoke('files:register', { paths });
    },
    // One-way: only two strings cross; main checks the sender and the contract's schema (drag-out.ts).
    libraryStartDrag: (req: Req<'library:startDrag'>) => {
      const { accountId, mediaId } = (req ?? {}) as Partial<Record<string, unknown>>;
      if (typeof accountId !== 'string' || typeof mediaId !== 'string') return;
      ipcRenderer.send('library:startDrag', { accountId, mediaId });
    },
    on: <E extends EventName>(event: E, listener: (payload: EventMap[E]) => void) => {
      if (!EVENT_NAMES.includes(event)) return () => undefined;
      const wrapped = (_event: unknown, payload: EventMap[E]) => listener(payload);
      ipcRenderer.on(eventChannel(event), wrapped);
      return () => {
        ipcRenderer.removeListener(eventChannel(event), wrapped);
      };
    },
  } satisfies BridgeApi;
  return api;
}

contextBridge.exposeInMainWorld('api', buildApi());
