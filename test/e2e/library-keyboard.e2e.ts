import { expect, test, type Page } from './fixtures';
import { expectAccessible } from './axe';
import { makePng } from '../fakes/png';
import { DEMO_APP_ID, DEMO_APP_SECRET } from '../../electron/emulator/demo-account';
import { e2eEnv, ledger } from './env';

// Issue 10, the library screen by keyboard and by eye, in Chromium against browser mode and the shared
// demo emulator: paging (focus, scroll, thumbnails read ahead), the skip link and the one-Tab-stop grid,
// Escape and focus return, double-click, delete without a mouse (checked in the emulator's ledger),
// axe on the library and the preview, and English labels that do not clip.

const emu = (p: string) => `${e2eEnv().emulatorURL}${p}`;

async function openLibrary(page: Page): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(e2eEnv().baseURL + '/');
  await expect(page.getByRole('gridcell').first()).toBeVisible();
}

const grid = (page: Page) => page.getByRole('grid');
const cells = (page: Page) => page.getByRole('gridcell');
const preview = (page: Page) => page.getByRole('complementary', { name: '预览' });
const selectionCount = (page: Page) => page.getByTestId('selection-count');

/** A picture added straight at the emulator (as another tool would), found in the app after a sync. */
async function addImageAtWeChat(name: string): Promise<string> {
  const { access_token } = (await (
    await fetch(emu('/cgi-bin/stable_token'), {
      method: 'POST',
      body: JSON.stringify({ grant_type: 'client_credential', appid: DEMO_APP_ID, secret: DEMO_APP_SECRET }),
    })
  ).json()) as { access_token: string };
  const form = new FormData();
  form.append('media', new Blob([new Uint8Array(makePng(80, 60, Date.now() % 200))], { type: 'image/png' }), name);
  const res = (await (
    await fetch(emu(`/cgi-bin/material/add_material?access_token=${access_token}&type=image`), {
      method: 'POST',
      body: form,
    })
  ).json()) as { media_id?: string };
  expect(res.media_id).toBeTruthy();
  return res.media_id!;
}

test('paging: the grid returns to the top, focus is on the first card, and the next page’s thumbnails were read ahead', async ({
  page,
}) => {
  const requested = new Map<string, number>();
  page.on('request', (r) => {
    const m = /\/thumb\/[^/]+\/([^/?]+)/.exec(r.url());
    if (m && !requested.has(decodeURIComponent(m[1]))) requested.set(decodeURIComponent(m[1]), Date.now());
  });
  await openLibrary(page);
  const firstPage = await cells(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-media-id')!));
  // The read-ahead: twenty more thumbnails than the page shows, before anyone asked for page 2.
  await expect
    .poll(() => [...requested.keys()].filter((id) => !firstPage.includes(id)).length, { timeout: 10_000 })
    .toBeGreaterThanOrEqual(20);
  const clickedAt = Date.now();

  const next = page.getByRole('button', { name: /下一页/ });
  await next.scrollIntoViewIfNeeded();
  expect(await grid(page).evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(0);
  await next.click();
  await expect(page.getByTestId('page-indicator')).toContainText('第 2 /');
  await expect(cells(page).first()).not.toHaveAttribute('data-media-id', firstPage[0]);
  await expect(cells(page).first()).toBeFocused();
  const top = await grid(page).evaluate((el) => el.getBoundingClientRect().top);
  expect(top).toBeGreaterThanOrEqual(0);
  expect(top).toBeLessThan(200);

  const secondPage = await cells(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-media-id')!));
  for (const id of secondPage) expect(requested.get(id), id).toBeLessThan(clickedAt);
});

test('skip link, one Tab stop, arrow keys, Home/End, and Tab leaves the grid in one step', async ({ page }) => {
  await openLibrary(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '跳到素材' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(cells(page).nth(0)).toBeFocused();
  // The keys are said, to screen readers and on screen while the keyboard is in the grid.
  await expect(grid(page)).toHaveAccessibleDescription(/方向键在素材之间移动/);
  await expect(page.getByText(/方向键在素材之间移动/)).toBeVisible();

  await page.keyboard.press('ArrowRight');
  await expect(cells(page).nth(1)).toBeFocused();
  const columns = await grid(page).evaluate((el) => getComputedStyle(el).gridTemplateColumns.split(' ').length);
  await page.keyboard.press('ArrowDown');
  await expect(cells(page).nth(1 + columns)).toBeFocused();
  await page.keyboard.press('End');
  await expect(cells(page).last()).toBeFocused();
  await page.keyboard.press('Home');
  await expect(cells(page).nth(0)).toBeFocused();

  // Space selects; Tab goes straight past the grid to the pager, Shift+Tab comes back to the same card.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Space');
  await expect(selectionCount(page)).toHaveText('已选 1 项');
  await expect(cells(page).nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: /下一页/ })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(cells(page).nth(1)).toBeFocused();

  // The card's own buttons: F2 enters them, arrows move, Enter acts, Escape goes back to the card.
  await page.keyboard.press('F2');
  await expect(cells(page).nth(1).getByRole('button', { name: /^预览/ })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(cells(page).nth(1).getByRole('button', { name: /^下载/ })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(cells(page).nth(1)).toBeFocused();

  // The date filter costs one Tab stop per bound.
  await page.getByLabel('起始日期').focus();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('结束日期')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('排序')).toBeFocused();
});

test('Escape closes the preview and a delete dialog; focus returns to what opened them', async ({ page }) => {
  await openLibrary(page);
  const card = cells(page).nth(2);
  await card.focus();
  await page.keyboard.press('Enter');
  await expect(preview(page)).toBeVisible();
  await expect(preview(page)).toBeFocused();
  await expect(page.getByTestId('detail-media-id')).toHaveText((await card.getAttribute('data-media-id'))!);
  await page.keyboard.press('Escape');
  await expect(preview(page)).toHaveCount(0);
  await expect(card).toBeFocused();

  // Delete on a card asks first; Escape says no.
  await page.keyboard.press('Delete');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: '取消' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(card).toBeFocused();

  // Opened with the mouse from the card's Delete button: focus goes back to that button.
  const del = card.getByRole('button', { name: /^删除/ });
  await del.click();
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(del).toBeFocused();

  // With the preview open, Escape closes the dialog first and the preview second.
  await card.dblclick();
  await expect(preview(page)).toBeVisible();
  await preview(page).getByRole('button', { name: '删除' }).click();
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(preview(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(preview(page)).toHaveCount(0);
  await expect(card).toBeFocused();

  // The bulk delete and the folder dialogs close on Escape too, focus back on their buttons.
  await page.keyboard.press('Space');
  const bulkDelete = page.getByRole('button', { name: '删除所选' });
  await bulkDelete.click();
  await expect(dialog).toContainText('无法撤销');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(bulkDelete).toBeFocused();
  const backup = page.getByRole('button', { name: '备份整个账号' });
  await backup.click();
  await expect(dialog.getByRole('textbox')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(backup).toBeFocused();
});

test('double-click opens the preview without changing the selection', async ({ page }) => {
  await openLibrary(page);
  await cells(page).nth(0).click();
  await cells(page)
    .nth(1)
    .click({ modifiers: ['ControlOrMeta'] });
  await expect(selectionCount(page)).toHaveText('已选 2 项');
  const target = cells(page).nth(4);
  await target.dblclick();
  await expect(preview(page)).toBeVisible();
  await expect(page.getByTestId('detail-media-id')).toHaveText((await target.getAttribute('data-media-id'))!);
  await expect(selectionCount(page)).toHaveText('已选 2 项');
  await expect(target).toHaveAttribute('aria-selected', 'false');
  // Also on a selected card: it stays selected.
  await cells(page).nth(1).dblclick();
  await expect(selectionCount(page)).toHaveText('已选 2 项');
  await expect(cells(page).nth(1)).toHaveAttribute('aria-selected', 'true');
});

test('delete from the keyboard: the item is gone from the emulator ledger', async ({ page }) => {
  const name = `键盘删除-${Date.now()}-${Math.random().toString(36).slice(2, 7)}.png`;
  const mediaId = await addImageAtWeChat(name);
  await openLibrary(page);
  await page.getByRole('button', { name: '同步', exact: true }).click();
  await page.getByRole('searchbox', { name: '搜索' }).fill(name);
  await expect(cells(page)).toHaveCount(1);
  await expect(cells(page).first()).toHaveAttribute('data-media-id', mediaId);

  await page.getByRole('link', { name: '跳到素材' }).focus();
  await page.keyboard.press('Enter');
  await expect(cells(page).first()).toBeFocused();
  await page.keyboard.press('Delete');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText(name);
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: '删除' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect.poll(async () => (await ledger()).find((e) => e.mediaId === mediaId)?.deleted).toBe(true);
  await expect(page.getByTestId('material-empty')).toBeVisible();
});

test('axe: no serious or critical violation on the library and with the preview open', async ({ page }) => {
  await openLibrary(page);
  await expectAccessible(page, 'library');
  await cells(page).first().dblclick();
  await expect(page.getByTestId('preview-image')).toBeVisible();
  await expectAccessible(page, 'preview');
});

for (const width of [900, 1280]) {
  test(`English at ${width} px: the card buttons show their whole label, also beside the preview`, async ({ page }) => {
    await openLibrary(page);
    await page.setViewportSize({ width, height: 800 });
    await page.getByTestId('lang-toggle').click();
    await expect(page.getByRole('link', { name: 'Skip to library' })).toHaveCount(1);
    const clipped = () =>
      page.locator('[role="gridcell"] button').evaluateAll((buttons) =>
        buttons
          .filter((b) => {
            const card = b.closest('[role="gridcell"]')!.getBoundingClientRect();
            const r = b.getBoundingClientRect();
            return b.scrollWidth > b.clientWidth || r.left < card.left - 0.5 || r.right > card.right + 0.5;
          })
          .map((b) => b.textContent),
      );
    await expect(
      cells(page)
        .first()
        .getByRole('button', { name: /^Preview/ }),
    ).toHaveText('Preview');
    expect(await clipped()).toEqual([]);
    await cells(page).first().dblclick();
    await expect(page.getByRole('complementary', { name: 'Preview' })).toBeVisible();
    expect(await clipped()).toEqual([]);
  });
}
