import { randomBytes } from 'node:crypto';
import { expect, test, type Page } from './fixtures';
import { expectAccessible } from './axe';
import { makePng } from '../fakes/png';
import { DEMO_APP_ID, DEMO_APP_SECRET } from '../../electron/emulator/demo-account';
import { e2eEnv, ledger } from './env';

// Issue 13, the keyboard shortcuts and the items' context menu, in Chromium against browser mode and the
// shared demo emulator: each shortcut pressed as a person does (ControlOrMeta is ⌘ on macOS, Ctrl
// elsewhere, as the app's Mod), outcomes read from the emulator's ledger. Data is unique per test.

const emu = (p: string) => `${e2eEnv().emulatorURL}${p}`;
const suffix = () => randomBytes(3).toString('hex');

/** A picture added straight at the emulator (as another tool would), found in the app after a sync. */
async function addImageAtWeChat(name: string): Promise<string> {
  const { access_token } = (await (
    await fetch(emu('/cgi-bin/stable_token'), {
      method: 'POST',
      body: JSON.stringify({ grant_type: 'client_credential', appid: DEMO_APP_ID, secret: DEMO_APP_SECRET }),
    })
  ).json()) as { access_token: string };
  const form = new FormData();
  form.append('media', new Blob([new Uint8Array(makePng(64, 48, Date.now() % 200))], { type: 'image/png' }), name);
  const res = (await (
    await fetch(emu(`/cgi-bin/material/add_material?access_token=${access_token}&type=image`), {
      method: 'POST',
      body: form,
    })
  ).json()) as { media_id?: string };
  expect(res.media_id).toBeTruthy();
  return res.media_id!;
}

const cells = (page: Page) => page.getByRole('gridcell');
const search = (page: Page) => page.getByRole('searchbox', { name: '搜索' });
const preview = (page: Page) => page.getByRole('complementary', { name: '预览' });

async function openLibrary(page: Page): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(e2eEnv().baseURL + '/');
  await expect(page.getByTestId('account-picker')).toHaveValue('demo');
  await expect(cells(page).first()).toBeVisible({ timeout: 20_000 });
}

/** A click on empty space of the page: focus leaves every control, as after a click beside the grid. */
async function clickBlank(page: Page): Promise<void> {
  await page.getByRole('main').click({ position: { x: 4, y: 4 } });
  await expect.poll(() => page.evaluate(() => document.activeElement === document.body)).toBe(true);
}

/** Syncs with the key (Mod+R), then narrows the library to `text` in the search field reached with Mod+F. */
async function syncAndFind(page: Page, text: string, count: number): Promise<void> {
  await clickBlank(page);
  await page.keyboard.press('ControlOrMeta+R');
  await page.keyboard.press('ControlOrMeta+F');
  await expect(search(page)).toBeFocused();
  await page.keyboard.type(text);
  await expect(cells(page)).toHaveCount(count, { timeout: 15_000 });
}

test('Mod+F focuses the search; ? and Space typed there stay text; ? opens the overlay; Mod+, the settings', async ({
  page,
}) => {
  await openLibrary(page);
  await clickBlank(page);
  await page.keyboard.press('ControlOrMeta+F');
  await expect(search(page)).toBeFocused();

  // Typing in the field: ? and Space are text, Mod+A selects the field's text, Backspace deletes it.
  await page.keyboard.type('a? b');
  await expect(search(page)).toHaveValue('a? b');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(preview(page)).toHaveCount(0);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  await expect(search(page)).toHaveValue('');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // ? on the page: the overlay lists every shortcut with this platform's key names.
  await clickBlank(page);
  await page.keyboard.press('Shift+Slash');
  const overlay = page.getByRole('dialog', { name: '键盘快捷键' });
  await expect(overlay).toBeVisible();
  const mod = process.platform === 'darwin' ? '⌘' : 'Ctrl+';
  for (const [action, keys] of [
    ['上传文件', `${mod}U`],
    ['搜索素材', `${mod}F`],
    ['新建图文', `${mod}N`],
    ['保存草稿（编辑器中）', `${mod}S`],
    ['全选本页素材', `${mod}A`],
    ['删除所选素材（先确认）', 'Backspace'],
    ['显示键盘快捷键', '?'],
  ])
    await expect(overlay.getByRole('row', { name: new RegExp(`^${action} `) })).toContainText(keys);
  await expectAccessible(page, 'shortcuts overlay');
  await page.keyboard.press('Escape');
  await expect(overlay).toHaveCount(0);

  await page.keyboard.press('ControlOrMeta+Comma');
  const settings = page.getByRole('dialog', { name: '设置' });
  await expect(settings).toBeVisible();
  await expect(settings.getByRole('group', { name: '主题' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(settings).toHaveCount(0);
});

test('Mod+A then Delete: the confirmation lists them, and they are gone from the ledger', async ({ page }) => {
  const tag = `快捷删除-${suffix()}`;
  const ids = [await addImageAtWeChat(`${tag}-1.png`), await addImageAtWeChat(`${tag}-2.png`)];
  await openLibrary(page);
  await syncAndFind(page, tag, 2);

  await clickBlank(page);
  await page.keyboard.press('ControlOrMeta+A');
  await expect(page.getByTestId('selection-count')).toHaveText('已选 2 项');
  await page.keyboard.press('Delete');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText(`${tag}-1.png`);
  await expect(dialog).toContainText(`${tag}-2.png`);
  await dialog.getByRole('button', { name: /^删除/ }).click();
  await expect(dialog).toHaveCount(0);
  await expect
    .poll(async () => (await ledger()).filter((e) => ids.includes(e.mediaId) && e.deleted).length, {
      timeout: 15_000,
    })
    .toBe(2);
});

test('Space previews, Escape closes and focus returns; the context menu copies the media_id and deletes', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: e2eEnv().baseURL });
  const name = `快捷预览-${suffix()}.png`;
  const mediaId = await addImageAtWeChat(name);
  await openLibrary(page);
  await syncAndFind(page, name, 1);
  const card = cells(page).first();

  await clickBlank(page);
  await page.keyboard.press('Space');
  await expect(preview(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(preview(page)).toHaveCount(0);
  await expect(card).toBeFocused();

  // Right-click: an ARIA menu; its entry copies the media_id.
  await card.click({ button: 'right' });
  const menu = page.getByRole('menu', { name: new RegExp(name.replace('.', '\\.')) });
  await expect(menu).toBeVisible();
  await expect(menu.getByRole('menuitem', { name: '预览' })).toBeFocused();
  await expectAccessible(page, 'item context menu');
  await menu.getByRole('menuitem', { name: '复制 media_id' }).click();
  await expect(menu).toHaveCount(0);
  await expect(page.getByText('已复制 media_id')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(mediaId);
  await expect(card).toBeFocused();

  // Shift+F10 on the card: arrows to 删除…, Enter, the confirmation, and the ledger.
  await page.keyboard.press('Shift+F10');
  await expect(menu).toBeVisible();
  await page.keyboard.press('End');
  await expect(menu.getByRole('menuitem', { name: '删除…' })).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText(name);
  await dialog.getByRole('button', { name: /^删除/ }).click();
  await expect.poll(async () => (await ledger()).find((e) => e.mediaId === mediaId)?.deleted).toBe(true);
});

test('Mod+N opens a new article from the library; Mod+S in the body saves the draft (the ledger has it)', async ({
  page,
}) => {
  await openLibrary(page);
  await clickBlank(page);
  await page.keyboard.press('ControlOrMeta+N');
  await expect(page.getByText('新草稿，尚未保存到草稿箱')).toBeVisible();
  const title = `快捷保存 ${suffix()}`;
  await page.getByRole('textbox', { name: '标题' }).fill(title);
  await page.getByRole('button', { name: '从素材库选择' }).click();
  await page.getByRole('group', { name: '素材库中的图片' }).getByRole('button').first().click();
  await expect(page.getByTestId('cover-image')).toBeVisible();
  await page.getByRole('textbox', { name: '正文' }).click();
  await page.keyboard.type('用快捷键保存');

  const drafts = async () => new Set((await ledger()).filter((e) => e.kind === 'draft').map((e) => e.mediaId));
  const before = await drafts();
  await page.keyboard.press('ControlOrMeta+S');
  const id = page.getByTestId('draft-media-id');
  await expect(id).toBeVisible({ timeout: 15_000 });
  const mediaId = (await id.textContent()) ?? '';
  expect(before.has(mediaId)).toBe(false);
  expect(await drafts()).toContain(mediaId);
  // The typing stayed in the body: Mod+S did not type an "s".
  await expect(page.getByRole('textbox', { name: '正文' })).toHaveText('用快捷键保存');
});
