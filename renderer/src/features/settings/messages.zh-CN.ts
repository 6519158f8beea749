/** zh-CN texts of the settings dialog (the first language: every key is declared here). */
export const settingsZh = {
  'settings.open': '设置',
  'settings.title': '设置',
  'settings.close': '关闭',
  'settings.cache.title': '缓存',
  'settings.cache.intro':
    '素材库的缩略图保存在本机，下次打开不用重新下载。超过上限时，最久没显示过的缩略图会被自动删除。',
  'settings.cache.loading': '正在读取缓存大小…',
  'settings.cache.usage': '缩略图缓存：已用 {size}，共 {count} 个文件，上限 {limit}',
  'settings.cache.clear': '清空缓存',
  'settings.cache.clearing': '正在清空…',
  'settings.cache.cleared': '缓存已清空。缩略图会在下次显示时重新生成。',
} as const;
