/**
 * Composition root of the desktop app: single-instance lock, the `app://` protocol, the core,
 * IPC registration, the hardened window and the native shell (menu, context menu, notifications,
 * taskbar progress, window place, theme). No logic lives here; it wires tested parts together.
 */
import { appendFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  nativeImage,
  nativeTheme,
  Notification,
  protocol,
  safeStorage,
  screen,
  session,
  shell,
} from 'electron';
import { createCore } from '../core/app-core';
import { createDispatcher } from '../core/ipc/dispatch';
import { QuarantineLog } from '../core/fs/quarantine';
import { createLogger } from '../core/log';
import { toAppError } from '../core/wechat/to-app-error';
import { eventChannel, type EventMap } from '@shared/channels';
import type { Envelope } from '@shared/errors';
import type { BulkDownloadResult } from '@shared/features/library.channels';
import { APP_USER_MODEL_ID } from './app-identity';
import { commandHandler, installAppMenu } from './app-menu';
import { APP_ENTRY, APP_SCHEME } from './app-origin';
import { createAppProtocolHandler } from './app-protocol';
import { attachEditContextMenu } from './context-menu-glue';
import { DesktopDownloadTarget } from './desktop-download-target';
import { createDesktopShell, type DesktopShell } from './desktop-shell';
import { dragIcon } from './drag-icon';
import { flushOnQuit } from './flush-on-quit';
import { registerDragOut } from './drag-out';
import { registerIpc } from './ipc-register';
import { createJobNotifier } from './job-notifier';
import { readSettingsText, writeSettings } from './json-settings-file';
import { denyAllPermissions, lockDownWebContents } from './lockdown';
import { observeDispatch } from './observed-dispatch';
import { createProgressBar } from './progress-bar-glue';
import { SafeStorageSecretStore } from './safe-storage-secret-store';
import { observeEvent, type ShellObservation } from './shell-observation';
import { parseShellPrefs } from './shell-prefs';
import { claimSingleInstance } from './single-instance';
import { buildWindowOptions } from './window-options';
import { parseWindowState } from './window-state';
import { restoredWindowPlace, trackWindowState } from './window-state-glue';

// `stream: true` lets <audio>/<video> read app:// in ranges (electron/main/app-protocol.ts), so previews can seek.
protocol.registerSchemesAsPrivileged([
  {
    scheme: APP_SCHEME,
    privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, stream: true },
  },
]);

const trustedIds = new Set<number>();
let mainWindow: BrowserWindow | null = null;
const currentWindow = () => (mainWindow && !mainWindow.isDestroyed() ? mainWindow : null);

// The taskbar progress and the "job finished" notifications watch the same events and requests.
const watchers: ((obs: ShellObservation) => void)[] = [];
const observe = (obs: ShellObservation) => {
  for (const watch of watchers) watch(obs);
};

function broadcast<E extends keyof EventMap>(event: E, payload: EventMap[E]): void {
  for (const win of BrowserWindow.getAllWindows()) {
    if (!win.isDestroyed() && trustedIds.has(win.webContents.id)) win.webContents.send(eventChannel(event), payload);
  }
  const obs = observeEvent(event, payload);
  if (obs) observe(obs);
}

async function createWindow(dataDir: string, desktop: DesktopShell, logError: (err: unknown) => void) {
  const stateFile = path.join(dataDir, 'window-state.json');
  const saved = parseWindowState(await readSettingsText(stateFile));
  const place = restoredWindowPlace(saved, screen);
  const look = { bounds: place.bounds, backgroundColor: desktop.background() };
  const win = new BrowserWindow(buildWindowOptions(path.join(__dirname, '../preload/preload.cjs'), look));
  const id = win.webContents.id;
  trustedIds.add(id);
  win.webContents.on('destroyed', () => trustedIds.delete(id));
  attachEditContextMenu(win.webContents, Menu, desktop.language);
  trackWindowState(win, screen, saved, (state) => writeSettings(stateFile, state), logError);
  win.once('ready-to-show', () => {
    if (place.maximized) win.maximize();
    win.show();
  });
  // A failed load leaves a blank window that the user can close; nothing to retry automatically.
  win.loadURL(APP_ENTRY).catch(() => undefined);
  return win;
}

async function start(): Promise<void> {
  await app.whenReady();
  if (process.platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID);
  app.on('web-contents-created', (_event, contents) => lockDownWebContents(contents, (url) => shell.openExternal(url)));
  denyAllPermissions(session.defaultSession);
  const dataDir = app.getPath('userData');
  const logDir = path.join(dataDir, 'logs');
  mkdirSync(logDir, { recursive: true });
  const logger = createLogger((line) => appendFileSync(path.join(logDir, 'main.log'), `${line}\n`, { mode: 0o600 }));
  const logError = (what: string) => (err: unknown) => logger.failure(what, toAppError(err));

  const prefsFile = path.join(dataDir, 'shell-prefs.json');
  const onCommand = commandHandler({
    focused: () => BrowserWindow.getFocusedWindow(),
    main: currentWindow,
    trustedIds,
    openDataFolder: () => desktop.openDataFolder(),
    onError: logError('shell.openDataFolder'),
  });
  const dev = !app.isPackaged;
  const desktop = createDesktopShell({
    prefs: parseShellPrefs(await readSettingsText(prefsFile)),
    savePrefs: (prefs) => writeSettings(prefsFile, prefs),
    nativeTheme,
    windows: () => BrowserWindow.getAllWindows(),
    setMenuLanguage: (language) => installAppMenu(Menu, process.platform, language, onCommand, dev),
    // Only the app's own folder, never a path the renderer named (docs/security.md).
    openPath: () => shell.openPath(dataDir),
    onError: logError('shell.prefs'),
  });
  installAppMenu(Menu, process.platform, desktop.language(), onCommand, dev);
  watchers.push(
    createProgressBar(currentWindow),
    createJobNotifier({
      supported: () => Notification.isSupported(),
      create: (text) => new Notification({ title: text.title, body: text.body }),
      window: currentWindow,
      language: desktop.language,
    }),
  );

  // Shared by the secret store (secrets.json) and the core's own files; app:info reports what was set aside.
  const quarantine = new QuarantineLog();
  const core = await createCore({
    mode: 'desktop',
    version: app.getVersion(),
    dataDir,
    persistAccounts: true,
    secrets: await SafeStorageSecretStore.open(
      path.join(dataDir, 'secrets.json'),
      safeStorage,
      process.platform,
      quarantine,
    ),
    downloads: new DesktopDownloadTarget(dialog, () => mainWindow),
    emit: broadcast,
    demo: {},
    // The environment is read here, once, and nowhere in the core.
    apiBase: process.env.WX_API_BASE ?? null,
    logger,
    quarantine,
    shell: desktop,
  });
  protocol.handle(APP_SCHEME, createAppProtocolHandler(path.join(__dirname, '../renderer'), core.assets));
  // Observed: the taskbar progress and the notifications see each request's end (drag-out's downloads too).
  const dispatch = observeDispatch(createDispatcher(core.handlers, { logger }), observe);
  registerIpc(ipcMain, dispatch, trustedIds);
  registerDragOut(ipcMain, trustedIds, {
    // The drag handler has checked the sender already; the dispatcher still validates the request.
    download: (req) => dispatch('library:bulkDownload', req, true) as Promise<Envelope<BulkDownloadResult>>,
    cacheDir: path.join(dataDir, 'drag-out'),
    icon: () => nativeImage.createFromBuffer(dragIcon()),
  });
  logger.info('app.started', { version: app.getVersion() });
  mainWindow = await createWindow(dataDir, desktop, logError('shell.windowState'));
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) {
      createWindow(dataDir, desktop, logError('shell.windowState'))
        .then((win) => (mainWindow = win))
        .catch(logError('shell.window'));
    }
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  flushOnQuit(app, () => core.close(), {
    onError: (err) => logger.failure('app.close', toAppError(err)),
  });
}

if (claimSingleInstance(app, currentWindow)) {
  start().catch((err: unknown) => {
    dialog.showErrorBox('SucaiDesk', err instanceof Error ? err.message : String(err));
    app.quit();
  });
}
