/**
 * The articles feature's use of the renderer and the source store (electron/core/features/articles.ts), with the
 * whole core against the emulator: articles:render answers WeChat HTML; a saved theme and source come back on
 * getDraft until the draft is changed elsewhere, and go when the draft is deleted.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MemorySecretStore } from '../../../../electron/core/accounts/secret-store';
import { createCore, type Core } from '../../../../electron/core/app-core';
import { createWeChatClient } from '../../../../electron/core/wechat/client';
import { DEMO_APP_ID, DEMO_APP_SECRET, startEmulator, type Emulator } from '../../../../electron/emulator/index';
import type { ArticleFields } from '../../../../electron/shared/features/articles.channels';

let emulator: Emulator | null = null;
let core: Core | null = null;
afterEach(async () => {
  await core?.close();
  await emulator?.close();
  core = null;
  emulator = null;
});

async function setUp() {
  emulator = await startEmulator({ port: 0 });
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'article-sources-'));
  core = await createCore({
    mode: 'desktop',
    version: 'test',
    dataDir,
    persistAccounts: false,
    secrets: new MemorySecretStore(),
    downloads: { chooseFolder: () => Promise.resolve(null), finish: () => ({ kind: 'cancelled' }) },
    emit: () => undefined,
    demo: false,
    envAccount: { appId: DEMO_APP_ID, appSecret: DEMO_APP_SECRET },
    apiBase: emulator.url,
  });
  const client = createWeChatClient({ appId: DEMO_APP_ID, appSecret: DEMO_APP_SECRET, apiBase: emulator.url });
  const thumb = await client.material.add('image', path.join('assets', 'demo', 'cover-thumb.jpg'));
  return { core, client, dataDir, thumbMediaId: thumb.mediaId };
}

function article(thumbMediaId: string, extra: Partial<ArticleFields>): ArticleFields {
  return {
    title: '带主题的文章',
    author: '',
    digest: '',
    content: '<p style="color: #333">正文</p>',
    contentSourceUrl: '',
    thumbMediaId,
    needOpenComment: 0,
    onlyFansCanComment: 0,
    picCrop2351: '',
    picCrop11: '',
    ...extra,
  };
}

describe('articles:render and the per-article theme/source', () => {
  it('renders marked HTML for a theme', async () => {
    const { core } = await setUp();
    const out = await core.handlers['articles:render']({
      html: '<p class="wx-p">a <a class="wx-a" href="https://example.com">b</a> <span class="wx-math" data-tex="x^2"></span></p>',
      theme: 'tech',
    });
    expect(out.footnotes).toBe(1);
    expect(out.warnings).toEqual([]);
    expect(out.html).toContain('<svg');
    expect(out.html).not.toMatch(/class=|data-/);
  });

  it('returns the saved theme and source until the draft changes elsewhere', async () => {
    const { core, client, dataDir, thumbMediaId } = await setUp();
    const source = '<p class="wx-p">正文 <span class="wx-math" data-tex="x^2"></span></p>';
    const saved = await core.handlers['articles:saveDraft']({
      accountId: 'env',
      articles: [article(thumbMediaId, { theme: 'literary', source })],
    });
    // WeChat never sees the local fields.
    const remote = await client.draft.get(saved.mediaId);
    expect(JSON.stringify(remote)).not.toContain('wx-math');

    const opened = await core.handlers['articles:getDraft']({ accountId: 'env', mediaId: saved.mediaId });
    expect(opened.articles[0]).toMatchObject({ theme: 'literary', source });
    expect(await readFile(path.join(dataDir, 'article-sources', 'env.json'), 'utf8')).toContain('wx-math');

    // Edited in the official backend: the stored source no longer describes the article.
    await client.draft.update(saved.mediaId, 0, { title: '后台改过', content: '<p>别处</p>', thumbMediaId });
    const reopened = await core.handlers['articles:getDraft']({ accountId: 'env', mediaId: saved.mediaId });
    expect(reopened.articles[0]?.theme).toBeUndefined();
    expect(reopened.articles[0]?.source).toBeUndefined();
  });

  it('forgets the source of a deleted draft', async () => {
    const { core, dataDir, thumbMediaId } = await setUp();
    const saved = await core.handlers['articles:saveDraft']({
      accountId: 'env',
      articles: [article(thumbMediaId, { theme: 'minimal', source: '<p class="wx-p">x</p>' })],
    });
    await core.handlers['articles:deleteDraft']({ accountId: 'env', mediaId: saved.mediaId });
    const file = JSON.parse(await readFile(path.join(dataDir, 'article-sources', 'env.json'), 'utf8')) as {
      drafts: Record<string, unknown>;
    };
    expect(file.drafts).toEqual({});
  });
});
