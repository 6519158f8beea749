import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from './fixtures';
import { DEMO_APP_ID, DEMO_APP_SECRET } from '../../electron/emulator/demo-account';
import { sharpOf } from '../../electron/core/images/sharp';
import { expectAccessible } from './axe';
import { e2eEnv, ledger } from './env';

// Fit to WeChat's limits, shown before sending (issue 11): a picture WeChat would refuse is offered a
// conversion with original vs converted shown, accepted by clicking; what fits goes up byte-identical.
// Acting by role and visible name; outcomes are read in the emulator's ledger (and draft/get).
// Big pictures are made here with sharp from random noise, so they really weigh what they say.

const run = randomBytes(3).toString('hex');
const MB = 1024 * 1024;
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

async function noise(width: number, height: number, channels: 3 | 4 = 3) {
  return sharpOf(randomBytes(width * height * channels), { raw: { width, height, channels } });
}

const stored = async (name: string, kind = 'material') =>
  (await ledger()).filter((e) => e.kind === kind && !e.deleted && e.name === name);

async function openUploads(page: Page): Promise<void> {
  await page.goto(e2eEnv().baseURL + '/');
  await expect(page.getByTestId('account-picker')).toHaveValue('demo');
  await page.getByRole('button', { name: '上传与临时素材' }).click();
}

/** Picks files with the uploads screen's 选择文件 button, the way a person does (the OS file chooser). */
async function pick(page: Page, files: { name: string; mimeType: string; buffer: Buffer }[]): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '选择文件' }).click();
  await (await chooser).setFiles(files);
}

const offer = (page: Page) => page.getByRole('dialog', { name: '转换后再上传？' });

test.describe.configure({ timeout: 180_000 });

test('a 15 MB JPEG, a HEIC photo and a WebP are offered a conversion; a 200 KB JPEG goes up byte-identical', async ({
  page,
}) => {
  const big = await (await noise(4000, 2900)).jpeg({ quality: 100 }).toBuffer();
  expect(big.length).toBeGreaterThan(15 * MB);
  const photo = await (await noise(520, 400)).jpeg({ quality: 90 }).toBuffer();
  expect(photo.length).toBeGreaterThan(150 * 1024);
  expect(photo.length).toBeLessThan(260 * 1024);
  const webp = await (await noise(640, 480)).webp({ quality: 80 }).toBuffer();
  const heic = readFileSync(new URL('../fixtures/sample-1200x900.heic', import.meta.url));
  const names = {
    big: `convert-${run}-大图.jpg`,
    photo: `convert-${run}-photo.jpg`,
    heic: `convert-${run}-IMG_0001.HEIC`,
    webp: `convert-${run}-banner.webp`,
  };

  await openUploads(page);
  await pick(page, [
    { name: names.photo, mimeType: 'image/jpeg', buffer: photo },
    { name: names.heic, mimeType: 'image/heic', buffer: heic },
    { name: names.webp, mimeType: 'image/webp', buffer: webp },
    { name: names.big, mimeType: 'image/jpeg', buffer: big },
  ]);

  // The fitting photo starts at once and arrives byte-identical.
  await expect.poll(async () => (await stored(names.photo)).length, { timeout: 30_000 }).toBe(1);
  expect((await stored(names.photo))[0].sha256).toBe(sha(photo));

  // The first offer: original vs converted, accepted one by one.
  const dialog = offer(page);
  await expect(dialog).toBeVisible({ timeout: 60_000 });
  await expect(dialog.getByTestId('convert-original')).toContainText(/像素|KB|MB/);
  await expect(dialog.getByTestId('convert-result')).toContainText('JPG');
  await expectAccessible(page, 'conversion offer', '[data-testid=conversion-offer]');
  await dialog.getByRole('button', { name: '转换并上传' }).click();

  // The next one: "convert all like this" answers the rest of the batch.
  await expect(dialog).toBeVisible({ timeout: 60_000 });
  const all = dialog.getByRole('button', { name: '全部按此转换' });
  if (await all.isVisible()) await all.click();
  else await dialog.getByRole('button', { name: '转换并上传' }).click();
  // Whatever is still to answer (when the batch's last conversions were not ready yet).
  for (let i = 0; i < 2; i++) {
    if (await dialog.isVisible()) await dialog.getByRole('button', { name: '转换并上传' }).click();
  }

  const heicJpg = `convert-${run}-IMG_0001.jpg`;
  const webpJpg = `convert-${run}-banner.jpg`;
  await expect
    .poll(
      async () => [(await stored(names.big)).length, (await stored(heicJpg)).length, (await stored(webpJpg)).length],
      {
        timeout: 120_000,
      },
    )
    .toEqual([1, 1, 1]);
  const bigStored = (await stored(names.big))[0];
  expect(bigStored.size).toBeLessThanOrEqual(10 * MB);
  expect(bigStored.sha256).not.toBe(sha(big));
  // Nothing went up in a format WeChat refuses.
  expect(await stored(names.heic)).toHaveLength(0);
  expect(await stored(names.webp)).toHaveLength(0);
});

test('a 200 KB JPEG picked as a thumb is converted to a JPEG ≤ 64 KB, shown before sending', async ({ page }) => {
  const photo = await (await noise(520, 400)).jpeg({ quality: 90 }).toBuffer();
  const name = `thumb-${run}-cover.jpg`;
  await openUploads(page);
  await page.getByRole('combobox', { name: '素材类型' }).selectOption({ label: '缩略图' });
  await pick(page, [{ name, mimeType: 'image/jpeg', buffer: photo }]);

  const dialog = offer(page);
  await expect(dialog).toBeVisible({ timeout: 60_000 });
  await expect(dialog).toContainText('超过大小上限');
  await expect(dialog.getByTestId('convert-original')).toContainText('520×400');
  // Nothing is sent before the choice.
  expect(await stored(name)).toHaveLength(0);
  await dialog.getByRole('button', { name: '转换并上传' }).click();

  await expect.poll(async () => (await stored(name)).length, { timeout: 30_000 }).toBe(1);
  const entry = (await stored(name))[0];
  expect(entry.type).toBe('thumb');
  expect(entry.size).toBeLessThanOrEqual(64 * 1024);
});

test('skipping the offer sends nothing', async ({ page }) => {
  const webp = await (await noise(200, 150)).webp().toBuffer();
  const name = `skip-${run}.webp`;
  await openUploads(page);
  await pick(page, [{ name, mimeType: 'image/webp', buffer: webp }]);
  const dialog = offer(page);
  await expect(dialog).toBeVisible({ timeout: 60_000 });
  await dialog.getByRole('button', { name: '跳过此文件' }).click();
  await expect(dialog).toHaveCount(0);
  await page.waitForTimeout(500);
  expect(await stored(`skip-${run}.jpg`)).toHaveLength(0);
  expect(await stored(name)).toHaveLength(0);
});

// ---- the article editor: a body image and the cover crops ----

async function wx<T>(endpoint: string, body: unknown): Promise<T> {
  const emu = e2eEnv().emulatorURL;
  const tokenRes = await fetch(`${emu}/cgi-bin/stable_token`, {
    method: 'POST',
    body: JSON.stringify({ grant_type: 'client_credential', appid: DEMO_APP_ID, secret: DEMO_APP_SECRET }),
  });
  const { access_token: token } = (await tokenRes.json()) as { access_token: string };
  const res = await fetch(`${emu}/cgi-bin/${endpoint}?access_token=${token}`, {
    method: 'POST',
    body: JSON.stringify(body),
  });
  return (await res.json()) as T;
}

type DraftGet = { news_item: { title: string; content: string; pic_crop_235_1?: string; pic_crop_1_1?: string }[] };

async function openEditor(page: Page): Promise<void> {
  await page.goto(e2eEnv().baseURL + '/');
  await expect(page.getByTestId('account-picker')).toHaveValue('demo');
  await page.getByRole('button', { name: '图文与草稿' }).click();
  await expect(page.getByRole('textbox', { name: '正文' })).toBeVisible();
}

async function saveDraft(page: Page): Promise<string> {
  const save = page.getByRole('button', { name: '保存到草稿箱' });
  await save.click();
  await expect(save.locator('..').getByRole('status')).toContainText('已保存到草稿箱');
  return (await page.getByTestId('draft-media-id').textContent()) ?? '';
}

test('a 3 MB PNG body image is offered as a JPEG under 1 MB; the cover crops are sent exactly', async ({ page }) => {
  const png = await (await noise(1100, 900)).png().toBuffer();
  expect(png.length).toBeGreaterThan(2.5 * MB);
  const name = `body-${run}.png`;
  await openEditor(page);
  const title = `转换正文图 ${run}`;
  await page.getByRole('textbox', { name: '标题' }).fill(title);

  // The cover from the library: its crops are drawn on the picture itself.
  await page.getByRole('button', { name: '从素材库选择' }).click();
  await page.getByRole('group', { name: '素材库中的图片' }).getByRole('button').first().click();
  await expect(page.getByTestId('cover-image')).toBeVisible();
  const wide = page.getByRole('slider', { name: /2\.35:1/ });
  await wide.focus();
  await page.keyboard.press('End');
  const square = page.getByRole('slider', { name: /1:1/ });
  await square.focus();
  await page.keyboard.press('Home');

  await page.getByRole('textbox', { name: '正文' }).click();
  await page.keyboard.type('正文第一段');
  const chooser = page.waitForEvent('filechooser');
  await page
    .getByRole('toolbar', { name: '格式' })
    .getByRole('button', { name: /插入图片/ })
    .click();
  await (await chooser).setFiles({ name, mimeType: 'image/png', buffer: png });

  const dialog = offer(page);
  await expect(dialog).toBeVisible({ timeout: 60_000 });
  await expect(dialog).toContainText('图文消息内的图片');
  await expect(dialog.getByTestId('convert-original')).toContainText('1100×900');
  await dialog.getByRole('button', { name: '转换并上传' }).click();
  await expect(page.getByTestId('editor-image')).toHaveAttribute('data-status', 'ok', { timeout: 30_000 });

  const body = (await ledger()).filter((e) => e.kind === 'uploadimg' && e.name === `body-${run}.jpg`);
  expect(body).toHaveLength(1);
  expect(body[0].size).toBeLessThan(MB);

  const mediaId = await saveDraft(page);
  const article = (await wx<DraftGet>('draft/get', { media_id: mediaId })).news_item[0];
  expect(article?.title).toBe(title);
  const shownWide = await page.getByTestId('crop-2.35:1').getAttribute('data-crop');
  const shownSquare = await page.getByTestId('crop-1:1').getAttribute('data-crop');
  expect(shownWide).toMatch(/^[\d.]+_[\d.]+_[\d.]+_[\d.]+$/);
  expect(article?.pic_crop_235_1).toBe(shownWide);
  expect(article?.pic_crop_1_1).toBe(shownSquare);
});
