/**
 * Pops up the native text menu (edit-context-menu.ts) on a right click in a field or on a selection.
 * Right clicks the page handles itself (the items' own menu) never reach here.
 */
import type { Menu, MenuItemConstructorOptions } from 'electron';
import type { ShellLanguage } from '@shared/features/app.channels';
import { buildEditContextMenu, type EditContextParams } from './edit-context-menu';

export interface ContextMenuSource {
  on(event: 'context-menu', listener: (event: unknown, params: EditContextParams) => void): unknown;
}

export function attachEditContextMenu(
  contents: ContextMenuSource,
  menu: { buildFromTemplate(template: MenuItemConstructorOptions[]): Pick<Menu, 'popup'> },
  language: () => ShellLanguage,
): void {
  contents.on('context-menu', (_event, params) => {
    const template = buildEditContextMenu(params, language());
    if (template) menu.buildFromTemplate(template).popup();
  });
}
