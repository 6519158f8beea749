/**
 * The main process's own small catalogue: the application menu's titles and the app commands' labels
 * (zh-CN first, English second). The renderer's catalogues live in renderer/src; main cannot import
 * them (they are bundled for the page), and the menu needs only these few words.
 * Standard items (undo, copy, zoom…) are Electron roles; Electron's own labels for them are English
 * only, so the roles get their labels here too.
 */
import type { CommandId } from '@shared/commands';
import type { ShellLanguage } from '@shared/features/app.channels';

export type MenuTitle = 'file' | 'edit' | 'view' | 'account' | 'window' | 'help';

/** The Electron roles the menus use (electron/main/menu-template.ts, edit-context-menu.ts). */
export const LABELLED_ROLES = [
  'undo',
  'redo',
  'cut',
  'copy',
  'paste',
  'pasteAndMatchStyle',
  'selectAll',
  'reload',
  'forceReload',
  'toggleDevTools',
  'resetZoom',
  'zoomIn',
  'zoomOut',
  'togglefullscreen',
  'minimize',
  'zoom',
  'close',
  'front',
  'about',
  'services',
  'hide',
  'hideOthers',
  'unhide',
  'quit',
] as const;
export type LabelledRole = (typeof LABELLED_ROLES)[number];

export interface MenuCatalogue {
  titles: Record<MenuTitle, string>;
  commands: Record<CommandId, string>;
  roles: Record<LabelledRole, string>;
}

const zhCN: MenuCatalogue = {
  titles: { file: '文件', edit: '编辑', view: '视图', account: '账号', window: '窗口', help: '帮助' },
  commands: {
    'upload-files': '上传文件…',
    'upload-folder': '上传文件夹…',
    'new-article': '新建图文',
    'save-draft': '保存草稿',
    sync: '同步素材库',
    backup: '备份素材库…',
    search: '搜索',
    'select-all': '全选',
    'delete-selection': '删除所选',
    preview: '预览',
    open: '打开',
    close: '关闭',
    'switch-account': '切换账号…',
    settings: '设置…',
    'open-data-folder': '打开数据文件夹',
    'shortcuts-help': '键盘快捷键',
    about: '关于 SucaiDesk',
  },
  roles: {
    undo: '撤销',
    redo: '重做',
    cut: '剪切',
    copy: '复制',
    paste: '粘贴',
    pasteAndMatchStyle: '粘贴并匹配样式',
    selectAll: '全选',
    reload: '重新载入',
    forceReload: '强制重新载入',
    toggleDevTools: '开发者工具',
    resetZoom: '实际大小',
    zoomIn: '放大',
    zoomOut: '缩小',
    togglefullscreen: '切换全屏',
    minimize: '最小化',
    zoom: '缩放',
    close: '关闭窗口',
    front: '前置全部窗口',
    about: '关于 SucaiDesk',
    services: '服务',
    hide: '隐藏 SucaiDesk',
    hideOthers: '隐藏其他',
    unhide: '全部显示',
    quit: '退出 SucaiDesk',
  },
};

const en: MenuCatalogue = {
  titles: { file: 'File', edit: 'Edit', view: 'View', account: 'Account', window: 'Window', help: 'Help' },
  commands: {
    'upload-files': 'Upload Files…',
    'upload-folder': 'Upload Folder…',
    'new-article': 'New Article',
    'save-draft': 'Save Draft',
    sync: 'Sync Library',
    backup: 'Back Up Library…',
    search: 'Search',
    'select-all': 'Select All',
    'delete-selection': 'Delete Selection',
    preview: 'Preview',
    open: 'Open',
    close: 'Close',
    'switch-account': 'Switch Account…',
    settings: 'Settings…',
    'open-data-folder': 'Open Data Folder',
    'shortcuts-help': 'Keyboard Shortcuts',
    about: 'About SucaiDesk',
  },
  roles: {
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    pasteAndMatchStyle: 'Paste and Match Style',
    selectAll: 'Select All',
    reload: 'Reload',
    forceReload: 'Force Reload',
    toggleDevTools: 'Developer Tools',
    resetZoom: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    togglefullscreen: 'Toggle Full Screen',
    minimize: 'Minimize',
    zoom: 'Zoom',
    close: 'Close Window',
    front: 'Bring All to Front',
    about: 'About SucaiDesk',
    services: 'Services',
    hide: 'Hide SucaiDesk',
    hideOthers: 'Hide Others',
    unhide: 'Show All',
    quit: 'Quit SucaiDesk',
  },
};

export function menuCatalogue(language: ShellLanguage): MenuCatalogue {
  return language === 'en' ? en : zhCN;
}
