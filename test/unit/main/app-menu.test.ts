import { describe, expect, it, vi } from 'vitest';
import type { Menu, MenuItemConstructorOptions } from 'electron';
import { commandHandler, installAppMenu, type CommandTargets } from '../../../electron/main/app-menu';

function fakeWindow(id: number, destroyed = false) {
  return { isDestroyed: () => destroyed, webContents: { id, send: vi.fn() } };
}

function targets(over: Partial<CommandTargets> = {}): CommandTargets {
  return {
    focused: () => null,
    main: () => null,
    trustedIds: new Set([1, 2]),
    openDataFolder: vi.fn(() => Promise.resolve()),
    onError: vi.fn(),
    ...over,
  };
}

describe('commandHandler', () => {
  it('sends app:command with the id to the focused trusted window', () => {
    const focused = fakeWindow(2);
    const main = fakeWindow(1);
    commandHandler(targets({ focused: () => focused, main: () => main }))('upload-files');
    expect(focused.webContents.send).toHaveBeenCalledWith('event:app:command', { id: 'upload-files' });
    expect(main.webContents.send).not.toHaveBeenCalled();
  });

  it('falls back to the main window when no window of ours is focused (or the focused one is not trusted)', () => {
    const stranger = fakeWindow(9);
    const main = fakeWindow(1);
    const send = commandHandler(targets({ focused: () => stranger, main: () => main }));
    send('sync');
    expect(stranger.webContents.send).not.toHaveBeenCalled();
    expect(main.webContents.send).toHaveBeenCalledWith('event:app:command', { id: 'sync' });
  });

  it('sends nothing when every window is gone', () => {
    const gone = fakeWindow(1, true);
    commandHandler(targets({ main: () => gone }))('sync');
    expect(gone.webContents.send).not.toHaveBeenCalled();
  });

  it('opens the data folder in main, without asking the renderer', async () => {
    const main = fakeWindow(1);
    const t = targets({ main: () => main });
    commandHandler(t)('open-data-folder');
    expect(t.openDataFolder).toHaveBeenCalledTimes(1);
    expect(main.webContents.send).not.toHaveBeenCalled();
    const failing = targets({ openDataFolder: () => Promise.reject(new Error('no file manager')) });
    commandHandler(failing)('open-data-folder');
    await vi.waitFor(() => expect(failing.onError).toHaveBeenCalled());
  });
});

describe('installAppMenu', () => {
  it('builds the template and sets it as the application menu; its clicks reach the command handler', () => {
    const built = {} as Menu;
    const menu = {
      buildFromTemplate: vi.fn<(t: MenuItemConstructorOptions[]) => Menu>(() => built),
      setApplicationMenu: vi.fn(),
    };
    const onCommand = vi.fn();
    installAppMenu(menu, 'linux', 'en', onCommand, false);
    expect(menu.setApplicationMenu).toHaveBeenCalledWith(built);
    const template = menu.buildFromTemplate.mock.calls[0][0];
    const file = template[0].submenu as MenuItemConstructorOptions[];
    (file.find((i) => i.id === 'command:new-article')!.click as () => void)();
    expect(onCommand).toHaveBeenCalledWith('new-article');
  });
});
