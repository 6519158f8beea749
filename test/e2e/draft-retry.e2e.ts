import { randomBytes } from 'node:crypto';
import { expect, test, type Page } from './fixtures';
import { expectAccessible } from './axe';
import { e2eEnv, ledger } from './env';

// Drafts never duplicated (issue 12; docs/reliability.md § Drafts): the emulator applies draft/add and then
// drops the answer (drop-after), as a connection reset after sending would. Saving in the editor still ends
// with exactly one draft, in the draft box and in the emulator's ledger; so does changing the number of
// articles under the same fault (new draft made and verified, old one deleted).

const emu = () => e2eEnv().emulatorURL;
const suffix = () => randomBytes(3).toString('hex');

async function setFaults(rules: unknown[]): Promise<void> {
  await fetch(`${emu()}/__emulator/faults`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(rules),
  });
}
const clearFaults = () =>
  fetch(`${emu()}/__emulator/faults`, { method: 'DELETE', headers: { 'Content-Type': 'application/json' } });

async function callCount(endpoint: string): Promise<number> {
  const calls = (await (await fetch(`${emu()}/__emulator/calls`)).json()) as { endpoint: string }[];
  return calls.filter((c) => c.endpoint === endpoint).length;
}

/** The drafts the emulator holds whose first article has this title. */
async function draftsTitled(title: string) {
  const entries = (await ledger()).filter((e) => e.kind === 'draft' && e.name === title);
  return { live: entries.filter((e) => !e.deleted), deleted: entries.filter((e) => e.deleted) };
}

const saveButton = (page: Page) => page.getByRole('button', { name: '保存到草稿箱' });
const saveStatus = (page: Page) => saveButton(page).locator('..').getByRole('status');

async function fillArticle(page: Page, title: string, text: string): Promise<void> {
  await page.getByRole('textbox', { name: '标题' }).fill(title);
  await page.getByRole('button', { name: '从素材库选择' }).click();
  await page.getByRole('group', { name: '素材库中的图片' }).getByRole('button').first().click();
  await expect(page.getByTestId('cover-image')).toBeVisible();
  await page.getByRole('textbox', { name: '正文' }).click();
  await page.keyboard.type(text);
}

async function save(page: Page): Promise<void> {
  await saveButton(page).click();
  // After the dropped answer the core waits a few seconds, then checks the draft box before answering.
  await expect(saveStatus(page)).toContainText('已保存到草稿箱', { timeout: 20_000 });
}

async function draftBoxRows(page: Page, title: string) {
  await page.getByRole('button', { name: '草稿箱', exact: true }).click();
  const search = page.getByRole('searchbox', { name: '按标题搜索草稿' });
  await search.fill(title);
  await search.press('Enter');
  return page.getByRole('listitem').filter({ hasText: title });
}

test('a save whose draft/add answer is dropped ends with one draft, also after adding a second article', async ({
  page,
}) => {
  const title = `不重复的草稿 ${suffix()}`;
  await page.goto(e2eEnv().baseURL + '/');
  await expect(page.getByTestId('account-picker')).toHaveValue('demo');
  await page.getByRole('button', { name: '图文与草稿' }).click();
  await fillArticle(page, title, '第一篇的正文，保存时答复会丢失。');

  const addsBefore = await callCount('draft/add');
  await setFaults([{ endpoint: 'draft/add', kind: 'drop-after', times: 1 }]);
  try {
    await save(page);
  } finally {
    await clearFaults();
  }
  // One send: the draft was found in the draft box, not sent again.
  expect((await callCount('draft/add')) - addsBefore).toBe(1);
  const first = await draftsTitled(title);
  expect(first.live).toHaveLength(1);
  await expect(page.getByTestId('draft-media-id')).toHaveText(first.live[0]?.mediaId ?? '');
  await expectAccessible(page, 'draft editor after a reconciled save');

  // A second article: draft/update cannot add one, so a new draft replaces the old (answer dropped again).
  await page.getByRole('button', { name: /添加文章/ }).click();
  await fillArticle(page, `第二篇 ${suffix()}`, '第二篇的正文。');
  await setFaults([{ endpoint: 'draft/add', kind: 'drop-after', times: 1 }]);
  try {
    await save(page);
  } finally {
    await clearFaults();
  }
  const second = await draftsTitled(title);
  expect(second.live).toHaveLength(1);
  expect(second.live[0]?.mediaId).not.toBe(first.live[0]?.mediaId);
  expect(second.deleted.map((e) => e.mediaId)).toEqual([first.live[0]?.mediaId]);
  await expect(page.getByTestId('draft-media-id')).toHaveText(second.live[0]?.mediaId ?? '');

  const rows = await draftBoxRows(page, title);
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toHaveAttribute('data-media-id', second.live[0]?.mediaId ?? '');
});
