import type { settingsZh } from './messages.zh-CN';

/** English for the settings dialog: exactly the keys of messages.zh-CN.ts. */
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
};
