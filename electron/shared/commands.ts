/**
 * The app's commands, declared once: the desktop application menu (electron/main builds its template
 * from this list), the renderer's keyboard shortcuts and the `?` help overlay all read it. A command is
 * carried out in the renderer (the menu sends `app:command` with the id); the shortcut is the same in
 * both modes: `Mod` is Cmd on macOS and Ctrl elsewhere.
 *
 * Pure data: no zod, no Node, no DOM (eslint.config.js keeps electron/shared/ that way).
 */

export const COMMAND_IDS = [
  'upload-files',
  'upload-folder',
  'new-article',
  'save-draft',
  'sync',
  'backup',
  'search',
  'select-all',
  'delete-selection',
  'preview',
  'open',
  'close',
  'switch-account',
  'settings',
  'open-data-folder',
  'shortcuts-help',
  'about',
] as const;

export type CommandId = (typeof COMMAND_IDS)[number];

/** Where a command lives in the application menu (null: shortcut only). */
export type MenuGroup = 'file' | 'edit' | 'view' | 'account' | 'help' | null;

export interface CommandSpec {
  readonly id: CommandId;
  /**
   * Electron accelerator syntax (`CmdOrCtrl+U`, `Delete`, `Space`), or null when the command has no key.
   * The renderer parses the same string (renderer side: `Mod` ≡ CmdOrCtrl).
   */
  readonly accelerator: string | null;
  readonly menu: MenuGroup;
  /**
   * Keys that also run the command but are not shown in the menu (Backspace beside Delete). Not given
   * to Electron: a menu item has one accelerator.
   */
  readonly alsoKeys?: readonly string[];
  /**
   * True when the key must not be taken from a text field: plain keys (Space, Enter, Delete, `?`) and
   * Mod+A (select all text) belong to the field while the user types.
   */
  readonly yieldsToFields: boolean;
}

export const COMMANDS: readonly CommandSpec[] = [
  { id: 'upload-files', accelerator: 'CmdOrCtrl+U', menu: 'file', yieldsToFields: false },
  { id: 'upload-folder', accelerator: 'CmdOrCtrl+Shift+U', menu: 'file', yieldsToFields: false },
  { id: 'new-article', accelerator: 'CmdOrCtrl+N', menu: 'file', yieldsToFields: false },
  { id: 'save-draft', accelerator: 'CmdOrCtrl+S', menu: 'file', yieldsToFields: false },
  { id: 'sync', accelerator: 'CmdOrCtrl+R', menu: 'view', yieldsToFields: false },
  { id: 'backup', accelerator: null, menu: 'file', yieldsToFields: false },
  { id: 'search', accelerator: 'CmdOrCtrl+F', menu: 'edit', yieldsToFields: false },
  { id: 'select-all', accelerator: 'CmdOrCtrl+A', menu: null, yieldsToFields: true },
  { id: 'delete-selection', accelerator: 'Delete', menu: null, alsoKeys: ['Backspace'], yieldsToFields: true },
  { id: 'preview', accelerator: 'Space', menu: null, yieldsToFields: true },
  { id: 'open', accelerator: 'Enter', menu: null, yieldsToFields: true },
  { id: 'close', accelerator: 'Escape', menu: null, yieldsToFields: false },
  { id: 'switch-account', accelerator: null, menu: 'account', yieldsToFields: false },
  { id: 'settings', accelerator: 'CmdOrCtrl+,', menu: 'file', yieldsToFields: false },
  { id: 'open-data-folder', accelerator: null, menu: 'help', yieldsToFields: false },
  { id: 'shortcuts-help', accelerator: 'Shift+/', menu: 'help', yieldsToFields: true },
  { id: 'about', accelerator: null, menu: 'help', yieldsToFields: false },
];

export function commandSpec(id: CommandId): CommandSpec {
  const spec = COMMANDS.find((c) => c.id === id);
  if (!spec) throw new Error(`unknown command ${id}`);
  return spec;
}
