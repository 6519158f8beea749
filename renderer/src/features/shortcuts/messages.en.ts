import type { shortcutsZh } from './messages.zh-CN';

/** English for the keyboard shortcuts and their help overlay: exactly the keys of messages.zh-CN.ts. */
export const shortcutsEn: { readonly [K in keyof typeof shortcutsZh]: string } = {
  'shortcuts.title': 'Keyboard shortcuts',
  'shortcuts.intro': 'While you type in a field, single keys (Space, Enter, Delete, ?) and {mod}A stay with the field.',
  'shortcuts.close': 'Close',
  'shortcuts.colCommand': 'Action',
  'shortcuts.colKeys': 'Keys',
  'shortcuts.or': 'or',
  'shortcuts.cmd.upload-files': 'Upload files',
  'shortcuts.cmd.upload-folder': 'Upload a folder',
  'shortcuts.cmd.new-article': 'New article',
  'shortcuts.cmd.save-draft': 'Save the draft (in the editor)',
  'shortcuts.cmd.sync': 'Sync the library',
  'shortcuts.cmd.backup': 'Back up the whole account',
  'shortcuts.cmd.search': 'Search the library',
  'shortcuts.cmd.select-all': 'Select every item on the page',
  'shortcuts.cmd.delete-selection': 'Delete the selection (asks first)',
  'shortcuts.cmd.preview': 'Preview the selected item (on a card: select or unselect it)',
  'shortcuts.cmd.open': 'Open the selected item',
  'shortcuts.cmd.close': 'Close the preview or dialog',
  'shortcuts.cmd.switch-account': 'Switch account',
  'shortcuts.cmd.settings': 'Settings',
  'shortcuts.cmd.open-data-folder': 'Open the data folder',
  'shortcuts.cmd.shortcuts-help': 'Show keyboard shortcuts',
  'shortcuts.cmd.about': 'About SucaiDesk',
  'shortcuts.open': 'Shortcuts',
};
