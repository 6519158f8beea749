/**
 * Installs the application menu (menu-template.ts) and sends a chosen command where it runs
 * (command-route.ts): to the focused trusted window as `app:command`, or, for the data folder, to
 * main's own handler. Rebuilt whenever the renderer changes the language.
 */
import type { BrowserWindow, Menu, MenuItemConstructorOptions } from 'electron';
import { eventChannel } from '@shared/channels';
import type { CommandId } from '@shared/commands';
import type { ShellLanguage } from '@shared/features/app.channels';
import { routeCommand } from './command-route';
import { buildMenuTemplate } from './menu-template';

export interface MenuApi {
  buildFromTemplate(template: MenuItemConstructorOptions[]): Menu;
  setApplicationMenu(menu: Menu | null): void;
}

type CommandWindow = Pick<BrowserWindow, 'isDestroyed'> & {
  webContents: Pick<BrowserWindow['webContents'], 'id' | 'send'>;
};

export interface CommandTargets {
  /** BrowserWindow.getFocusedWindow(), then the main window: a menu click while another app is in front still lands. */
  focused(): CommandWindow | null;
  main(): CommandWindow | null;
  trustedIds: ReadonlySet<number>;
  openDataFolder(): Promise<void>;
  /** Where a failure to open the folder goes (the log). */
  onError: (err: unknown) => void;
}

export function commandHandler(targets: CommandTargets): (id: CommandId) => void {
  return (id) => {
    if (routeCommand(id) === 'open-data-folder') {
      targets.openDataFolder().catch(targets.onError);
      return;
    }
    const usable = (w: CommandWindow | null) =>
      w && !w.isDestroyed() && targets.trustedIds.has(w.webContents.id) ? w : null;
    const win = usable(targets.focused()) ?? usable(targets.main());
    win?.webContents.send(eventChannel('app:command'), { id });
  };
}

export function installAppMenu(
  menu: MenuApi,
  platform: NodeJS.Platform,
  language: ShellLanguage,
  onCommand: (id: CommandId) => void,
  dev: boolean,
): void {
  menu.setApplicationMenu(menu.buildFromTemplate(buildMenuTemplate(platform, language, onCommand, { dev })));
}
