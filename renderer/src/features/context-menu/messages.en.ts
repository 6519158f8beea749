import type { contextMenuZh } from './messages.zh-CN';

/** English for the library items' context menu: exactly the keys of messages.zh-CN.ts. */
export const contextMenuEn: { readonly [K in keyof typeof contextMenuZh]: string } = {
  'contextMenu.label': 'Actions for {name}',
  'contextMenu.preview': 'Preview',
  'contextMenu.download': 'Download',
  'contextMenu.copyMediaId': 'Copy media_id',
  'contextMenu.copyUrl': 'Copy URL',
  'contextMenu.whereUsed': 'Where used',
  'contextMenu.delete': 'Delete…',
  'contextMenu.copiedMediaId': 'media_id copied',
  'contextMenu.copiedUrl': 'URL copied',
  'contextMenu.noUrl': 'This item has no URL to copy.',
  'contextMenu.copyFailed': 'Could not write to the clipboard. Select the text in the preview and copy it by hand.',
};
