/**
 * Composition root of the desktop app: single-instance lock, the `app://` protocol, the core,
 * IPC registration and the hardened window. No logic lives here; it wires tested parts together.
 */
import { appendFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, nativeImage, protocol, safeStorage, session, shell } from 'electron';
import { createCore } from '../core/app-core';
import { createDispatcher } from '../core/ipc/dispatch';
import { QuarantineLog } from '../core/fs/quarantine';
import { createLogger } from '../core/log';
import { toAppError } from '../core/wechat/to-app-error';
import { eventChannel, type EventMap } from '@shared/channels';
import type { Envelope } from '@shared/errors';
import type { BulkDownloadResult } from '@shared/features/library.channels';
import { APP_ENTRY, APP_SCHEME } from './app-origin';
import { createAppProtocolHandler } from './app-protocol';
import { DesktopDownloadTarget } from './desktop-download-target';
import { dragIcon } from './drag-icon';
import { flushOnQuit } from './flush-on-quit';
import { registerDragOut } from './drag-out';
import { registerIpc } from './ipc-register';
import { denyAllPermissions, lockDownWebContents } from './lockdown';
import { SafeStorageSecretStore } from './safe-storage-secret-store';
import { buildWindowOptions } from './window-options';

// `stream: true` lets <audio>/<video> read app:// in ranges (electron/main/app-protocol.ts), so previews can seek.
protocol.registerSchemesAsPrivileged([
  {
    scheme: APP_SCHEME,
    privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, stream: true },
  },
]);

const trustedIds = new Set<number>();
let mainWindow: BrowserWindow | null = null;

function broadcast<E extends keyof EventMap>(event: E, payload: EventMap[E]): void {
  for (const win of BrowserWindow.getAllWindows()) {
    if (!win.isDestroyed() && trustedIds.has(win.webContents.id)) win.webContents.send(eventChannel(event), payload);
  }
}

function createWindow(): BrowserWindow {
  const win = new BrowserWindow(buildWindowOptions(path.join(__dirname, '../preload/preload.cjs')));
  const id = win.webContents.id;
  trustedIds.add(id);
  win.webContents.on('destroyed', () => trustedIds.delete(id));
  win.once('ready-to-show', () => win.show());
  // A failed load leaves a blank window that the user can close; nothing to retry automatically.
  win.loadURL(APP_ENTRY).catch(() => undefined);
  return win;
}

async function start(): Promise<void> {
  await app.whenReady();
  app.on('web-contents-created', (_event, contents) => lockDownWebContents(contents, (url) => shell.openExternal(url)));
  denyAllPermissions(session.defaultSession);
  const dataDir = app.getPath('userData');
  const logDir = path.join(dataDir, 'logs');
  mkdirSync(logDir, { recursive: true });
  const logger = createLogger((line) => appendFileSync(path.join(logDir, 'main.log'), `${line}\n`, { mode: 0o600 }));
  // Shared by the secret store (secrets.json) and the core's own files; app:info reports what was set aside.
  const quarantine = new QuarantineLog();
  const core = await createCore({
    mode: 'desktop',
    version: app.getVersion(),
    dataDir,
    persistAccounts: true,
    secrets: new SafeStorageSecretStore(path.join(dataDir, 'secrets.json'), safeStorage, process.platform, quarantine),
    downloads: new DesktopDownloadTarget(dialog, () => mainWindow),
    emit: broadcast,
    demo: {},
    // The environment is read here, once, and nowhere in the core.
    apiBase: process.env.WX_API_BASE ?? null,
    logger,
    quarantine,
  });
  protocol.handle(APP_SCHEME, createAppProtocolHandler(path.join(__dirname, '../renderer'), core.assets));
  const dispatch = createDispatcher(core.handlers, { logger });
  registerIpc(ipcMain, dispatch, trustedIds);
  registerDragOut(ipcMain, trustedIds, {
    // The drag handler has checked the sender already; the dispatcher still validates the request.
    download: (req) => dispatch('library:bulkDownload', req, true) as Promise<Envelope<BulkDownloadResult>>,
    cacheDir: path.join(dataDir, 'drag-out'),
    icon: () => nativeImage.createFromBuffer(dragIcon()),
  });
  logger.info('app.started', { version: app.getVersion() });
  mainWindow = createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  flushOnQuit(app, () => core.close(), {
    onError: (err) => logger.failure('app.close', toAppError(err)),
  });
}

// Two instances would refresh tokens against each other and race on the same files.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  start().catch((err: unknown) => {
    dialog.showErrorBox('SucaiDesk', err instanceof Error ? err.message : String(err));
    app.quit();
  });
}
