/** What each API the quota view lists does, in both languages; an unlisted path is shown as is. */
import type { LocalizedText } from '@shared/errors';

const LABELS: Record<string, LocalizedText> = {
  '/cgi-bin/material/batchget_material': { zh: '素材列表', en: 'List material' },
  '/cgi-bin/material/get_materialcount': { zh: '素材总数', en: 'Count material' },
  '/cgi-bin/material/add_material': { zh: '上传永久素材', en: 'Upload permanent material' },
  '/cgi-bin/material/get_material': { zh: '获取永久素材', en: 'Get permanent material' },
  '/cgi-bin/material/del_material': { zh: '删除永久素材', en: 'Delete permanent material' },
  '/cgi-bin/media/upload': { zh: '上传临时素材', en: 'Upload temporary media' },
  '/cgi-bin/media/get': { zh: '获取临时素材', en: 'Get temporary media' },
  '/cgi-bin/media/uploadimg': { zh: '上传图文内图片', en: 'Upload article image' },
  '/cgi-bin/draft/add': { zh: '新建草稿', en: 'Add draft' },
  '/cgi-bin/draft/get': { zh: '获取草稿', en: 'Get draft' },
  '/cgi-bin/draft/update': { zh: '修改草稿', en: 'Update draft' },
  '/cgi-bin/draft/batchget': { zh: '草稿列表', en: 'List drafts' },
  '/cgi-bin/freepublish/submit': { zh: '发表', en: 'Publish' },
  '/cgi-bin/freepublish/batchget': { zh: '已发表列表', en: 'List published' },
  '/cgi-bin/freepublish/getarticle': { zh: '获取已发表文章', en: 'Get published article' },
  '/cgi-bin/freepublish/delete': { zh: '删除已发表文章', en: 'Delete published article' },
};

export function endpointLabel(cgiPath: string): LocalizedText {
  return LABELS[cgiPath] ?? { zh: cgiPath, en: cgiPath };
}
