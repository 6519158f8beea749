import { randomBytes } from 'node:crypto';
import { expect, test, type Page } from './fixtures';
import { recordCspViolations } from './csp-violations';
import { DEMO_APP_ID, DEMO_APP_SECRET } from '../../electron/emulator/demo-account';
import { makePng } from '../fakes/png';
import { e2eEnv } from './env';

// The article editor end to end in Chromium: browser mode + the demo emulator, checked against what the
// emulator's draft box holds (draft/get with our own token), never against the app's word.

const emu = () => e2eEnv().emulatorURL;

async function wx<T>(endpoint: string, body: unknown): Promise<T> {
  const tokenRes = await fetch(`${emu()}/cgi-bin/stable_token`, {
    method: 'POST',
    body: JSON.stringify({ grant_type: 'client_credential', appid: DEMO_APP_ID, secret: DEMO_APP_SECRET }),
  });
  const { access_token: token } = (await tokenRes.json()) as { access_token: string };
  const res = await fetch(`${emu()}/cgi-bin/${endpoint}?access_token=${token}`, {
    method: 'POST',
    body: JSON.stringify(body),
  });
  return (await res.json()) as T;
}

type DraftGet = { news_item: { title: string; content: string; thumb_media_id: string }[] };

/** How many calls the emulator has seen per endpoint (shared emulator: compare before/after). */
async function callCounts(): Promise<Record<string, number>> {
  const calls = (await (await fetch(`${emu()}/__emulator/calls`)).json()) as { endpoint: string }[];
  return calls.reduce<Record<string, number>>((acc, c) => ({ ...acc, [c.endpoint]: (acc[c.endpoint] ?? 0) + 1 }), {});
}

async function openArticles(page: Page): Promise<string[]> {
  const violations = await recordCspViolations(page);
  await page.goto(e2eEnv().baseURL + '/');
  await expect(page.getByTestId('account-picker')).toHaveValue('demo');
  await page.getByTestId('nav-articles').click();
  await expect(page.getByTestId('draft-editor')).toBeVisible();
  return violations;
}

/** Pastes files through a real ClipboardEvent carrying a DataTransfer built in the page. */
async function pasteFile(page: Page, bytes: Buffer, name: string, type: string): Promise<void> {
  await page.getByTestId('article-body').evaluate(
    (el, { b64, name, type }) => {
      const data = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const dt = new DataTransfer();
      dt.items.add(new File([data], name, { type }));
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    },
    { b64: bytes.toString('base64'), name, type },
  );
}

async function pasteHtml(page: Page, html: string): Promise<void> {
  await page.getByTestId('article-body').evaluate((el, html) => {
    const dt = new DataTransfer();
    dt.setData('text/html', html);
    dt.setData('text/plain', 'x');
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, html);
}

async function pickLibraryCover(page: Page): Promise<string> {
  await page.getByTestId('cover-pick').click();
  const choice = page.getByTestId('cover-choice').first();
  const mediaId = (await choice.getAttribute('data-media-id')) ?? '';
  await choice.click();
  await expect(page.getByTestId('cover-image')).toHaveAttribute('data-media-id', mediaId);
  return mediaId;
}

test('draft: formatted text, pasted image, library cover → sanitized draft; reopen, edit ¶2 in place; publish', async ({
  page,
}) => {
  const violations = await openArticles(page);
  const before = await callCounts();
  const title = `春季上新 ${Date.now() % 100000}`;
  await page.getByTestId('article-title').fill(title);
  const cover = await pickLibraryCover(page);

  const body = page.getByTestId('article-body');
  await body.click();
  await page.getByTestId('tb-h2').click();
  await page.keyboard.type('小标题');
  await page.keyboard.press('Enter');
  await page.keyboard.type('第一段');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('加粗文字');
  await page.keyboard.press('Control+b');
  await page.keyboard.press('Enter');
  await page.keyboard.type('第二段原文');
  await page.keyboard.press('Shift+Home');
  await page.getByTestId('tb-color-d0021b').click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await pasteFile(page, makePng(120, 80, 7), 'pasted.png', 'image/png');
  const img = page.getByTestId('editor-image');
  await expect(img).toHaveAttribute('data-status', 'ok');
  // Shown through our own origin (the real URL stays in the document), and it really decodes.
  await expect(img).toHaveAttribute('src', /^artimg\//);
  await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth)).toBeGreaterThan(0);
  // The phone preview renders the same picture and the colour (applied through CSSOM, CSP-safe).
  const previewImg = page.getByTestId('preview-body').locator('img');
  await expect
    .poll(() => previewImg.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth))
    .toBeGreaterThan(0);

  await page.getByTestId('draft-save').click();
  const mediaIdEl = page.getByTestId('draft-media-id');
  await expect(mediaIdEl).toBeVisible();
  const mediaId = (await mediaIdEl.textContent()) ?? '';
  await expect(page.getByTestId('draft-status')).toHaveAttribute('data-dirty', 'false');

  const after = await callCounts();
  expect((after['media/uploadimg'] ?? 0) - (before['media/uploadimg'] ?? 0)).toBe(1);
  expect((after['draft/add'] ?? 0) - (before['draft/add'] ?? 0)).toBe(1);
  const stored = await wx<DraftGet>('draft/get', { media_id: mediaId });
  const [article] = stored.news_item;
  expect(article?.title).toBe(title);
  expect(article?.thumb_media_id).toBe(cover);
  const html = article?.content ?? '';
  const srcs = [...html.matchAll(/<img[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]);
  expect(srcs).toHaveLength(1);
  expect(srcs[0]).toMatch(new RegExp(`^${emu().replace(/[.]/g, '\\.')}/mmbiz_png/`));
  expect(html).toContain('<strong>加粗文字</strong>');
  expect(html).toContain('<h2');
  expect(html).toMatch(/<span style="color: #d0021b">第二段原文<\/span>/);
  expect(html).not.toMatch(/<script|\son\w+=|javascript:|data:|artimg/i);

  // Reopen from the draft box, edit paragraph 2, save: draft/update on the SAME media_id.
  await page.getByTestId('draft-new').click();
  await expect(page.getByTestId('article-title')).toHaveValue('');
  await page.getByTestId('articles-tab-drafts').click();
  await page.locator(`[data-testid="draft-row"][data-media-id="${mediaId}"]`).getByTestId('draft-open').click();
  await expect(page.getByTestId('article-title')).toHaveValue(title);
  await page.getByTestId('article-body').getByText('第二段原文').click();
  await page.keyboard.press('End');
  await page.keyboard.type('（已修改）');
  await page.getByTestId('draft-save').click();
  await expect(page.getByTestId('draft-status')).toHaveAttribute('data-dirty', 'false');
  await expect(page.getByTestId('draft-media-id')).toHaveText(mediaId);
  const updated = await wx<DraftGet>('draft/get', { media_id: mediaId });
  expect(updated.news_item[0]?.content).toContain('第二段原文（已修改）');
  expect(updated.news_item[0]?.content).toContain('<strong>加粗文字</strong>');
  // Reopening kept the formatting: colour and the picture survive the round trip through the editor.
  expect(updated.news_item[0]?.content).toMatch(/<span style="color: #d0021b">第二段原文（已修改）<\/span>/);
  expect(updated.news_item[0]?.content).toContain(srcs[0]);
  const afterUpdate = await callCounts();
  expect((afterUpdate['draft/add'] ?? 0) - (after['draft/add'] ?? 0)).toBe(0);
  expect((afterUpdate['draft/update'] ?? 0) - (after['draft/update'] ?? 0)).toBe(1);

  // Publish: publishing… then published with the article URL once the emulator finishes (~1.5 s).
  await page.getByTestId('draft-publish').click();
  await page.getByTestId('confirm-ok').click();
  const state = page.getByTestId('publish-state');
  await expect(state).toHaveAttribute('data-state', 'publishing');
  await expect(state).toHaveAttribute('data-state', 'published', { timeout: 15_000 });
  await expect(state).toContainText('已发表');
  await expect(page.getByTestId('publish-url').first()).toHaveAttribute('href', /^https?:\/\//);
  await page.getByTestId('articles-tab-published').click();
  await expect(page.getByTestId('published-row').filter({ hasText: title })).toBeVisible();
  expect(violations).toEqual([]);
});

test('over-long title, a skipped 2 MB PNG in the body and a missing cover: refused before any API call', async ({
  page,
}) => {
  await openArticles(page);
  const before = await callCounts();
  // Save refusals appear beside the save button.
  const saveStatus = page.getByTestId('save-status');

  await page.getByTestId('article-title').fill('标'.repeat(33));
  await expect(page.getByTestId('count-title')).toHaveText('33/32');
  await pickLibraryCover(page);
  await page.getByTestId('article-body').click();
  await page.keyboard.type('正文');
  await page.getByTestId('draft-save').click();
  await expect(saveStatus).toContainText('标题超过 32 字');
  await expect(saveStatus).toContainText('45003');

  const big = Buffer.concat([makePng(64, 64, 3), randomBytes(2 * 1024 * 1024)]);
  await page.getByTestId('tb-image-input').setInputFiles({ name: 'big.png', mimeType: 'image/png', buffer: big });
  // Over uploadimg's 1 MB, the picture is offered a conversion before anything is sent; skipped, it is
  // not inserted and nothing goes out.
  const offer = page.getByRole('dialog', { name: '转换后再上传？' });
  await expect(offer).toContainText('big.png');
  await offer.getByRole('button', { name: '跳过此文件' }).click();
  await expect(offer).toHaveCount(0);
  await expect(page.getByTestId('editor-image')).toHaveCount(0);

  await page.getByTestId('article-title').fill('标题正常');
  await page.getByTestId('cover-clear').click();
  await page.getByTestId('draft-save').click();
  await expect(saveStatus).toContainText('缺少封面');

  const after = await callCounts();
  for (const endpoint of ['draft/add', 'draft/update', 'media/uploadimg']) {
    expect(after[endpoint] ?? 0, endpoint).toBe(before[endpoint] ?? 0);
  }
});

test('reloading in the middle of typing restores the text (and asks before leaving)', async ({ page }) => {
  await openArticles(page);
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.type());
    void d.accept();
  });
  await page.getByTestId('article-title').fill('没保存的标题');
  await page.getByTestId('article-body').click();
  await page.keyboard.type('这一段还在输入中，没有保存到草稿箱');
  await page.reload();
  await expect(page.getByTestId('account-picker')).toHaveValue('demo');
  await page.getByTestId('nav-articles').click();
  await expect(page.getByTestId('draft-restored')).toBeVisible();
  await expect(page.getByTestId('article-title')).toHaveValue('没保存的标题');
  await expect(page.getByTestId('article-body')).toContainText('这一段还在输入中，没有保存到草稿箱');
  expect(dialogs).toContain('beforeunload');
});

test('pasted web HTML: scripts dropped, an unreachable external picture is flagged and blocks saving', async ({
  page,
}) => {
  await openArticles(page);
  await page.getByTestId('article-title').fill('外部图片');
  await pickLibraryCover(page);
  await page.getByTestId('article-body').click();
  await pasteHtml(
    page,
    '<p>网页段落<script>window.__pwned=1</script></p><img src="http://127.0.0.1:9/x.png" onerror="window.__pwned=2">',
  );
  await expect(page.getByTestId('article-body')).toContainText('网页段落');
  await expect(page.getByTestId('editor-image')).toHaveAttribute('data-status', 'failed');
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  const before = await callCounts();
  await page.getByTestId('draft-save').click();
  await expect(page.getByTestId('save-status')).toContainText('未能上传到微信');
  expect((await callCounts())['draft/add'] ?? 0).toBe(before['draft/add'] ?? 0);
});

test('a draft changed in another window is not overwritten silently', async ({ page }) => {
  await openArticles(page);
  await page.getByTestId('article-title').fill('冲突测试');
  const cover = await pickLibraryCover(page);
  await page.getByTestId('article-body').click();
  await page.keyboard.type('本窗口的正文');
  await page.getByTestId('draft-save').click();
  await expect(page.getByTestId('draft-media-id')).toBeVisible();
  const mediaId = (await page.getByTestId('draft-media-id').textContent()) ?? '';

  // "Another window" saves its version first.
  const other = { title: '另一个窗口', content: '<p>另一个窗口的正文</p>', thumb_media_id: cover };
  expect(await wx<{ errcode: number }>('draft/update', { media_id: mediaId, index: 0, articles: other })).toMatchObject(
    { errcode: 0 },
  );

  await page.getByTestId('article-body').click();
  await page.keyboard.type('，再改一句');
  const before = await callCounts();
  await page.getByTestId('draft-save').click();
  await expect(page.getByTestId('article-conflict')).toContainText('被修改过');
  expect((await callCounts())['draft/update'] ?? 0).toBe(before['draft/update'] ?? 0);
  expect((await wx<DraftGet>('draft/get', { media_id: mediaId })).news_item[0]?.title).toBe('另一个窗口');

  await page.getByTestId('conflict-overwrite').click();
  await expect(page.getByTestId('article-conflict')).toHaveCount(0);
  await expect(page.getByTestId('draft-status')).toHaveAttribute('data-dirty', 'false');
  const stored = await wx<DraftGet>('draft/get', { media_id: mediaId });
  expect(stored.news_item[0]?.title).toBe('冲突测试');
  expect(stored.news_item[0]?.content).toContain('本窗口的正文，再改一句');
});
