/** The uploads feature's zh-CN texts (keys prefixed `uploads.`); the catalogue merges them. */
export const uploadsZh = {
  'nav.uploads': '上传与临时素材',
} as const;
