/** The library feature's zh-CN texts (keys prefixed `library.`); the catalogue merges them. */
export const libraryZh = {
  'nav.library': '素材库',
} as const;
