import { emulatorWithClient } from '../../fixtures/emulator-client';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_APP_ID, type Emulator } from '../../../../electron/emulator/index';
import { DraftService } from '../../../../electron/core/articles/draft-service';
import { AppError } from '@shared/errors';
import type { ArticleFields } from '@shared/features/articles.channels';
import { type WeChatClient } from '../../../../electron/core/wechat/client';
import { makePng } from '../../../fakes/png';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

let emu: Emulator;
let client: WeChatClient;
let drafts: DraftService;
let cover: string;

beforeAll(async () => {
  ({ emu, client } = await emulatorWithClient());
  drafts = new DraftService(client);
});
afterAll(() => emu.close());
beforeEach(async () => {
  emu.reset();
  emu.seed(DEMO_APP_ID, { images: 2, news: 1 });
  const page = await client.material.batchget('image', 0, 1);
  cover = page.items[0].mediaId;
});

const article = (over: Partial<ArticleFields> = {}): ArticleFields => ({
  title: '标题',
  author: '作者',
  digest: '',
  content: '<p style="color: #333333">第一段</p><p>第二段</p>',
  contentSourceUrl: '',
  thumbMediaId: cover,
  needOpenComment: 0,
  onlyFansCanComment: 0,
  picCrop2351: '',
  picCrop11: '',
  ...over,
});

const business = () => emu.calls().filter((c) => c.endpoint.startsWith('draft/') || c.endpoint === 'media/uploadimg');

async function refusal(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (e) {
    if (e instanceof AppError) return e.payload.code;
    throw e;
  }
  throw new Error('not refused');
}

describe('DraftService', () => {
  it('adds a new draft, then updates the SAME media_id article by article', async () => {
    const saved = await drafts.save({ articles: [article()] });
    expect(saved.created).toBe(true);
    const opened = await drafts.open(saved.mediaId);
    expect(opened.revision).toBe(saved.revision);
    const edited = article({ content: '<p>第一段</p><p>第二段（改）</p>' });
    const again = await drafts.save({ mediaId: saved.mediaId, baseRevision: saved.revision, articles: [edited] });
    expect(again).toMatchObject({ mediaId: saved.mediaId, created: false });
    expect(again.revision).not.toBe(saved.revision);
    const stored = await client.draft.get(saved.mediaId);
    expect(stored.newsItems[0]?.content).toContain('第二段（改）');
    expect(emu.calls().filter((c) => c.endpoint === 'draft/update')).toHaveLength(1);
    expect((await client.draft.count()).totalCount).toBe(1);
  });

  it('refuses to overwrite a draft changed elsewhere unless forced', async () => {
    const saved = await drafts.save({ articles: [article()] });
    // "Another window" saves first.
    await drafts.save({
      mediaId: saved.mediaId,
      baseRevision: saved.revision,
      articles: [article({ title: '别的窗口' })],
    });
    const updatesBefore = emu.calls().filter((c) => c.endpoint === 'draft/update').length;
    const stale = { mediaId: saved.mediaId, baseRevision: saved.revision, articles: [article({ title: '我的版本' })] };
    expect(await refusal(() => drafts.save(stale))).toBe('DRAFT_CONFLICT');
    expect(emu.calls().filter((c) => c.endpoint === 'draft/update').length).toBe(updatesBefore);
    expect((await client.draft.get(saved.mediaId)).newsItems[0]?.title).toBe('别的窗口');
    await drafts.save({ ...stale, force: true });
    expect((await client.draft.get(saved.mediaId)).newsItems[0]?.title).toBe('我的版本');
  });

  it('a changed article count becomes a new draft that replaces the old one', async () => {
    const saved = await drafts.save({ articles: [article()] });
    const two = await drafts.save({
      mediaId: saved.mediaId,
      baseRevision: saved.revision,
      articles: [article(), article({ title: '第二篇' })],
    });
    expect(two).toMatchObject({ created: true, replaced: saved.mediaId });
    expect((await client.draft.get(two.mediaId)).newsItems.map((n) => n.title)).toEqual(['标题', '第二篇']);
    await expect(client.draft.get(saved.mediaId)).rejects.toThrow(/40007/);
  });

  it('validates before any call: title, cover, body images, scripts, size', async () => {
    const before = business().length;
    expect(await refusal(() => drafts.save({ articles: [article({ title: '长'.repeat(33) })] }))).toBe(
      'TITLE_TOO_LONG',
    );
    expect(await refusal(() => drafts.save({ articles: [article({ thumbMediaId: '' })] }))).toBe('COVER_MISSING');
    expect(
      await refusal(() =>
        drafts.save({ articles: [article({ content: '<p>x</p><img src="https://example.com/a.png">' })] }),
      ),
    ).toBe('CONTENT_FOREIGN_IMAGE');
    expect(await refusal(() => drafts.save({ articles: [article({ content: '<p onclick="x()">x</p>' })] }))).toBe(
      'CONTENT_UNSAFE',
    );
    expect(
      await refusal(() => drafts.save({ articles: [article({ content: '<a href="javascript:alert(1)">x</a>' })] })),
    ).toBe('CONTENT_UNSAFE_URL');
    expect(
      await refusal(() => drafts.save({ articles: [article({ content: `<p>${'字'.repeat(20_000)}</p>` })] })),
    ).toBe('CONTENT_TOO_LONG');
    expect(await refusal(() => drafts.save({ articles: [article({ author: '作'.repeat(17) })] }))).toBe(
      'AUTHOR_TOO_LONG',
    );
    expect(business().length).toBe(before);
  });

  it('accepts body images uploaded through uploadimg (the API base host)', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'art-'));
    const file = path.join(dir, 'a.png');
    writeFileSync(file, makePng(20, 20));
    const { url } = await client.media.uploadImg(file);
    const saved = await drafts.save({ articles: [article({ content: `<p>图</p><img src="${url}">` })] });
    expect((await client.draft.get(saved.mediaId)).newsItems[0]?.content).toContain(url);
  });

  it('searches drafts by title and copies legacy news into editor fields', async () => {
    await drafts.save({ articles: [article({ title: '春天的花' })] });
    await drafts.save({ articles: [article({ title: '夏天的雨' })] });
    const found = await drafts.list(0, 20, '春天');
    expect(found.items.map((d) => d.titles[0])).toEqual(['春天的花']);
    const news = await client.material.batchget('news', 0, 1);
    const copied = await drafts.copyNews(news.items[0].mediaId);
    expect(copied.length).toBeGreaterThan(0);
    expect(copied[0]?.title).toBeTruthy();
  });
});
