/**
 * The application menu, built from the one command table (electron/shared/commands.ts): every command
 * with a menu group appears in its menu with its accelerator, beside the platform's standard roles
 * (macOS App menu; Edit, View, Window). Pure: returns a template for Menu.buildFromTemplate, so a unit
 * test reads it without Electron (test/unit/main/menu-template.test.ts).
 *
 * App commands show their accelerator but do not register it (`registerAccelerator: false`): the
 * renderer's shortcut handler owns the keys, in desktop and browser mode alike, and decides when a
 * key belongs to a text field (CommandSpec.yieldsToFields). A registered accelerator would take the
 * key before the page sees it on Windows and Linux, and run the command twice with the renderer's.
 */
import type { MenuItemConstructorOptions } from 'electron';
import { COMMANDS, type CommandId, type CommandSpec, type MenuGroup } from '@shared/commands';
import type { ShellLanguage } from '@shared/features/app.channels';
import { menuCatalogue, type LabelledRole } from './menu-labels';

export interface MenuTemplateOptions {
  /** Reload and developer tools only in a development build (app.isPackaged false). */
  dev?: boolean;
}

type Item = MenuItemConstructorOptions;
const separator: Item = { type: 'separator' };

export function buildMenuTemplate(
  platform: NodeJS.Platform,
  language: ShellLanguage,
  onCommand: (id: CommandId) => void,
  options: MenuTemplateOptions = {},
): Item[] {
  const mac = platform === 'darwin';
  const labels = menuCatalogue(language);
  const role = (name: LabelledRole, extra: Partial<Item> = {}): Item => ({
    role: name,
    label: labels.roles[name],
    ...extra,
  });
  const command = (spec: CommandSpec): Item => ({
    id: `command:${spec.id}`,
    label: labels.commands[spec.id],
    ...(spec.accelerator ? { accelerator: spec.accelerator, registerAccelerator: false } : {}),
    click: () => onCommand(spec.id),
  });
  const group = (menu: Exclude<MenuGroup, null>, except: readonly CommandId[] = []): Item[] =>
    COMMANDS.filter((c) => c.menu === menu && !except.includes(c.id)).map(command);
  const one = (id: CommandId): Item => command(COMMANDS.find((c) => c.id === id) as CommandSpec);

  // macOS keeps settings in the App menu; elsewhere it sits in File, above Quit.
  const file: Item = {
    label: labels.titles.file,
    submenu: [
      ...group('file', ['settings']),
      separator,
      ...(mac ? [role('close')] : [one('settings'), separator, role('quit')]),
    ],
  };
  const edit: Item = {
    label: labels.titles.edit,
    submenu: [
      role('undo'),
      role('redo'),
      separator,
      role('cut'),
      role('copy'),
      role('paste'),
      ...(mac ? [role('pasteAndMatchStyle')] : []),
      // Not registered off macOS: Ctrl+A in the grid selects items (the renderer's select-all command);
      // in a text field Chromium selects the text by itself.
      mac ? role('selectAll') : role('selectAll', { registerAccelerator: false }),
      separator,
      ...group('edit'),
    ],
  };
  const view: Item = {
    label: labels.titles.view,
    submenu: [
      ...group('view'),
      // Sync owns CmdOrCtrl+R, so the developer's reload moves to F5 / Shift+F5.
      ...(options.dev
        ? [
            separator,
            role('reload', { accelerator: 'F5' }),
            role('forceReload', { accelerator: 'Shift+F5' }),
            role('toggleDevTools'),
          ]
        : []),
      separator,
      role('resetZoom'),
      role('zoomIn'),
      role('zoomOut'),
      separator,
      role('togglefullscreen'),
    ],
  };
  const account: Item = { label: labels.titles.account, submenu: group('account') };
  // role 'window' makes it macOS's Window menu (it lists the open windows); zoom is macOS-only.
  const windowMenu: Item = {
    label: labels.titles.window,
    role: 'window',
    submenu: mac ? [role('minimize'), role('zoom'), separator, role('front')] : [role('minimize'), role('close')],
  };
  const help: Item = { label: labels.titles.help, role: 'help', submenu: group('help') };
  const appMenu: Item = {
    label: 'SucaiDesk',
    submenu: [
      role('about'),
      separator,
      one('settings'),
      separator,
      role('services'),
      separator,
      role('hide'),
      role('hideOthers'),
      role('unhide'),
      separator,
      role('quit'),
    ],
  };
  return [...(mac ? [appMenu] : []), file, edit, view, account, windowMenu, help];
}
