import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { COMMANDS } from '@shared/commands';
import { buildMenuTemplate } from '../../../electron/main/menu-template';

type Item = MenuItemConstructorOptions;

function flatten(items: Item[]): Item[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}
const roles = (items: Item[]) => flatten(items).flatMap((i) => (i.role ? [i.role] : []));
const titles = (items: Item[]) => items.map((i) => i.label);
const byId = (items: Item[], id: string) => flatten(items).find((i) => i.id === `command:${id}`);

describe('buildMenuTemplate', () => {
  const menuCommands = COMMANDS.filter((c) => c.menu !== null);

  for (const platform of ['darwin', 'win32', 'linux'] as const) {
    it(`${platform}: every command with a menu group is there, with its accelerator shown but not registered`, () => {
      const template = buildMenuTemplate(platform, 'zh-CN', () => undefined);
      for (const spec of menuCommands) {
        const item = byId(template, spec.id);
        expect(item, spec.id).toBeDefined();
        expect(item!.accelerator).toBe(spec.accelerator ?? undefined);
        if (spec.accelerator) expect(item!.registerAccelerator).toBe(false);
      }
      // Shortcut-only commands (menu: null) stay out of the menu.
      for (const spec of COMMANDS.filter((c) => c.menu === null)) expect(byId(template, spec.id)).toBeUndefined();
    });
  }

  it('puts each command in its group’s menu', () => {
    const template = buildMenuTemplate('linux', 'en', () => undefined);
    const menuOf = (id: string) =>
      template.find((top) => Array.isArray(top.submenu) && top.submenu.some((i) => i.id === `command:${id}`))?.label;
    expect(titles(template)).toEqual(['File', 'Edit', 'View', 'Account', 'Window', 'Help']);
    expect(menuOf('upload-files')).toBe('File');
    expect(menuOf('upload-folder')).toBe('File');
    expect(menuOf('new-article')).toBe('File');
    expect(menuOf('save-draft')).toBe('File');
    expect(menuOf('backup')).toBe('File');
    expect(menuOf('settings')).toBe('File');
    expect(menuOf('search')).toBe('Edit');
    expect(menuOf('sync')).toBe('View');
    expect(menuOf('switch-account')).toBe('Account');
    expect(menuOf('shortcuts-help')).toBe('Help');
    expect(menuOf('open-data-folder')).toBe('Help');
    expect(menuOf('about')).toBe('Help');
  });

  it('macOS: an App menu with about, settings, services, hide and quit roles', () => {
    const template = buildMenuTemplate('darwin', 'zh-CN', () => undefined);
    expect(titles(template)).toEqual(['SucaiDesk', '文件', '编辑', '视图', '账号', '窗口', '帮助']);
    const appMenu = template[0].submenu as Item[];
    expect(appMenu.map((i) => i.role ?? i.id ?? i.type)).toEqual([
      'about',
      'separator',
      'command:settings',
      'separator',
      'services',
      'separator',
      'hide',
      'hideOthers',
      'unhide',
      'separator',
      'quit',
    ]);
    expect(roles(template)).toEqual(
      expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'pasteAndMatchStyle', 'selectAll']),
    );
    expect(roles(template)).toEqual(
      expect.arrayContaining(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen', 'minimize', 'zoom', 'front']),
    );
    // Quit lives in the App menu only; File ends with Close Window.
    expect(roles([template[1]])).toEqual(['close']);
  });

  it('Windows/Linux: settings and quit in File, minimize and close in Window, no macOS-only roles', () => {
    for (const platform of ['win32', 'linux'] as const) {
      const template = buildMenuTemplate(platform, 'zh-CN', () => undefined);
      const file = template[0].submenu as Item[];
      expect(file.at(-1)?.role).toBe('quit');
      expect(file.some((i) => i.id === 'command:settings')).toBe(true);
      const all = roles(template);
      for (const macOnly of [
        'services',
        'hide',
        'hideOthers',
        'unhide',
        'front',
        'zoom',
        'pasteAndMatchStyle',
        'about',
      ])
        expect(all).not.toContain(macOnly);
      expect(all).toEqual(
        expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'minimize', 'close']),
      );
      // Ctrl+A must reach the grid (the renderer's select-all), so the role does not register it.
      expect(flatten(template).find((i) => i.role === 'selectAll')?.registerAccelerator).toBe(false);
    }
  });

  it('reload and developer tools only in development, and off Sync’s CmdOrCtrl+R', () => {
    expect(roles(buildMenuTemplate('linux', 'zh-CN', () => undefined))).not.toContain('reload');
    const dev = flatten(buildMenuTemplate('linux', 'zh-CN', () => undefined, { dev: true }));
    const reload = dev.find((i) => i.role === 'reload');
    expect(reload?.accelerator).toBe('F5');
    expect(dev.find((i) => i.role === 'toggleDevTools')).toBeDefined();
    const accelerators = dev.flatMap((i) => (i.accelerator ? [i.accelerator] : []));
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });

  it('clicking an app command hands its id to the caller', () => {
    const onCommand = vi.fn();
    const template = buildMenuTemplate('win32', 'zh-CN', onCommand);
    for (const spec of menuCommands) {
      const click = byId(template, spec.id)!.click as () => void;
      click();
      expect(onCommand).toHaveBeenLastCalledWith(spec.id);
    }
    expect(onCommand).toHaveBeenCalledTimes(menuCommands.length);
  });

  it('labels follow the language, roles included', () => {
    const zh = buildMenuTemplate('linux', 'zh-CN', () => undefined);
    const en = buildMenuTemplate('linux', 'en', () => undefined);
    expect(byId(zh, 'upload-files')?.label).toBe('上传文件…');
    expect(byId(en, 'upload-files')?.label).toBe('Upload Files…');
    expect(flatten(zh).find((i) => i.role === 'copy')?.label).toBe('复制');
    expect(flatten(en).find((i) => i.role === 'copy')?.label).toBe('Copy');
    // No English label left in the Chinese menu, no Chinese in the English one.
    for (const item of flatten(en)) if (item.label) expect(item.label).not.toMatch(/[\u4e00-\u9fff]/);
    for (const item of flatten(zh))
      if (item.label && item.label !== 'SucaiDesk') expect(item.label).toMatch(/[\u4e00-\u9fff]/);
  });
});
