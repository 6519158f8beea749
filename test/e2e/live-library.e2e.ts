import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from './fixtures';
import { makePng } from '../fakes/png';
import { e2eEnv, ledger } from './env';

// The library stays live after the app's own actions (issue 10, "The library goes stale"): each view
// that shows a result updates at once, and nobody clicks 同步. The emulator's ledger is the ground truth.

const unique = () => randomBytes(3).toString('hex');

async function openApp(page: Page): Promise<void> {
  await page.goto(e2eEnv().baseURL + '/');
  await expect(page.getByRole('combobox', { name: '公众号' })).toHaveValue('demo');
  await expect(page.getByRole('tabpanel').getByTestId('material-card').first()).toBeVisible();
}

const section = (page: Page, name: '素材库' | '上传与临时素材' | '图文与草稿') =>
  page.getByRole('navigation', { name: 'SucaiDesk' }).getByRole('button', { name });
const libraryTab = (page: Page, name: string) => page.getByRole('tab', { name: new RegExp(`^${name}`) });

/** Opens a library tab and answers its count once the index has been checked (the tab shows a number). */
async function openTab(page: Page, name: string): Promise<number> {
  const tab = libraryTab(page, name);
  await tab.click();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
  await expect(tab).toHaveText(new RegExp(`^${name}\\s*\\d+$`), { timeout: 15_000 });
  return tabCount(page, name);
}

async function tabCount(page: Page, name: string): Promise<number> {
  const text = (await libraryTab(page, name).textContent()) ?? '';
  return Number(/(\d+)\s*$/.exec(text)?.[1] ?? NaN);
}

/** A new draft with a unique title, a library cover and one paragraph, saved through the editor. */
async function saveDraft(page: Page, title: string): Promise<void> {
  await section(page, '图文与草稿').click();
  await expect(page.getByTestId('draft-editor')).toBeVisible();
  await page.getByTestId('article-title').fill(title);
  await page.getByTestId('cover-pick').click();
  await page.getByTestId('cover-choice').first().click();
  await page.getByTestId('article-body').click();
  await page.keyboard.type('自动化测试正文');
  await page.getByRole('button', { name: '保存到草稿箱' }).click();
  await expect(page.getByTestId('draft-media-id')).toBeVisible();
  await expect(page.getByTestId('draft-status')).toHaveAttribute('data-dirty', 'false');
}

test('a saved draft shows in the library’s 草稿箱 at once; publishing it moves it to 已发表, with no 同步', async ({
  page,
}) => {
  await openApp(page);
  // Both tabs checked first, so their indexes are fresh: nothing would re-list them before the test ends.
  const published = await openTab(page, '已发表');
  const drafts = await openTab(page, '草稿箱');
  const title = `实时发表 ${unique()}`;

  await saveDraft(page, title);
  await section(page, '素材库').click();
  await openTab(page, '草稿箱');
  await expect(page.getByRole('tabpanel').getByText(title)).toBeVisible();
  await expect.poll(() => tabCount(page, '草稿箱')).toBe(drafts + 1);

  // Publish from the editor (the draft is still open there).
  await section(page, '图文与草稿').click();
  await expect(page.getByTestId('article-title')).toHaveValue(title);
  await page.getByRole('button', { name: '发表', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: '发表', exact: true }).click();
  await expect(page.getByTestId('publish-state')).toHaveAttribute('data-state', 'published', { timeout: 20_000 });
  await expect
    .poll(async () => (await ledger()).some((e) => e.kind === 'publish' && e.name === title && !e.deleted))
    .toBe(true);

  await section(page, '素材库').click();
  await openTab(page, '已发表');
  await expect(page.getByRole('tabpanel').getByText(title)).toBeVisible();
  await expect(page.getByRole('tabpanel').getByText('还没有素材')).toHaveCount(0);
  await expect.poll(() => tabCount(page, '已发表')).toBe(published + 1);
  await expect.poll(() => tabCount(page, '草稿箱')).toBe(drafts);
  await openTab(page, '草稿箱');
  await expect(page.getByRole('tabpanel').getByText(title)).toHaveCount(0);
});

test('an uploaded image shows in the grid and the tab count; deleted, it is gone everywhere', async ({ page }) => {
  await openApp(page);
  const images = await openTab(page, '图片');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'e2e-live-'));
  const name = `实时上传-${unique()}.png`;
  writeFileSync(path.join(dir, name), makePng(80, 60, Date.now() % 200));

  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: '上传图片' }).click(),
  ]);
  await chooser.setFiles(path.join(dir, name));
  const grid = page.getByRole('tabpanel');
  await expect(grid.getByText(name)).toBeVisible({ timeout: 20_000 });
  await expect.poll(() => tabCount(page, '图片')).toBe(images + 1);
  const stored = (await ledger()).find((e) => e.name === name && e.kind === 'material');
  expect(stored).toMatchObject({ type: 'image', deleted: false });

  await grid.getByRole('button', { name: `删除“${name}”` }).click();
  await page.getByRole('dialog').getByRole('button', { name: '删除', exact: true }).click();
  await expect(grid.getByText(name)).toHaveCount(0);
  await expect.poll(() => tabCount(page, '图片')).toBe(images);
  await expect.poll(async () => (await ledger()).find((e) => e.mediaId === stored?.mediaId)?.deleted).toBe(true);
  // Gone from search too (the same index).
  await page.getByRole('searchbox').first().fill(name);
  await page.keyboard.press('Enter');
  await expect(grid.getByText(name)).toHaveCount(0);

  // The delete's toast belongs to the library: it is not carried over to 图文.
  const toast = page.getByTestId('toast');
  await expect(toast).toContainText(`已删除“${name}”`);
  await section(page, '图文与草稿').click();
  await expect(page.getByTestId('draft-editor')).toBeVisible();
  await expect(toast).toHaveCount(0);
  await section(page, '素材库').click();
  await expect(toast).toHaveCount(0);
});
