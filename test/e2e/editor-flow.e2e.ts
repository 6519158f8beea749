import { randomBytes } from 'node:crypto';
import { expect, test, type Page } from './fixtures';
import { expectAccessible } from './axe';
import { DEMO_APP_ID, DEMO_APP_SECRET } from '../../electron/emulator/demo-account';
import { makePng } from '../fakes/png';
import { e2eEnv, ledger } from './env';

// The operator's daily flow in the article editor (issue 10), in Chromium, acting by role and visible
// name: pictures survive the next keystroke, confirmations are the app's own dialog, the body counter,
// results beside their buttons, the cover picker's search, and axe on the editor and the draft box.
// Outcomes are read from the emulator (draft/get with our own token, the ledger), not from the screen.

const emu = () => e2eEnv().emulatorURL;
const suffix = () => randomBytes(3).toString('hex');

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

async function callCount(endpoint: string): Promise<number> {
  const calls = (await (await fetch(`${emu()}/__emulator/calls`)).json()) as { endpoint: string }[];
  return calls.filter((c) => c.endpoint === endpoint).length;
}

/** Opens 图文与草稿 with the demo account; every native dialog (confirm, alert) is recorded. */
async function openEditor(page: Page): Promise<string[]> {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  await page.goto(e2eEnv().baseURL + '/');
  await expect(page.getByTestId('account-picker')).toHaveValue('demo');
  await page.getByRole('button', { name: '图文与草稿' }).click();
  await expect(page.getByRole('textbox', { name: '正文' })).toBeVisible();
  return dialogs;
}

/** Pastes a picture file into the focused body: a real ClipboardEvent carrying a DataTransfer. */
async function pastePicture(page: Page, bytes: Buffer, name: string): Promise<void> {
  await page.getByRole('textbox', { name: '正文' }).evaluate(
    (el, { b64, name }) => {
      const data = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const dt = new DataTransfer();
      dt.items.add(new File([data], name, { type: 'image/png' }));
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    },
    { b64: bytes.toString('base64'), name },
  );
}

async function pasteHtml(page: Page, html: string): Promise<void> {
  await page.getByRole('textbox', { name: '正文' }).evaluate((el, html) => {
    const dt = new DataTransfer();
    dt.setData('text/html', html);
    dt.setData('text/plain', 'x');
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, html);
}

async function chooseFirstLibraryCover(page: Page): Promise<void> {
  await page.getByRole('button', { name: '从素材库选择' }).click();
  await page.getByRole('group', { name: '素材库中的图片' }).getByRole('button').first().click();
  await expect(page.getByTestId('cover-image')).toBeVisible();
}

/** The save button and the live status beside it. */
const saveButton = (page: Page) => page.getByRole('button', { name: '保存到草稿箱' });
const saveStatus = (page: Page) => saveButton(page).locator('..').getByRole('status');

async function savedMediaId(page: Page): Promise<string> {
  await saveButton(page).click();
  await expect(saveStatus(page)).toContainText('已保存到草稿箱');
  const id = page.getByTestId('draft-media-id');
  await expect(id).toBeVisible();
  return (await id.textContent()) ?? '';
}

const mmbizImg = () => new RegExp(`<img[^>]*\\ssrc="${emu().replace(/[.]/g, '\\.')}/mmbiz_png/[^"]+"`);

test('a pasted picture survives the next keystroke: typed text goes after it, and the draft has both', async ({
  page,
}) => {
  await openEditor(page);
  const title = `粘贴图片 ${suffix()}`;
  await page.getByRole('textbox', { name: '标题' }).fill(title);
  await chooseFirstLibraryCover(page);

  const body = page.getByRole('textbox', { name: '正文' });
  await body.click();
  await page.keyboard.type('图片上面的一段。');
  await page.keyboard.press('Enter');
  await pastePicture(page, makePng(120, 80, 11), `paste-${suffix()}.png`);
  // A person types right away, while the picture is still uploading.
  await page.keyboard.type('紧接着输入的一句话。');
  const image = body.locator('img');
  await expect(image).toHaveCount(1);
  await expect(page.getByTestId('editor-image')).toHaveAttribute('data-status', 'ok');
  await expect(body.locator('p').last()).toHaveText('紧接着输入的一句话。');

  // Clicking the picture selects it; typing then still goes after it, never over it: keys of the
  // keyboard (key events) and characters that arrive as text input alone (Chinese here).
  await image.click();
  await page.keyboard.type('OK ');
  await expect(image).toHaveCount(1);
  // A separate click later (two clicks within 500 ms are a double click to the editor).
  await page.waitForTimeout(600);
  await image.click();
  await page.keyboard.type('再来一句');
  await expect(image).toHaveCount(1);
  await expect(body.locator('p').last()).toHaveText('再来一句OK 紧接着输入的一句话。');

  const mediaId = await savedMediaId(page);
  const content = (await wx<DraftGet>('draft/get', { media_id: mediaId })).news_item[0]?.content ?? '';
  expect(content).toMatch(mmbizImg());
  expect(content).toContain('紧接着输入的一句话。');
  expect(content).toContain('再来一句OK 紧接着输入的一句话。');
  // The order a reader sees: text, picture, then what was typed after pasting.
  expect(content.indexOf('图片上面的一段。')).toBeLessThan(content.indexOf('<img'));
  expect(content.indexOf('<img')).toBeLessThan(content.indexOf('紧接着输入的一句话。'));
});

test('a selected picture deleted on purpose comes back with undo', async ({ page }) => {
  await openEditor(page);
  const body = page.getByRole('textbox', { name: '正文' });
  await body.click();
  await pastePicture(page, makePng(90, 60, 5), `undo-${suffix()}.png`);
  await expect(page.getByTestId('editor-image')).toHaveAttribute('data-status', 'ok');
  await page.keyboard.type('之后');
  await body.locator('img').click();
  await page.keyboard.press('Backspace');
  await expect(body.locator('img')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(body.locator('img')).toHaveCount(1);
  // Undo brings back the uploaded picture, not the upload placeholder.
  await expect(page.getByTestId('editor-image')).toHaveAttribute('data-status', 'ok');
  await expect(page.getByTestId('editor-image')).toHaveAttribute('src', /^artimg\//);
  await expect(body).toContainText('之后');
});

test('a picture inserted with the toolbar button: the caret is after it, the draft has picture and text', async ({
  page,
}) => {
  await openEditor(page);
  const title = `工具栏图片 ${suffix()}`;
  await page.getByRole('textbox', { name: '标题' }).fill(title);
  await chooseFirstLibraryCover(page);
  await page.getByRole('textbox', { name: '正文' }).click();
  await page.keyboard.type('第一段');
  const chooser = page.waitForEvent('filechooser');
  await page
    .getByRole('toolbar', { name: '格式' })
    .getByRole('button', { name: /插入图片/ })
    .click();
  await (
    await chooser
  ).setFiles({ name: `toolbar-${suffix()}.png`, mimeType: 'image/png', buffer: makePng(64, 48, 9) });
  await page.keyboard.type('插图之后的文字');
  await expect(page.getByTestId('editor-image')).toHaveAttribute('data-status', 'ok');

  const mediaId = await savedMediaId(page);
  const content = (await wx<DraftGet>('draft/get', { media_id: mediaId })).news_item[0]?.content ?? '';
  expect(content).toMatch(mmbizImg());
  expect(content.indexOf('<img')).toBeLessThan(content.indexOf('插图之后的文字'));
  expect(content).toContain('第一段');
});

test('a picture dropped onto the body: the caret is after it, typing goes there', async ({ page }) => {
  await openEditor(page);
  const body = page.getByRole('textbox', { name: '正文' });
  await body.click();
  await page.keyboard.type('拖进来之前');
  // A file dragged from the desktop arrives as a drop event carrying it (Playwright cannot drag OS files).
  await body.evaluate(
    (el, { b64, name }) => {
      const data = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const dt = new DataTransfer();
      dt.items.add(new File([data], name, { type: 'image/png' }));
      const box = el.getBoundingClientRect();
      const at = { clientX: box.left + box.width / 2, clientY: box.bottom - 10 };
      for (const type of ['dragenter', 'dragover', 'drop']) {
        el.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true, ...at }));
      }
    },
    { b64: makePng(70, 50, 13).toString('base64'), name: `drop-${suffix()}.png` },
  );
  await expect(page.getByTestId('editor-image')).toHaveAttribute('data-status', 'ok');
  await page.keyboard.type('拖进来之后');
  await expect(body.locator('img')).toHaveCount(1);
  const html = await body.innerHTML();
  expect(html.indexOf('<img')).toBeLessThan(html.indexOf('拖进来之后'));
  expect(html).toContain('拖进来之前');
});

test('leaving unsaved changes asks in the app’s own dialog (Esc cancels, focus returns), never window.confirm', async ({
  page,
}) => {
  const dialogs = await openEditor(page);
  await page.getByRole('textbox', { name: '标题' }).fill(`未保存 ${suffix()}`);

  // 新建草稿: asked in an in-app dialog; Esc keeps the text and puts focus back on the button.
  const newDraft = page.getByRole('button', { name: '新建草稿' });
  await newDraft.click();
  const dialog = page.getByRole('dialog', { name: '离开这篇草稿？' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('自动保存');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(newDraft).toBeFocused();
  await expect(page.getByRole('textbox', { name: '标题' })).not.toHaveValue('');

  // Another section: asked too; 离开 then really goes there.
  await page.getByRole('button', { name: '素材库', exact: true }).click();
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(page.getByRole('textbox', { name: '正文' })).toBeVisible();
  await page.getByRole('button', { name: '素材库', exact: true }).click();
  await dialog.getByRole('button', { name: '离开' }).click();
  await expect(page.getByTestId('nav-library')).toHaveAttribute('aria-current', 'page');
  await expect(page.getByTestId('draft-editor')).toHaveCount(0);

  // Back, and 新建草稿 confirmed: an empty draft.
  await page.getByRole('button', { name: '图文与草稿' }).click();
  await page.getByRole('button', { name: '新建草稿' }).click();
  await page.getByRole('dialog', { name: '离开这篇草稿？' }).getByRole('button', { name: '离开' }).click();
  await expect(page.getByRole('textbox', { name: '标题' })).toHaveValue('');
  expect(dialogs).toEqual([]);
});

test('the body counter shows the text a reader sees and, apart, the HTML size against WeChat’s limits', async ({
  page,
}) => {
  await openEditor(page);
  await page.getByRole('textbox', { name: '正文' }).click();
  await page.keyboard.type('你好 world');
  const counter = page.getByTestId('content-size');
  // 7 characters a reader sees (spaces not counted); the HTML is longer (tags).
  await expect(page.getByTestId('body-text-count')).toHaveText('正文 7 字');
  await expect(page.getByTestId('body-html-size')).toContainText('/ 20,000 字符');
  await expect(page.getByTestId('body-html-size')).toContainText('1 MB');
  await expect(counter).toHaveAttribute('data-level', 'ok');

  // Near the limit (≥ 90 %): a warning, announced.
  await pasteHtml(page, `<p>${'长'.repeat(18_500)}</p>`);
  await expect(counter).toHaveAttribute('data-level', 'near');
  await expect(counter.getByRole('status')).toContainText('接近微信上限');
  // Over it: the warning says so, and saving is refused before any call.
  await pasteHtml(page, `<p>${'长'.repeat(2_000)}</p>`);
  await expect(counter).toHaveAttribute('data-level', 'over');
  await expect(counter.getByRole('status')).toContainText('超过微信上限');
  await page.getByRole('textbox', { name: '标题' }).fill(`超长 ${suffix()}`);
  await chooseFirstLibraryCover(page);
  const before = await callCount('draft/add');
  await saveButton(page).click();
  await expect(saveStatus(page)).toContainText('45166');
  expect(await callCount('draft/add')).toBe(before);
});

test('save and publish results appear beside their buttons; a refusal too', async ({ page }) => {
  await openEditor(page);
  const title = `旁边的反馈 ${suffix()}`;
  // Refused before any call: the reason is beside the button.
  await saveButton(page).click();
  await expect(saveStatus(page)).toContainText('未保存');
  await expect(saveStatus(page)).toContainText('缺少标题');

  await page.getByRole('textbox', { name: '标题' }).fill(title);
  await chooseFirstLibraryCover(page);
  await page.getByRole('textbox', { name: '正文' }).click();
  await page.keyboard.type('正文内容');
  const mediaId = await savedMediaId(page);
  expect((await wx<DraftGet>('draft/get', { media_id: mediaId })).news_item[0]?.title).toBe(title);
  // Beside means beside: on the same line as the button, right after it.
  const [button, status] = [await saveButton(page).boundingBox(), await saveStatus(page).boundingBox()];
  expect(
    Math.abs((status?.y ?? 0) + (status?.height ?? 0) / 2 - ((button?.y ?? 0) + (button?.height ?? 0) / 2)),
  ).toBeLessThan(20);
  expect((status?.x ?? 0) - ((button?.x ?? 0) + (button?.width ?? 0))).toBeLessThan(40);

  const publish = page.getByRole('button', { name: '发表', exact: true });
  await publish.click();
  await page.getByRole('dialog', { name: '发表这篇草稿？' }).getByRole('button', { name: '发表' }).click();
  const publishStatus = publish.locator('..').getByRole('status');
  await expect(publishStatus).toContainText('已发表', { timeout: 15_000 });
  await expect(publishStatus.getByRole('link', { name: '查看文章' })).toHaveAttribute('href', /^https?:\/\//);
  // The emulator's published list has it.
  const published = await wx<unknown>('freepublish/batchget', { offset: 0, count: 20, no_content: 1 });
  expect(JSON.stringify(published)).toContain(title);
});

test('the cover picker searches the library by name and shows names under thumbnails', async ({ page }) => {
  await openEditor(page);
  const name = `封面搜索-${suffix()}.png`;
  // Upload a cover on the spot (a permanent image through the upload queue), then find it by name.
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '上传封面' }).click();
  await (await chooser).setFiles({ name, mimeType: 'image/png', buffer: makePng(300, 128, 21) });
  await expect(page.getByTestId('cover-image')).toBeVisible({ timeout: 15_000 });
  await expect.poll(async () => (await ledger()).some((e) => e.name === name && !e.deleted)).toBe(true);
  const uploaded = (await ledger()).find((e) => e.name === name)?.mediaId ?? '';
  await page.getByRole('button', { name: '移除封面' }).click();

  await page.getByRole('button', { name: '从素材库选择' }).click();
  const picker = page.getByRole('group', { name: '素材库中的图片' });
  const search = picker.getByRole('searchbox', { name: '按名称搜索图片' });
  await expect(search).toBeFocused();
  await search.fill(name.slice(0, -4));
  const choice = picker.getByRole('button', { name });
  await expect(choice).toBeVisible();
  await expect(picker.getByRole('button')).toHaveCount(1);
  await expect(choice).toContainText(name);
  await choice.click();
  await expect(page.getByTestId('cover-image')).toHaveAttribute('data-media-id', uploaded);

  // A name nobody has: an empty result that says so.
  await page.getByRole('button', { name: '从素材库选择' }).click();
  await page.getByRole('searchbox', { name: '按名称搜索图片' }).fill(`没有这个名字-${suffix()}`);
  await expect(page.getByRole('group', { name: '素材库中的图片' })).toContainText('没有名称匹配的图片');
});

test('axe: the editor and the draft box have no serious or critical violations', async ({ page }) => {
  await openEditor(page);
  await page.getByRole('textbox', { name: '正文' }).click();
  await page.keyboard.type('无障碍检查');
  // With a cover (its two crop sliders) and the cover picker open too (search box, named thumbnails).
  await chooseFirstLibraryCover(page);
  await expect(page.getByRole('slider')).toHaveCount(2);
  await page.getByRole('button', { name: '从素材库选择' }).click();
  await expect(page.getByRole('group', { name: '素材库中的图片' }).getByRole('button').first()).toBeVisible();
  await expectAccessible(page, 'editor');
  await page.getByRole('button', { name: '草稿箱', exact: true }).click();
  await expect(page.getByRole('searchbox', { name: '按标题搜索草稿' })).toBeVisible();
  await expectAccessible(page, 'drafts');
});

test('article tabs are a tablist: arrow keys move between articles', async ({ page }) => {
  await openEditor(page);
  await page.getByRole('textbox', { name: '标题' }).fill('第一篇');
  await page.getByRole('button', { name: '＋ 添加文章' }).click();
  await page.getByRole('textbox', { name: '标题' }).fill('第二篇');
  const tabs = page.getByRole('tablist', { name: '草稿中的文章' });
  await expect(tabs.getByRole('tab')).toHaveCount(2);
  await expect(tabs.getByRole('tab', { name: '2. 第二篇' })).toHaveAttribute('aria-selected', 'true');
  await tabs.getByRole('tab', { name: '2. 第二篇' }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(tabs.getByRole('tab', { name: '1. 第一篇' })).toBeFocused();
  await expect(tabs.getByRole('tab', { name: '1. 第一篇' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('textbox', { name: '标题' })).toHaveValue('第一篇');
  await expect(page.getByRole('tabpanel', { name: '1. 第一篇' })).toBeVisible();
});
