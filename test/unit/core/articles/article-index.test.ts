/**
 * The index stays true after the app's own article actions (electron/core/articles/article-index.ts):
 * a saved, replaced or deleted draft, and a publish (the draft leaves, the published article arrives
 * once its article_id is known), against the emulator, with no re-list.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleFields } from '@shared/features/articles.channels';
import { PublishIndexer } from '../../../../electron/core/articles/article-index';
import { DraftService } from '../../../../electron/core/articles/draft-service';
import { publishStatus } from '../../../../electron/core/articles/publish-service';
import { LibraryIndex } from '../../../../electron/core/index/library-index';
import type { WeChatClient } from '../../../../electron/core/wechat/client';
import { DEMO_APP_ID, type Emulator } from '../../../../electron/emulator/index';
import { emulatorWithClient } from '../../fixtures/emulator-client';

let emu: Emulator;
let client: WeChatClient;
let cover: string;
let index: LibraryIndex;
let drafts: DraftService;

beforeAll(async () => {
  ({ emu, client } = await emulatorWithClient({ enforceQuota: false, publishDelayMs: 1000 }));
});
afterAll(() => emu.close());
beforeEach(async () => {
  emu.reset();
  emu.seed(DEMO_APP_ID, { images: 1 });
  cover = (await client.material.batchget('image', 0, 1)).items[0].mediaId;
  index = await LibraryIndex.open(null);
  drafts = new DraftService(client, index);
});

const article = (title: string): ArticleFields => ({
  title,
  author: '作者',
  digest: '',
  content: '<p>正文</p>',
  contentSourceUrl: '',
  thumbMediaId: cover,
  needOpenComment: 0,
  onlyFansCanComment: 0,
  picCrop2351: '',
  picCrop11: '',
});

const listCalls = () =>
  emu.calls().filter((c) => c.endpoint === 'draft/batchget' || c.endpoint === 'freepublish/batchget').length;

describe('drafts', () => {
  it('a new draft is the newest entry of the draft kind, counted, with its title', async () => {
    const saved = await drafts.save({ articles: [article('第一篇')] });
    expect(index.ordered('draft').map((d) => [d.id, d.name])).toEqual([[saved.mediaId, '第一篇']]);
    expect(index.state('draft')).toMatchObject({ count: 1, total: 1 });
    expect(index.query({ kinds: ['draft'], text: '第一', sort: 'date-desc', offset: 0, limit: 5 }).total).toBe(1);
    expect(listCalls()).toBe(0);
  });

  it('an update renames the entry in place; the count does not change', async () => {
    const first = await drafts.save({ articles: [article('旧标题')] });
    await drafts.save({ mediaId: first.mediaId, baseRevision: first.revision, articles: [article('新标题')] });
    expect(index.ordered('draft').map((d) => d.name)).toEqual(['新标题']);
    expect(index.state('draft').total).toBe(1);
  });

  it('a save that changes the article count replaces the old entry by the new draft', async () => {
    const first = await drafts.save({ articles: [article('一篇')] });
    const second = await drafts.save({ mediaId: first.mediaId, articles: [article('一'), article('二')] });
    expect(second.created).toBe(true);
    expect(index.ordered('draft').map((d) => [d.id, d.titles])).toEqual([[second.mediaId, ['一', '二']]]);
    expect(index.state('draft').total).toBe(1);
  });

  it('a delete removes the entry', async () => {
    const saved = await drafts.save({ articles: [article('要删的')] });
    await drafts.remove(saved.mediaId);
    expect(index.get('draft', saved.mediaId)).toBeUndefined();
    expect(index.state('draft')).toMatchObject({ count: 0, total: 0 });
  });
});

describe('publishing', () => {
  async function publishedStatus(publishId: string) {
    emu.advanceClock(1500);
    const status = await publishStatus(client, publishId);
    expect(status.state).toBe('published');
    return status.articleId!;
  }

  it('the submit takes the draft out; the published article enters once its article_id is known, from the draft entry', async () => {
    const saved = await drafts.save({ articles: [article('发表的')] });
    const publishes = new PublishIndexer();
    const { publishId } = await client.publish.submit(saved.mediaId);
    publishes.submittedDraft(index, publishId, saved.mediaId);
    expect(index.get('draft', saved.mediaId)).toBeUndefined();

    const articleId = await publishedStatus(publishId);
    await publishes.published(index, client, publishId, articleId);
    // A second status read (the renderer polls) records nothing twice.
    await publishes.published(index, client, publishId, articleId);
    expect(index.ordered('published').map((p) => [p.id, p.name])).toEqual([[articleId, '发表的']]);
    expect(index.state('published')).toMatchObject({ count: 1, total: 1 });
    expect(emu.calls().filter((c) => c.endpoint === 'freepublish/getarticle')).toHaveLength(0);
    expect(listCalls()).toBe(0);
  });

  it('without a remembered draft entry, the article is read with freepublish/getarticle', async () => {
    const { mediaId } = await client.draft.add([{ title: '别处保存的', content: '<p>x</p>', thumbMediaId: cover }]);
    const publishes = new PublishIndexer();
    const { publishId } = await client.publish.submit(mediaId);
    publishes.submittedDraft(index, publishId, mediaId);
    const articleId = await publishedStatus(publishId);
    await publishes.published(index, client, publishId, articleId);
    expect(index.get('published', articleId)?.titles).toEqual(['别处保存的']);
    expect(emu.calls().filter((c) => c.endpoint === 'freepublish/getarticle')).toHaveLength(1);
  });
});
