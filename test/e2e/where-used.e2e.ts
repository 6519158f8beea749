import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { expect, test, type Page } from './fixtures';
import { makePng } from '../fakes/png';
import { expectAccessible } from './axe';
import { e2eEnv, ledger } from './env';

// Where used, end to end in Chromium (browser mode + the demo emulator): a picture uploaded in the library
// becomes a draft's cover through the editor; its card says "被 1 篇引用", its details name the draft, the
// cover picker says where it is used, and deleting it warns with the draft and keeps it on Enter (Cancel
// has the focus) and on Escape: the emulator's ledger still holds it until the delete is confirmed.

const suffix = () => randomBytes(3).toString('hex');

async function openLibrary(page: Page): Promise<void> {
  await page.goto(e2eEnv().baseURL + '/');
  await expect(page.getByTestId('account-picker')).toHaveValue('demo');
  await expect(page.getByTestId('material-card').first()).toBeVisible();
}

/** Uploads a new picture with the library's upload button, as a person picks a file; answers its media_id. */
async function uploadImage(page: Page, name: string): Promise<string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'e2e-where-used-'));
  // Unique bytes: the upload queue would otherwise offer the earlier copy (duplicate check).
  writeFileSync(path.join(dir, name), makePng(80 + Math.floor(Math.random() * 60), 64, Date.now() % 250));
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page
      .getByRole('button', { name: /上传图片/ })
      .first()
      .click(),
  ]);
  await chooser.setFiles(path.join(dir, name));
  const card = page.getByRole('gridcell').filter({ hasText: name });
  await expect(card).toBeVisible();
  return (await card.getAttribute('data-media-id'))!;
}

/** The app's top-level sections (components/SectionNav.tsx). */
async function nav(page: Page, section: string): Promise<void> {
  await page.getByRole('navigation', { name: 'SucaiDesk' }).getByRole('button', { name: section }).click();
}

/** The picture's card in the library grid (searched by its unique name). */
async function cardOf(page: Page, name: string) {
  await page.getByRole('searchbox', { name: '搜索', exact: true }).fill(name);
  const card = page.getByRole('gridcell').filter({ hasText: name });
  await expect(card).toHaveCount(1);
  return card;
}

test('a draft’s cover: "used in 1" on the card, the draft in the details and the picker; delete warns, Enter and Escape keep it', async ({
  page,
}) => {
  const name = `引用测试-${suffix()}.png`;
  const title = `用了封面 ${suffix()}`;
  await openLibrary(page);
  const mediaId = await uploadImage(page, name);

  // The editor: a title, a line of body, the picture as cover from the library, saved to the draft box.
  await nav(page, '图文与草稿');
  await page.getByRole('textbox', { name: /^标题/ }).fill(title);
  await page.getByRole('textbox', { name: '正文' }).click();
  await page.keyboard.type('正文第一段');
  await page.getByRole('button', { name: '从素材库选择' }).click();
  const picker = page.getByRole('group', { name: '素材库中的图片' });
  await picker.getByRole('searchbox', { name: '按名称搜索图片' }).fill(name);
  await picker.getByRole('button', { name: new RegExp(name.replace(/[.]/g, '\\.')) }).click();
  await page.getByRole('button', { name: '保存到草稿箱' }).click();
  await expect(page.getByTestId('draft-status')).toHaveAttribute('data-dirty', 'false');
  const draftId = ((await page.getByTestId('draft-media-id').textContent()) ?? '').trim();
  expect(draftId).not.toBe('');

  // The cover picker now says where the picture is used.
  await page.getByRole('button', { name: '从素材库选择' }).click();
  await picker.getByRole('searchbox', { name: '按名称搜索图片' }).fill(name);
  await expect(picker.getByRole('button', { name: new RegExp(name.replace(/[.]/g, '\\.')) })).toContainText(
    `已用于：${title}`,
  );

  // The library: the card counts the draft, the details name it.
  await nav(page, '素材库');
  const card = await cardOf(page, name);
  await expect(card).toContainText('被 1 篇引用');
  await card.getByRole('button', { name: `预览 ${name}` }).click();
  const pane = page.getByRole('complementary', { name: '预览' });
  const usedIn = pane.getByRole('list', { name: '引用它的文章' });
  await expect(usedIn.getByRole('listitem')).toHaveCount(1);
  await expect(usedIn).toContainText(title);
  await expect(usedIn).toContainText('草稿');
  await expect(usedIn).toContainText('封面');
  await expect(usedIn.getByRole('button', { name: `在编辑器中打开草稿“${title}”` })).toBeVisible();
  await expectAccessible(page, 'where-used preview');
  await pane.getByRole('button', { name: '关闭预览' }).click();

  // Delete: the warning lists the draft; focus is on Cancel, so Enter keeps the picture.
  const askDelete = async () => {
    await card.getByRole('button', { name: `删除“${name}”` }).click();
    const dialog = page.getByRole('dialog', { name: '删除素材？' });
    await expect(dialog.getByRole('note')).toContainText('正被 1 篇文章引用');
    await expect(dialog.getByRole('note')).toContainText(title);
    await expect(dialog.getByRole('button', { name: '取消' })).toBeFocused();
    return dialog;
  };
  let dialog = await askDelete();
  await expectAccessible(page, 'where-used delete warning');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  dialog = await askDelete();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect((await ledger()).find((e) => e.mediaId === mediaId)?.deleted).toBe(false);
  await expect(card).toBeVisible();

  // Confirmed: gone from the grid and from the emulator.
  dialog = await askDelete();
  await dialog.getByRole('button', { name: '删除', exact: true }).click();
  await expect(card).toHaveCount(0);
  await expect.poll(async () => (await ledger()).find((e) => e.mediaId === mediaId)?.deleted).toBe(true);
});
