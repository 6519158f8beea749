/** Publishing a draft (freepublish/submit), following it (freepublish/get) and listing what is published. */
import type { PublishedSummary, PublishStatus } from '@shared/features/articles.channels';
import type { WeChatClient } from '../wechat/client';

/** publish_status → what the UI shows: 0 published, 1 publishing, anything else failed. */
export function publishState(code: number): PublishStatus['state'] {
  if (code === 0) return 'published';
  if (code === 1 || code === -1) return 'publishing';
  return 'failed';
}

export async function publishStatus(client: WeChatClient, publishId: string): Promise<PublishStatus> {
  const s = await client.publish.get(publishId);
  return {
    publishId: s.publishId,
    state: publishState(s.publishStatus),
    code: s.publishStatus,
    ...(s.articleId !== undefined ? { articleId: s.articleId } : {}),
    articleUrls: [...s.articles].sort((a, b) => a.idx - b.idx).map((a) => a.articleUrl),
    failIdx: s.failIdx,
  };
}

export async function listPublished(
  client: WeChatClient,
  offset: number,
  count: number,
): Promise<{ items: PublishedSummary[]; total: number; offset: number }> {
  const page = await client.publish.batchget(offset, count, { noContent: true });
  return {
    items: page.items.map((i) => ({
      articleId: i.articleId,
      updateTime: i.updateTime,
      titles: i.newsItems.map((n) => n.title),
      urls: i.newsItems.map((n) => n.url ?? '').filter(Boolean),
    })),
    total: page.totalCount,
    offset,
  };
}
