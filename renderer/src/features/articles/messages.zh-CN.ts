/** The articles feature's zh-CN texts (keys prefixed `articles.`); the catalogue merges them. */
export const articlesZh = {
  'nav.articles': '图文与草稿',
} as const;
