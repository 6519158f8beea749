/**
 * The preload bridge: a narrow, named `window.api` (one method per contract channel, no generic
 * invoke, no ipcRenderer), file staging through webUtils, and event subscription that passes only
 * the payload (never the IpcRendererEvent, which leaks `sender`).
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import {
  CHANNELS,
  DESKTOP_ONLY_CHANNELS,
  EVENT_NAMES,
  eventChannel,
  type EventName,
  type EventMap,
} from '../shared/channels';
import { methodName } from '../shared/bridge';

export function buildApi(): Record<string, unknown> {
  const api: Record<string, unknown> = {};
  for (const channel of CHANNELS) {
    if (DESKTOP_ONLY_CHANNELS.includes(channel)) continue;
    api[methodName(channel)] = (req: unknown) => ipcRenderer.invoke(channel, req ?? {});
  }
  // Paths come only from real File objects the user dropped or picked; a page-made File maps to ''.
  api.stageFiles = (files: File[]) => {
    const paths = Array.from(files, (f) => webUtils.getPathForFile(f)).filter(Boolean);
    return ipcRenderer.invoke('files:register', { paths });
  };
  // Desktop drag-out: one-way, two validated strings; main prepares the file and starts the OS drag.
  api.startDrag = (accountId: unknown, mediaId: unknown) => {
    if (typeof accountId !== 'string' || typeof mediaId !== 'string') return;
    ipcRenderer.send('library:startDrag', { accountId, mediaId });
  };
  api.on = <E extends EventName>(event: E, listener: (payload: EventMap[E]) => void) => {
    if (!EVENT_NAMES.includes(event)) return () => undefined;
    const wrapped = (_event: unknown, payload: EventMap[E]) => listener(payload);
    ipcRenderer.on(eventChannel(event), wrapped);
    return () => ipcRenderer.removeListener(eventChannel(event), wrapped);
  };
  return api;
}

contextBridge.exposeInMainWorld('api', buildApi());
