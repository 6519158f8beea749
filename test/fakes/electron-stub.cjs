// A stand-in `electron` module for smoke-loading the built main bundle in plain Node (the real
// binary cannot be downloaded here). It records what main registers and reports it as JSON on
// stdout once the window has loaded its URL.
const Module = require('node:module');
const os = require('node:os');
const path = require('node:path');
const fs = require('node:fs');

const record = {
  handles: [],
  windows: [],
  protocols: [],
  privileged: [],
  singleInstance: false,
  permissionsLocked: false,
};
const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'sucaidesk-stub-'));
const listeners = {};

function report() {
  process.stdout.write('STUB-RECORD ' + JSON.stringify(record) + '\n');
  process.exit(0);
}

// STUB_QUIT=1: once the window has loaded, quit the way Electron does (will-quit, then exit unless
// prevented); main must prevent it, flush the core, and call app.exit() itself.
function quit() {
  const handlers = listeners['will-quit'] ?? [];
  record.quitListeners = handlers.length;
  const event = {
    preventDefault() {
      record.quitPrevented = true;
    },
  };
  for (const fn of handlers) fn(event);
  if (!record.quitPrevented) report();
}

class BrowserWindow {
  static windows = [];
  static getAllWindows() {
    return BrowserWindow.windows;
  }
  static getFocusedWindow() {
    return BrowserWindow.windows[0] ?? null;
  }
  constructor(options) {
    this.options = options;
    this.webContents = { id: BrowserWindow.windows.length + 1, on() {}, send() {}, mainFrame: {} };
    BrowserWindow.windows.push(this);
    record.windows.push({ options: JSON.parse(JSON.stringify(options)) });
  }
  once() {}
  // The native shell's calls (electron/main: window place, theme, taskbar progress).
  on() {}
  getNormalBounds() {
    return { x: 0, y: 0, width: 1280, height: 840 };
  }
  isMaximized() {
    return false;
  }
  maximize() {}
  setBackgroundColor() {}
  setProgressBar() {}
  isFocused() {
    return true;
  }
  restore() {}
  isDestroyed() {
    return false;
  }
  isMinimized() {
    return false;
  }
  show() {}
  focus() {}
  loadURL(url) {
    record.windows[record.windows.length - 1].url = url;
    setImmediate(process.env.STUB_QUIT === '1' ? quit : report);
    return Promise.resolve();
  }
}

const display = {
  id: 1,
  bounds: { x: 0, y: 0, width: 1920, height: 1080 },
  workArea: { x: 0, y: 0, width: 1920, height: 1040 },
};

const electron = {
  // The application menu main installs: its top-level labels are recorded.
  Menu: {
    buildFromTemplate(template) {
      return { template, popup() {} };
    },
    setApplicationMenu(menu) {
      record.menu = menu ? menu.template.map((item) => item.label ?? item.role) : null;
    },
  },
  Notification: class {
    static isSupported() {
      return false;
    }
    on() {}
    show() {}
  },
  nativeTheme: {
    themeSource: 'system',
    shouldUseDarkColors: false,
    on() {},
  },
  screen: {
    getAllDisplays: () => [display],
    getDisplayMatching: () => display,
  },
  shell: {
    openExternal: async () => undefined,
    openPath: async () => '',
  },
  app: {
    requestSingleInstanceLock() {
      record.singleInstance = true;
      return true;
    },
    whenReady: () => Promise.resolve(),
    on(name, fn) {
      (listeners[name] ??= []).push(fn);
    },
    getPath: () => userData,
    getVersion: () => '0.0.0-stub',
    quit() {},
    exit(code) {
      record.exitCode = code;
      report();
    },
  },
  BrowserWindow,
  ipcMain: {
    handle(channel) {
      record.handles.push(channel);
    },
    on(channel) {
      (record.listens ??= []).push(channel);
    },
  },
  protocol: {
    registerSchemesAsPrivileged(schemes) {
      record.privileged.push(...schemes);
    },
    handle(scheme) {
      record.protocols.push(scheme);
    },
  },
  session: {
    defaultSession: {
      setPermissionRequestHandler() {
        record.permissionsLocked = true;
      },
      setPermissionCheckHandler() {},
    },
  },
  dialog: {
    showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
    showErrorBox(title, message) {
      console.error('ERRORBOX', title, message);
      process.exit(3);
    },
  },
  safeStorage: {
    isEncryptionAvailable: () => false,
    isAsyncEncryptionAvailable: async () => false,
    encryptStringAsync: async () => Buffer.alloc(0),
    decryptStringAsync: async () => ({ shouldReEncrypt: false, result: '' }),
    getSelectedStorageBackend: () => 'basic_text',
    encryptString: () => Buffer.alloc(0),
    decryptString: () => '',
  },
};

const originalLoad = Module._load;
Module._load = function load(request, ...rest) {
  if (request === 'electron') return electron;
  return originalLoad.call(this, request, ...rest);
};
