import { describe, expect, it } from 'vitest';
import { CHANNELS } from '@shared/channels';
import { runMainUnderStub } from './stub-main';

// Builds the real main bundle with the production esbuild settings, then loads it in plain Node
// with a stub `electron` module: it must register every channel, the app:// protocol, lock the
// permissions and create a window with the hardened options.
describe('main bundle under a stub electron', () => {
  it('registers every channel and creates a hardened window', async () => {
    const record = await runMainUnderStub<{
      handles: string[];
      listens?: string[];
      windows: { options: { webPreferences: Record<string, unknown> }; url: string }[];
      protocols: string[];
      privileged: { scheme: string }[];
      singleInstance: boolean;
      permissionsLocked: boolean;
      menu?: string[] | null;
    }>();
    expect([...record.handles].sort()).toEqual([...CHANNELS].sort());
    expect(record.listens).toEqual(['library:startDrag']); // the one one-way channel: desktop drag-out
    expect(record.protocols).toEqual(['app']);
    expect(record.privileged.map((p) => p.scheme)).toEqual(['app']);
    expect(record.singleInstance).toBe(true);
    expect(record.permissionsLocked).toBe(true);
    expect(record.windows).toHaveLength(1);
    const prefs = record.windows[0].options.webPreferences;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webviewTag: false });
    expect(String(prefs.preload)).toMatch(/preload[\\/]preload\.cjs$/);
    expect(record.windows[0].url).toBe('app://bundle/index.html');
    // The application menu is installed before the window, in the default language (zh-CN).
    const expectedMenu = ['文件', '编辑', '视图', '账号', '窗口', '帮助'];
    expect(record.menu).toEqual(process.platform === 'darwin' ? ['SucaiDesk', ...expectedMenu] : expectedMenu);
  });
});
