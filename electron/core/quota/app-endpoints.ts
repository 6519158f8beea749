/**
 * The WeChat endpoints whose daily quota the quota view shows: the ones this app calls (see the
 * `endpoint:` of each call in electron/core/wechat/), as the cgi_path strings `openapi/quota/get` takes.
 * stable_token is left out (its limit is far beyond what one desktop can reach), and so is
 * openapi/quota/get itself. Every path here costs one quota/get call per refresh, so the list stays short.
 */
export const APP_ENDPOINTS: readonly string[] = [
  '/cgi-bin/material/batchget_material',
  '/cgi-bin/material/get_materialcount',
  '/cgi-bin/material/add_material',
  '/cgi-bin/material/get_material',
  '/cgi-bin/material/del_material',
  '/cgi-bin/media/upload',
  '/cgi-bin/media/get',
  '/cgi-bin/media/uploadimg',
  '/cgi-bin/draft/add',
  '/cgi-bin/draft/get',
  '/cgi-bin/draft/update',
  '/cgi-bin/draft/batchget',
  '/cgi-bin/freepublish/submit',
  '/cgi-bin/freepublish/batchget',
  '/cgi-bin/freepublish/getarticle',
  '/cgi-bin/freepublish/delete',
];
