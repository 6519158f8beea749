import type { settingsZh } from './messages.zh-CN';

/** English for the settings screen: exactly the keys of messages.zh-CN.ts. */
export const settingsEn: { readonly [K in keyof typeof settingsZh]: string } = {
  'settings.open': 'Settings',
  'settings.title': 'Settings',
  'settings.close': 'Close',
  'settings.cache.title': 'Cache',
  'settings.cache.intro':
    'Library thumbnails are kept on this computer so they need not be downloaded again. Past the limit, the thumbnails not shown for the longest time are deleted automatically.',
  'settings.cache.loading': 'Reading the cache size…',
  'settings.cache.usage': 'Thumbnail cache: {size} used in {count} files, limit {limit}',
  'settings.cache.clear': 'Clear cache',
  'settings.cache.clearing': 'Clearing…',
  'settings.cache.cleared': 'Cache cleared. Thumbnails are made again the next time they are shown.',
  'settings.appearance.title': 'Language and appearance',
  'settings.language': 'Language',
  'settings.theme': 'Theme',
  'settings.theme.system': 'Same as the system',
  'settings.theme.light': 'Light',
  'settings.theme.dark': 'Dark',
  'settings.uploads.title': 'Uploads',
  'settings.uploads.concurrency': 'Parallel uploads (this account)',
  'settings.uploads.reviewFirst': 'Review before upload',
  'settings.uploads.reviewFirstHint':
    'When on, files you drop, pick or paste wait in the pending list until you choose Start upload.',
  'settings.data.title': 'Data folder',
  'settings.data.desktop':
    "Each account's local index, upload queue, temporary-media ledger and caches are kept in this folder.",
  'settings.data.web':
    'In browser mode the data folder is on the computer running npm run web; the server prints where it is when it starts.',
  'settings.data.open': 'Open the data folder',
  'about.title': 'About SucaiDesk',
  'about.what': 'SucaiDesk: a desktop manager for Official Account materials and articles.',
  'about.version': 'Version {version} ({mode})',
  'about.mode.desktop': 'desktop app',
  'about.mode.web': 'browser mode',
};
