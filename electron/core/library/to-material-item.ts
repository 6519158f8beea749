import type { MaterialItem, MaterialType } from '../../shared/models';
import type { BatchgetItem } from '../wechat/material';

/** Maps one batchget item (already normalised by the client) to the shape the renderer shows. */
export function toMaterialItem(type: MaterialType, item: BatchgetItem, hasThumb: boolean): MaterialItem {
  const titles = item.newsItems?.map((n) => n.title) ?? [];
  return {
    mediaId: item.mediaId,
    type,
    name: type === 'news' ? (titles[0] ?? '') : item.name,
    updateTime: item.updateTime,
    hasThumb,
    ...(type === 'news' ? { articleTitles: titles } : {}),
  };
}
