/**
 * The one BridgeApi the renderer talks to: the preload's `window.api` in the desktop app, otherwise
 * the HTTP adapter for browser mode. Only features/*\/api hooks import this.
 */
import type { BridgeApi } from '@shared/bridge';
import { createHttpApi } from './http-api';

declare global {
  interface Window {
    api?: BridgeApi;
  }
}

export const api: BridgeApi = window.api ?? createHttpApi();
