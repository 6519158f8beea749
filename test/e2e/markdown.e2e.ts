import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from './fixtures';
import { recordCspViolations } from './csp-violations';
import { DEMO_APP_ID, DEMO_APP_SECRET } from '../../electron/emulator/demo-account';
import { makePng } from '../fakes/png';
import { expectAccessible } from './axe';
import { e2eEnv } from './env';

// Markdown into the article editor (issue 12), end to end in Chromium: browser mode + the demo emulator,
// checked against what the emulator's draft box holds (draft/get with our own token).

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

type DraftGet = { news_item: { title: string; content: string }[] };

/** Opens the editor on a fresh draft; answers the CSP violations seen (the preview draws SVG and tables). */
async function openArticles(page: Page): Promise<string[]> {
  const violations = await recordCspViolations(page);
  await page.goto(e2eEnv().baseURL + '/');
  await expect(page.getByTestId('account-picker')).toHaveValue('demo');
  await page.getByTestId('nav-articles').click();
  await expect(page.getByTestId('draft-editor')).toBeVisible();
  // Start from an empty draft whatever the last test left open.
  await page.getByRole('button', { name: '新建草稿' }).click();
  const leave = page.getByRole('dialog');
  if (await leave.isVisible()) await leave.getByRole('button', { name: '离开' }).click();
  return violations;
}

async function pickLibraryCover(page: Page): Promise<void> {
  await page.getByTestId('cover-pick').click();
  const choice = page.getByTestId('cover-choice').first();
  const mediaId = (await choice.getAttribute('data-media-id')) ?? '';
  await choice.click();
  await expect(page.getByTestId('cover-image')).toHaveAttribute('data-media-id', mediaId);
}

/** Clicks 打开 Markdown and picks files in the chooser, as a person does. */
async function openMarkdown(page: Page, files: { name: string; mimeType: string; buffer: Buffer }[]): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '打开 Markdown' }).click();
  await (await chooser).setFiles(files);
}

async function pasteText(page: Page, text: string): Promise<void> {
  await page.getByRole('textbox', { name: '正文' }).evaluate((el, text) => {
    const dt = new DataTransfer();
    dt.setData('text/plain', text);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, text);
}

const md = (heading: string) => `# ${heading}

| 名称 | 数量 |
| --- | ---: |
| 苹果 | 3 |

\`\`\`ts
const answer: number = 42;
\`\`\`

质能方程 $E=mc^2$ 很有名。

参见 [官网](https://example.com/docs)。

![图一](images/one.png)

![图二](./two.png)
`;

test('a .md file with two local images: themed, saved, reopened; the source view round-trips it', async ({ page }) => {
  const violations = await openArticles(page);
  const suffix = Date.now() % 100000;
  const heading = `Markdown 标题 ${suffix}`;
  await page.getByRole('textbox', { name: /^标题/ }).fill(`MD ${suffix}`);
  await pickLibraryCover(page);

  await openMarkdown(page, [
    { name: 'article.md', mimeType: 'text/markdown', buffer: Buffer.from(md(heading)) },
    { name: 'one.png', mimeType: 'image/png', buffer: makePng(90, 60, 11) },
    { name: 'two.png', mimeType: 'image/png', buffer: makePng(80, 50, 12) },
  ]);
  const body = page.getByRole('textbox', { name: '正文' });
  await expect(body.getByRole('heading', { name: heading })).toBeVisible();
  await expect(body.getByRole('table')).toContainText('苹果');
  await expect(body.locator('pre')).toContainText('const answer');
  await expect(body.getByRole('textbox', { name: '公式（LaTeX）' })).toHaveValue('E=mc^2');
  const images = page.getByTestId('editor-image');
  await expect(images).toHaveCount(2);
  await expect(images.nth(0)).toHaveAttribute('data-status', 'ok');
  await expect(images.nth(1)).toHaveAttribute('data-status', 'ok');

  await page.getByLabel('主题').selectOption({ label: '科技' });
  await page.getByRole('button', { name: '保存到草稿箱' }).click();
  const mediaIdEl = page.getByTestId('draft-media-id');
  await expect(mediaIdEl).toBeVisible();
  await expect(page.getByTestId('draft-status')).toHaveAttribute('data-dirty', 'false');
  const mediaId = (await mediaIdEl.textContent()) ?? '';

  const stored = await wx<DraftGet>('draft/get', { media_id: mediaId });
  const html = stored.news_item[0]?.content ?? '';
  expect(html).toContain(heading);
  expect(html).toMatch(/<table[^>]*style="/);
  expect(html).not.toMatch(/\sclass="|\sdata-[a-z-]+="/);
  // Highlighted code: coloured spans inside the block.
  expect(html).toMatch(/<pre[^>]*>[\s\S]*<span[^>]*style="[^"]*color:[^"]*"[^>]*>[\s\S]*<\/pre>/);
  expect(html).toContain('参考链接');
  expect(html).toContain('<svg');
  const mmbiz = [...html.matchAll(/<img[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]);
  expect(mmbiz).toHaveLength(2);
  for (const src of mmbiz) expect(src).toMatch(/\/mmbiz_png\//);

  // Reopen from the draft box: the same article (from the saved source), with its theme.
  await page.getByRole('button', { name: '新建草稿' }).click();
  await page.getByRole('button', { name: '草稿箱', exact: true }).click();
  await page.locator(`[data-testid="draft-row"][data-media-id="${mediaId}"]`).getByTestId('draft-open').click();
  await expect(body.getByRole('heading', { name: heading })).toBeVisible();
  await expect(body.getByRole('table')).toContainText('苹果');
  await expect(body.locator('pre')).toContainText('const answer: number = 42;');
  await expect(body.getByRole('textbox', { name: '公式（LaTeX）' })).toHaveValue('E=mc^2');
  await expect(page.getByLabel('主题')).toHaveValue('tech');

  // The source view shows it as Markdown and switching back gives the same article.
  await page.getByRole('button', { name: '源码' }).click();
  const source = page.getByRole('textbox', { name: 'Markdown 源码' });
  await expect(source).toContainText(`# ${heading}`);
  const text = await source.inputValue();
  expect(text).toContain('| 名称 | 数量 |');
  expect(text).toContain('```ts\nconst answer: number = 42;\n```');
  expect(text).toContain('$E=mc^2$');
  // The editor column (the phone preview shows the writer's themed article, not app UI).
  await expectAccessible(page, 'article editor, Markdown source view', '.draft-main');
  await page.getByRole('button', { name: '源码' }).click();
  await expect(body.getByRole('heading', { name: heading })).toBeVisible();
  await expect(body.getByRole('table')).toContainText('苹果');
  await expect(body.getByRole('textbox', { name: '公式（LaTeX）' })).toHaveValue('E=mc^2');
  await expect(images).toHaveCount(2);
  await expect(images.nth(1)).toHaveAttribute('data-status', 'ok');
  // 导出: the Markdown is copied and saved as a file; the HTML is the themed WeChat HTML.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: '导出 Markdown' }).click();
  await page.getByRole('group', { name: '导出 Markdown' }).getByRole('button', { name: '复制到剪贴板' }).click();
  await expect(page.getByText('已复制到剪贴板')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(`# ${heading}`);
  await page.getByRole('button', { name: '导出 HTML' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('group', { name: '导出 HTML' }).getByRole('button', { name: '保存为文件' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`MD ${suffix}.html`);
  const exported = await readFile((await file.path()) ?? '', 'utf8');
  expect(exported).toContain('<svg');
  expect(exported).toContain('参考链接');

  // The themed preview (inline styles, SVG formulas) is applied through CSSOM: nothing the CSP refuses.
  await expect(page.getByTestId('preview-body').locator('svg').first()).toBeVisible();
  expect(violations).toEqual([]);
});

test('pasted Markdown asks and becomes a heading; a missing local image blocks saving until removed', async ({
  page,
}) => {
  await openArticles(page);
  const suffix = Date.now() % 100000;
  await page.getByRole('textbox', { name: /^标题/ }).fill(`MD 粘贴 ${suffix}`);
  await pickLibraryCover(page);
  const body = page.getByRole('textbox', { name: '正文' });
  await body.click();
  await pasteText(page, `## 粘贴的标题 ${suffix}\n\n- 一\n- 二\n`);
  const ask = page.getByRole('dialog', { name: '粘贴的文本看起来是 Markdown' });
  await ask.getByRole('button', { name: '粘贴为 Markdown' }).click();
  await expect(ask).toHaveCount(0);
  await expect(body.getByRole('heading', { name: `粘贴的标题 ${suffix}` })).toBeVisible();
  await expect(body.getByRole('listitem')).toHaveCount(2);
  // The other answer keeps the characters as they are.
  await page.keyboard.press('Control+End');
  await pasteText(page, `## 原样 ${suffix}\n\n- 甲\n- 乙\n`);
  await ask.getByRole('button', { name: '粘贴为纯文本' }).click();
  await expect(body).toContainText(`## 原样 ${suffix}`);
  await expect(body.getByRole('heading', { name: `原样 ${suffix}` })).toHaveCount(0);

  // A formula from the toolbar is edited in its own field; the source view shows it as `$…$`.
  await page.getByRole('button', { name: '插入公式（LaTeX）' }).click();
  const formula = body.getByRole('textbox', { name: '公式（LaTeX）' });
  await formula.fill('a+b');
  await page.getByRole('button', { name: '源码' }).click();
  await expect(page.getByRole('textbox', { name: 'Markdown 源码' })).toHaveValue(/\$a\+b\$/);
  await page.getByRole('button', { name: '源码' }).click();
  await expect(formula).toHaveValue('a+b');

  await openMarkdown(page, [
    { name: 'gone.md', mimeType: 'text/markdown', buffer: Buffer.from(`正文 ${suffix}\n\n![缺](pics/missing.png)\n`) },
  ]);
  const panel = page.getByRole('region', { name: '缺少的图片' });
  await expect(panel).toContainText('pics/missing.png');
  await page.getByRole('button', { name: '保存到草稿箱' }).click();
  await expect(page.getByTestId('save-status')).toContainText('缺少文件');
  await expect(page.getByTestId('draft-media-id')).toHaveCount(0);
  await panel.getByRole('button', { name: '移除 pics/missing.png' }).click();
  await expect(panel).toHaveCount(0);
  await page.getByRole('button', { name: '保存到草稿箱' }).click();
  await expect(page.getByTestId('draft-media-id')).toBeVisible();
});
