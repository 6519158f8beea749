/** zh-CN texts of the library items' context menu (every key is declared here first). */
export const contextMenuZh = {
  'contextMenu.label': '{name} 的操作',
  'contextMenu.preview': '预览',
  'contextMenu.download': '下载',
  'contextMenu.copyMediaId': '复制 media_id',
  'contextMenu.copyUrl': '复制链接',
  'contextMenu.whereUsed': '查看引用',
  'contextMenu.delete': '删除…',
  'contextMenu.copiedMediaId': '已复制 media_id',
  'contextMenu.copiedUrl': '已复制链接',
  'contextMenu.noUrl': '这个素材没有可复制的链接。',
  'contextMenu.copyFailed': '没能写入剪贴板，请在预览中选中文字后手动复制。',
} as const;
