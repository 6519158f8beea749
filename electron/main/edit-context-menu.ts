/**
 * The native context menu of text: cut/copy/paste/select all in an editable field (the article editor,
 * any input), copy on a selection elsewhere. Pure: the `context-menu` params in, a template (or null:
 * no menu) out; electron/main/context-menu-glue.ts pops it up. The items' own menu (preview, download,
 * copy media_id…) is the renderer's: it cancels the DOM event, so Electron never emits `context-menu`.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { ShellLanguage } from '@shared/features/app.channels';
import { menuCatalogue } from './menu-labels';

/** The parts of Electron's ContextMenuParams this reads (so tests can build them). */
export interface EditContextParams {
  isEditable: boolean;
  selectionText: string;
  editFlags: {
    canUndo: boolean;
    canRedo: boolean;
    canCut: boolean;
    canCopy: boolean;
    canPaste: boolean;
    canSelectAll: boolean;
  };
}

export function buildEditContextMenu(
  params: EditContextParams,
  language: ShellLanguage,
): MenuItemConstructorOptions[] | null {
  const { roles } = menuCatalogue(language);
  const flags = params.editFlags;
  if (params.isEditable) {
    return [
      { role: 'undo', label: roles.undo, enabled: flags.canUndo },
      { role: 'redo', label: roles.redo, enabled: flags.canRedo },
      { type: 'separator' },
      { role: 'cut', label: roles.cut, enabled: flags.canCut },
      { role: 'copy', label: roles.copy, enabled: flags.canCopy },
      { role: 'paste', label: roles.paste, enabled: flags.canPaste },
      { type: 'separator' },
      { role: 'selectAll', label: roles.selectAll, enabled: flags.canSelectAll },
    ];
  }
  if (params.selectionText.trim() !== '') return [{ role: 'copy', label: roles.copy, enabled: flags.canCopy }];
  return null;
}
