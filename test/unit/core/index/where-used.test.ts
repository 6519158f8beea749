/**
 * Where-used against the emulator (electron/core/index/where-used.ts): built from the draft and published
 * listings during sync (bodies included, no call per item), kept by the app's own saves, deletes and
 * publishes (electron/core/articles/article-index.ts), persisted with the index, and filled in for an
 * index written before refs existed.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleFields } from '@shared/features/articles.channels';
import { PublishIndexer } from '../../../../electron/core/articles/article-index';
import { DraftService } from '../../../../electron/core/articles/draft-service';
import { publishStatus } from '../../../../electron/core/articles/publish-service';
import { mmbizKey } from '../../../../electron/core/index/article-refs';
import { fromColumns, indexSnapshotSchema, toColumns } from '../../../../electron/core/index/index-file';
import { fullSync, incrementalSync } from '../../../../electron/core/index/index-sync';
import { pageFetcher } from '../../../../electron/core/index/kind-sources';
import { LibraryIndex } from '../../../../electron/core/index/library-index';
import { whereUsed } from '../../../../electron/core/index/where-used';
import type { WeChatClient } from '../../../../electron/core/wechat/client';
import { DEMO_APP_ID, type Emulator } from '../../../../electron/emulator/index';
import { emulatorWithClient } from '../../fixtures/emulator-client';

let emu: Emulator;
let client: WeChatClient;
let index: LibraryIndex;
let drafts: DraftService;
/** Two permanent images, as the index has them (with their mmbiz url). */
let imgA: { id: string; url: string };
let imgB: { id: string; url: string };

beforeAll(async () => {
  ({ emu, client } = await emulatorWithClient({ enforceQuota: false, publishDelayMs: 1000 }));
});
afterAll(() => emu.close());
beforeEach(async () => {
  emu.reset();
  emu.seed(DEMO_APP_ID, { images: 2 });
  index = await LibraryIndex.open(null);
  await fullSync(index, 'image', pageFetcher(client, 'image'));
  [imgA, imgB] = index.ordered('image').map((i) => ({ id: i.id, url: i.thumbUrl! }));
  drafts = new DraftService(client, index);
});

const article = (title: string, over: Partial<ArticleFields> = {}): ArticleFields => ({
  title,
  author: '',
  digest: '',
  content: '<p>正文</p>',
  contentSourceUrl: '',
  thumbMediaId: imgA.id,
  needOpenComment: 0,
  onlyFansCanComment: 0,
  picCrop2351: '',
  picCrop11: '',
  ...over,
});

const usesOf = (img: { id: string }) =>
  whereUsed(index, index.get('image', img.id)!).map((u) => [u.kind, u.title, u.roles.join('+')]);

/** The body variant an editor writes: the /640 size and an extra query (the emulator keeps only its own host). */
const inBody = (url: string) => `<p><img src="${url.replace(/\/0\?/, '/640?')}&amp;from=appmsg" alt=""></p>`;

describe('after the app’s own actions', () => {
  it('a saved draft uses its cover; a save that changes it moves the use; a delete ends it', async () => {
    const saved = await drafts.save({ articles: [article('封面篇')] });
    expect(usesOf(imgA)).toEqual([['draft', '封面篇', 'cover']]);
    expect(usesOf(imgB)).toEqual([]);

    await drafts.save({
      mediaId: saved.mediaId,
      baseRevision: saved.revision,
      articles: [article('封面篇', { thumbMediaId: imgB.id, content: `<p>图</p>${inBody(imgA.url)}` })],
    });
    expect(usesOf(imgA)).toEqual([['draft', '封面篇', 'content']]);
    expect(usesOf(imgB)).toEqual([['draft', '封面篇', 'cover']]);

    await drafts.remove(saved.mediaId);
    expect(usesOf(imgA)).toEqual([]);
    expect(usesOf(imgB)).toEqual([]);
  });

  it('cover and body picture of one article are one use with both roles; each article of a draft counts', async () => {
    await drafts.save({
      articles: [article('一', { content: inBody(imgA.url) }), article('二', { thumbMediaId: imgB.id })],
    });
    expect(usesOf(imgA)).toEqual([['draft', '一', 'cover+content']]);
    expect(usesOf(imgB)).toEqual([['draft', '二', 'cover']]);
  });

  it('a publish moves the use from the draft to the published article', async () => {
    const saved = await drafts.save({ articles: [article('要发表')] });
    const publishes = new PublishIndexer();
    const { publishId } = await client.publish.submit(saved.mediaId);
    publishes.submittedDraft(index, publishId, saved.mediaId);
    expect(usesOf(imgA)).toEqual([]);
    emu.advanceClock(1500);
    const status = await publishStatus(client, publishId);
    await publishes.published(index, client, publishId, status.articleId!);
    expect(usesOf(imgA)).toEqual([['published', '要发表', 'cover']]);
  });
});

describe('sync', () => {
  it('reads covers, body pictures and newspic images from the listings, one call per page', async () => {
    await client.draft.add([{ title: '别处写的', content: inBody(imgB.url), thumbMediaId: imgA.id }]);
    await client.draft.add([
      {
        articleType: 'newspic',
        title: '图片消息',
        content: '文字',
        imageInfo: { image_list: [{ image_media_id: imgB.id }] },
      },
    ]);
    const before = emu.calls().length;
    await fullSync(index, 'draft', pageFetcher(client, 'draft'));
    const calls = emu
      .calls()
      .slice(before)
      .map((c) => c.endpoint);
    expect(calls.filter((e) => e !== 'stable_token' && e !== 'token')).toEqual(['draft/batchget']);
    expect(usesOf(imgA)).toEqual([['draft', '别处写的', 'cover']]);
    expect(usesOf(imgB).sort()).toEqual([
      ['draft', '别处写的', 'content'],
      ['draft', '图片消息', 'newspic'],
    ]);
  });

  it('an index written before where-used gets its refs on the next incremental sync', async () => {
    await client.draft.add([{ title: '旧索引', content: '<p>x</p>', thumbMediaId: imgA.id }]);
    await fullSync(index, 'draft', pageFetcher(client, 'draft'));
    // What an older version stored: the same entries without refs.
    const old = index.ordered('draft').map((d) => ({ ...d, refs: undefined }));
    index.replaceAll('draft', old, old.length, Date.now());
    expect(usesOf(imgA)).toEqual([]);
    const report = await incrementalSync(index, 'draft', pageFetcher(client, 'draft'));
    expect(report).toMatchObject({ mode: 'incremental', changed: 1 });
    expect(usesOf(imgA)).toEqual([['draft', '旧索引', 'cover']]);
  });

  it('refs are stored with the index and read back on open', async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'where-used-')), 'acct.json');
    index = await LibraryIndex.open(file);
    drafts = new DraftService(client, index);
    await fullSync(index, 'image', pageFetcher(client, 'image'));
    await drafts.save({ articles: [article('存盘', { content: inBody(imgB.url) })] });
    await index.flush();
    index = await LibraryIndex.open(file);
    expect(usesOf(imgA)).toEqual([['draft', '存盘', 'cover']]);
    expect(usesOf(imgB)).toEqual([['draft', '存盘', 'content']]);
  });
});

describe('snapshot', () => {
  it('a snapshot keeps refs column-wise, and an entry without refs stays without', async () => {
    await drafts.save({ articles: [article('快照')] });
    const items = [...index.ordered('draft'), { id: 'OLD', kind: 'draft' as const, name: '旧', updateTime: 1 }];
    const kind = toColumns(items, () => null, { total: 2, syncedAt: 1 });
    const parsed = indexSnapshotSchema.parse({ version: 2, gen: 1, nextRank: 0, kinds: { draft: kind } });
    const back = fromColumns('draft', parsed.kinds.draft!);
    expect(back[0].refs).toEqual([`c0:${imgA.id}`]);
    expect(back[1].refs).toBeUndefined();
  });
});

describe('keys', () => {
  it('the emulator’s material url is an mmbiz url', () => {
    expect(mmbizKey(imgA.url)).toMatch(/^[A-Za-z0-9_-]{16,}$/);
  });
});
